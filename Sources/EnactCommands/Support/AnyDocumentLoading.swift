import EnactCore
import Foundation

/// Reads a document in any format Enact reads: Enact source, or XML (Akoma Ntoso, USLM, Japanese law XML).
enum AnyDocumentLoading {
    /// The document at `path`, resolved; XML is recognised by its first non-blank character.
    static func load(_ path: String) throws(DiagnosticError) -> ResolvedDocument {
        let here = SourceLocation(file: path, line: 1, column: 1)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DiagnosticError(Diagnostic(.unreadableFile, "cannot read the file", at: here))
        }
        let start = (try? handle.read(upToCount: 512)) ?? Data()
        try? handle.close()
        let first = String(decoding: start, as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.first
        let document = first == "<" ? try ImportCommand.read(path, from: nil).0 : try DocumentLoading.load(path)
        var count = 0
        document.forEachDivision { _ in count += 1 }
        guard count > 0 else {
            throw DiagnosticError(Diagnostic(.emptyDocument, "the document has no divisions to compare", at: here))
        }
        return ResolvedDocument(document)
    }
}
