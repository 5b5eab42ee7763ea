import EnactAmend
import EnactCore
import EnactFormats

/// Writes an amendment in each format that can hold one: the one place that decides which writer serves which
/// format of the registry (``DocumentFormat``).
public enum AmendmentWriter {
    /// The formats an amendment can be written in.
    public static let formats: [DocumentFormat] = [
        .amendment, .enactedAmendment, .markdown, .html, .akomaNtoso, .uslm2, .japaneseLaw,
    ]

    /// The amendment in `format`, read against `base` (whose numbering reads the provisions it quotes); `file`
    /// names the amendment in errors.
    public static func write(_ amendment: Amendment, base: Document, file: String, as format: DocumentFormat)
        throws(DiagnosticError) -> String
    {
        switch format {
        case .amendment: return AmendmentFile(for: base).print(amendment, marked: true)
        case .enactedAmendment: return try EnactedAmendmentWriter().write(amendment, base: base, file: file)
        case .markdown: return try AmendmentPageWriter(format: .markdown).write(amendment, base: base, file: file)
        case .html: return try AmendmentPageWriter(format: .html).write(amendment, base: base, file: file)
        case .akomaNtoso: return try AkomaNtosoAmendmentWriter().write(amendment, base: base, file: file)
        case .uslm2: return try USLMAmendmentWriter().write(amendment, base: base, file: file)
        case .japaneseLaw: return try JapaneseLawAmendmentWriter().write(amendment, base: base, file: file)
        case .source, .uslm1, .docx, .pdf:
            throw DiagnosticError(
                Diagnostic(
                    .usage,
                    "an amendment cannot be written as \(format.title); it can be written as \(formats.map(\.name).joined(separator: ", "))",
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
    }
}
