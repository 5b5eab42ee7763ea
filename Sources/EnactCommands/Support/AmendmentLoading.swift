import EnactAmend
import EnactCore
import Foundation

/// Reads an amendment for the commands, against the document it amends (whose numbering and language decide
/// how its labels read).
enum AmendmentLoading {
    /// The document at `base` and the amendment at `path`.
    static func load(base: String, amendment path: String) throws(DiagnosticError) -> (document: Document, amendment: Amendment) {
        let document = try AnyDocumentLoading.load(base).document
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(.error("unreadable-file", "cannot read the file", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        guard data.count <= InputLimits.current.maximumBytes else {
            throw InputLimits.explained(DiagnosticError(.error(
                "file-too-large", "file is larger than the limit of \(InputLimits.current.maximumBytes) bytes",
                at: SourceLocation(file: path, line: 1, column: 1))))
        }
        return (document, try AmendmentFile(for: document).read(String(decoding: data, as: UTF8.self), file: path))
    }
}
