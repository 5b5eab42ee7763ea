import EnactCore
import EnactSource

/// Reads a quotation's Enact inline markup.
enum InlineSourceReading {
    static func inlines(_ source: String) throws(DiagnosticError) -> [Inline] {
        try InlineSource.parse(source, at: SourceLocation(file: "<quotation>", line: 1, column: 1))
    }
}
