import ArgumentParser
import EnactAmend
import EnactCore
import EnactFormats
import EnactSource
import EnactXML

/// The arguments and output options shared by the commands that read an amendment.
struct AmendmentArguments: ParsableArguments {
    @Argument(help: "The document the amendment amends (Enact source or XML).")
    var base: String

    @Argument(
        help: """
            The amendment: an Enact amendment (.amend, front matter first), the 改め文 of a real amending act as \
            printed (one sentence a line indented by two ideographic spaces, the provisions it quotes after it), or \
            the amending act's own law XML (<AmendProvision>s with their <NewProvision>s).
            """)
    var amendment: String

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Replace an output file that enact did not write.")
    var force = false

    /// The document and the amendment read against it (its numbering and language decide how the amendment's
    /// designations read); the document's import warnings are shown.
    /// A sentence that is not read is an error, or with `keepingUnread` one of the amendment's unread sentences.
    func load(reporting diagnostics: DiagnosticOptions, keepingUnread: Bool = false) throws(DiagnosticError) -> (
        document: Document, amendment: Amendment
    ) {
        let loaded = try loadWithFormat(reporting: diagnostics, keepingUnread: keepingUnread)
        return (loaded.document, loaded.amendment)
    }

    /// The same, with the format the document was read from.
    func loadWithFormat(reporting diagnostics: DiagnosticOptions, keepingUnread: Bool = false)
        throws(DiagnosticError) -> (document: Document, format: DocumentFormat, amendment: Amendment)
    {
        let loaded = try diagnostics.load(base)
        let document = loaded.document
        let bytes: [UInt8]
        do {
            bytes = try SourceReader.load(amendment, maximumSize: InputLimits.current.maximumBytes)
        } catch {
            throw InputLimits.explained(error)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let read: Amendment
        switch DocumentFormat.amendmentFormat(of: text) {
        case .amendment:
            read = try AmendmentFile(for: document).read(text, file: amendment, keepingUnread: keepingUnread)
        case .japaneseLaw:
            let xml = try ParsedXML.parse(bytes, file: amendment, limits: InputLimits.current.xml)
            read = try EnactedAmendment.read(law: xml, against: document, keepingUnread: keepingUnread)
        default:
            read = try EnactedAmendment.read(text, against: document, file: amendment, keepingUnread: keepingUnread)
        }
        diagnostics.report(read.warnings)
        return (document, loaded.format, read)
    }

    /// Writes `text` to the output file, or to standard output.
    func deliver(_ text: String) throws(DiagnosticError) {
        try AtomicFile.deliver(text, to: output, force: force)
    }
}
