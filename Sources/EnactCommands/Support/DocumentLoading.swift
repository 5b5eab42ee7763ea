import EnactCore
import EnactSource

/// Reads source files for the commands: a document, or diagnostics explaining why it cannot be read.
enum DocumentLoading {
    /// Reads `path`; every error found (not only the first) is in the thrown error.
    static func load(_ path: String, repairingLineEnds: Bool = false) throws(DiagnosticError) -> Document {
        let limits = InputLimits.current
        var reader = limits.sourceReader
        reader.repairsLineEnds = repairingLineEnds
        let document: Document
        do {
            document = try reader.read(contentsOf: path)
        } catch {
            throw InputLimits.explained(error)
        }
        try limits.check(document, file: path)
        return document
    }

    /// Reads `path` and resolves it for rendering; resolution errors (dangling references, undefined terms)
    /// make the document unusable for output.
    static func resolved(_ path: String) throws(DiagnosticError) -> ResolvedDocument {
        let resolved = ResolvedDocument(try load(path))
        let errors = resolved.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw DiagnosticError(errors) }
        return resolved
    }
}
