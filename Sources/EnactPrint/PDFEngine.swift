import EnactCore
import Foundation

/// Prints a Word file as PDF with LibreOffice Writer run headless — the engine drafters' offices use — in a
/// private profile and a temporary folder, with a time limit. The program is `ENACT_SOFFICE` when set, otherwise
/// `soffice` or `libreoffice` on the PATH.
public struct PDFEngine: Sendable {
    /// How long LibreOffice may take for one file.
    public var timeLimit: TimeInterval

    public init(timeLimit: TimeInterval = 300) {
        self.timeLimit = timeLimit
    }

    /// The keyword every PDF Enact prints carries in its document information (from the Word file's core
    /// properties), by which Enact recognises its own PDF and refuses to overwrite any other without `--force`.
    public static let keyword = "generated-by-enact"

    /// Whether the PDF file at `path` is one Enact printed: its document information names ``keyword``, as text
    /// or, as LibreOffice writes it, in UTF-16 hexadecimal.
    public static func printedByEnact(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), data.starts(with: Data("%PDF".utf8)) else {
            return false
        }
        let hexadecimal = keyword.utf16.map { String(format: "%04X", $0) }.joined()
        return data.range(of: Data(keyword.utf8)) != nil || data.range(of: Data(hexadecimal.utf8)) != nil
    }

    /// The LibreOffice program, or nil when none is installed.
    public static func program() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let named = environment["ENACT_SOFFICE"] {
            return FileManager.default.isExecutableFile(atPath: named) ? named : nil
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in ["soffice", "libreoffice"] {
            for folder in folders {
                let path = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// The PDF of the Word file `docx`; `file` names the document in errors.
    public func pdf(of docx: Data, file: String) throws(DiagnosticError) -> Data {
        let here = SourceLocation(file: file, line: 1, column: 1)
        guard let program = Self.program() else {
            throw DiagnosticError(
                Diagnostic(
                    .printEngineMissing,
                    "PDF needs LibreOffice Writer, which is not installed: apt-get install libreoffice-writer "
                        + "(and fonts-noto-cjk for Japanese), or write --to docx", at: here))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enact-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("document.docx")
        let output = folder.appendingPathComponent("document.pdf")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try docx.write(to: input)
        } catch {
            throw DiagnosticError(Diagnostic(.unwritableOutput, "cannot write a temporary file: \(error)", at: here))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = [
            "-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)", "--headless",
            "--norestore", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir", folder.path,
            input.path,
        ]
        // What LibreOffice says goes to a file, so that it never blocks on a full pipe.
        let log = folder.appendingPathComponent("soffice.log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil),
            let messages = try? FileHandle(forWritingTo: log)
        else {
            throw DiagnosticError(Diagnostic(.unwritableOutput, "cannot write a temporary file", at: here))
        }
        defer { try? messages.close() }
        process.standardOutput = messages
        process.standardError = messages
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw DiagnosticError(Diagnostic(.printEngineFailed, "cannot start \(program): \(error)", at: here))
        }
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw DiagnosticError(
                Diagnostic(.printEngineFailed, "LibreOffice took longer than \(Int(timeLimit)) seconds", at: here))
        }
        let said = String(decoding: FileManager.default.contents(atPath: log.path) ?? Data(), as: UTF8.self)
        guard process.terminationStatus == 0, let pdf = FileManager.default.contents(atPath: output.path),
            pdf.starts(with: Data("%PDF".utf8))
        else {
            let reason = said.split(separator: "\n").suffix(3).joined(separator: "; ")
            throw DiagnosticError(
                Diagnostic(
                    .printEngineFailed,
                    "LibreOffice gave no PDF (exit status \(process.terminationStatus)): \(reason)", at: here))
        }
        return pdf
    }
}
