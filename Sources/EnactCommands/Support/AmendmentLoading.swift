import ArgumentParser
import EnactAmend
import EnactCore
import Foundation

/// Reads an amendment for the commands, against the document it amends (whose numbering and language decide
/// how its labels read).
enum AmendmentLoading {
    /// The document at `base` and the amendment at `path`.
    static func load(base: String, amendment path: String) throws(DiagnosticError) -> (
        document: Document, amendment: Amendment
    ) {
        let document = try AnyDocumentLoading.load(base).document
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(
                Diagnostic(.unreadableFile, "cannot read the file", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        guard data.count <= InputLimits.current.maximumBytes else {
            throw InputLimits.explained(
                DiagnosticError(
                    Diagnostic(
                        .fileTooLarge, "file is larger than the limit of \(InputLimits.current.maximumBytes) bytes",
                        at: SourceLocation(file: path, line: 1, column: 1))))
        }
        return (document, try AmendmentFile(for: document).read(String(decoding: data, as: UTF8.self), file: path))
    }
}

/// The arguments and output options shared by the commands that read an amendment.
struct AmendmentArguments: ParsableArguments {
    @Argument(help: "The document the amendment amends (Enact source or XML).")
    var base: String

    @Argument(help: "The amendment (.amend).")
    var amendment: String

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Replace an output file that enact did not write.")
    var force = false

    /// The document and the amendment read against it.
    func load() throws(DiagnosticError) -> (document: Document, amendment: Amendment) {
        try AmendmentLoading.load(base: base, amendment: amendment)
    }

    /// Writes `text` to the output file, or to standard output.
    func deliver(_ text: String) throws(DiagnosticError) {
        try AtomicFile.deliver(text, to: output, force: force)
    }
}
