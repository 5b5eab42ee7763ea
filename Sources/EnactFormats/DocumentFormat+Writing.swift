import EnactAkomaNtoso
import EnactCore
import EnactJapaneseLaw
import EnactRendering
import EnactSource
import EnactUSLM

extension DocumentFormat {
    /// Writes a resolved document in this format, delivering the text in pieces (the renderers for people stream;
    /// the others deliver it whole).
    public typealias Producer = ((String) -> Void) -> Void

    /// The writer of this format for `resolved`: a function that delivers the text in pieces. Throws when the
    /// format is not one Enact writes, or the document cannot be written in it (XML without the metadata its
    /// identification needs); `file` names the document in errors.
    public func writer(for resolved: ResolvedDocument, file: String, options: RenderOptions = RenderOptions())
        throws(DiagnosticError) -> Producer
    {
        switch self {
        case .source:
            let text = SourcePrinter().print(resolved.document)
            return { $0(text) }
        case .markdown: return { MarkdownRenderer(options: options).render(resolved, into: $0) }
        case .html: return { HTMLRenderer(options: options).render(resolved, into: $0) }
        case .akomaNtoso:
            let xml = try AkomaNtosoWriter().write(resolved, file: file)
            return { $0(xml) }
        case .uslm1, .uslm2:
            let xml = try USLMWriter(version: self == .uslm1 ? .one : .two).write(resolved, file: file)
            return { $0(xml) }
        case .japaneseLaw:
            let xml = try JapaneseLawWriter().write(resolved, file: file)
            return { $0(xml) }
        case .amendment, .enactedAmendment, .docx, .pdf:
            let what =
                isPrinted
                ? "\(title) is printed, not written as text: use 'enact render --to \(name)'"
                : "Enact does not write documents as \(title); it writes \(DocumentFormat.writableNames)"
            throw DiagnosticError(Diagnostic(.usage, what, at: SourceLocation(file: file, line: 1, column: 1)))
        }
    }

    /// The whole text of `resolved` in this format.
    public func text(of resolved: ResolvedDocument, file: String, options: RenderOptions = RenderOptions())
        throws(DiagnosticError) -> String
    {
        var text = ""
        try writer(for: resolved, file: file, options: options)({ text += $0 })
        return text
    }
}
