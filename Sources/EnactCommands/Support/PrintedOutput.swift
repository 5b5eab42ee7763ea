import EnactCore
import EnactPrint
import Foundation

/// Delivers a printed form (a Word file, a PDF): atomically to a file, replacing only what Enact printed unless
/// forced, or to standard output when it is not a terminal.
enum PrintedOutput {
    /// Prints `package` as `format` (`file` names the document in errors) and delivers the bytes.
    static func print(_ package: WordPackage, as format: PrintFormat, file: String, to path: String?, force: Bool)
        throws(DiagnosticError)
    {
        try deliver(try Printer().bytes(of: package, as: format, file: file), to: path, force: force)
    }

    static func deliver(_ bytes: Data, to path: String?, force: Bool) throws(DiagnosticError) {
        guard let path, path != "-" else {
            guard isatty(STDOUT_FILENO) == 0 else {
                throw DiagnosticError(
                    Diagnostic(
                        .usage, "a Word file or PDF is not for a terminal: write it to a file with -o",
                        at: SourceLocation(file: "-", line: 1, column: 1)))
            }
            FileHandle.standardOutput.write(bytes)
            return
        }
        try AtomicFile.write(
            data: bytes, to: path, force: force, isOurs: { Printer.printedByEnact(path, prefix: $0) })
    }
}
