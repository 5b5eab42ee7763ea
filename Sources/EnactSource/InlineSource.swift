import EnactCore

/// The inline markup of one line of text on its own, outside a document: for tools that quote or edit a
/// provision's text as source (amendments strike and insert strings of it).
public enum InlineSource {
    /// The source of `inlines`, as the printer writes a text line: `the {term:Association} must …`.
    public static func print(_ inlines: [Inline]) -> String {
        InlinePrinter.print(inlines)
    }

    /// Reads one line of inline markup; `location` places errors (the line holding the text).
    public static func parse(_ text: String, at location: SourceLocation) throws(DiagnosticError) -> [Inline] {
        let bytes = Array(text.utf8)
        var parser = InlineParser(
            buffer: SourceBuffer(file: location.file, bytes: bytes), line: location.line, lineStart: 0)
        let inlines = parser.parse(0..<bytes.count)
        let errors = parser.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw DiagnosticError(errors) }
        return inlines
    }
}
