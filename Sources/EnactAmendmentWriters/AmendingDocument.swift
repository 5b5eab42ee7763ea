import EnactAmend
import EnactCore
import Foundation

/// An amendment as a document of its own, for the writers of each XML format: one provision whose opening
/// words say what it amends (「…の一部を次のように改正する。」, "The … is amended as follows:") and one
/// subdivision per instruction holding the instruction as the format's amendment writer builds it (kept markup,
/// which the format's writer writes in its place); and the quoted provisions, each as a document whose
/// provisions the format's writer writes as a fragment.
struct AmendingDocument {
    let amendment: Amendment
    let base: Document
    let baseResolved: ResolvedDocument
    /// The base as the amendment leaves it, whose provisions the quoted provisions' references name.
    let amendedResolved: ResolvedDocument
    let metadata: Metadata
    /// Each instruction's sentence in pieces, and the provisions it quotes, read as applying reads them.
    let parts: [[SentencePart]]
    let quotations: [QuotedProvisions?]

    init(_ amendment: Amendment, base: Document, file: String) throws(DiagnosticError) {
        self.amendment = amendment
        self.base = base
        baseResolved = ResolvedDocument(base)
        let applied = try AmendmentApplier().applyRecordingQuotations(amendment, to: base)
        quotations = applied.quotations
        amendedResolved = ResolvedDocument(applied.document)
        let file = AmendmentFile(for: base)
        parts = amendment.instructions.map { file.parts($0, style: amendment.style) }
        var metadata = base.metadata
        metadata.title = amendment.title
        metadata.shortTitle = nil
        metadata.kind = .bill
        metadata.status = .draft
        metadata.number = amendment.number
        metadata.work = amendment.work ?? base.metadata.work.flatMap { WorkIdentifier($0.description + "-amendment") }
        var dates = Metadata.Dates()
        dates.drafted =
            amendment.date ?? base.metadata.dates.drafted ?? base.metadata.dates.introduced
            ?? base.metadata.dates.enacted
        metadata.dates = dates
        metadata.sponsors = []
        self.metadata = metadata
    }

    /// The opening words: 「行政手続法（平成五年法律第八十八号）の一部を次のように改正する。」 for an act (cited with
    /// its number), 「…法律案の一部を次のように修正する。」 for a bill, "The Examinations Act is amended as follows:".
    var openingWords: String {
        guard amendment.style == .jp else { return "The \(amendment.target) is amended as follows:" }
        if base.metadata.kind == .bill { return "\(amendment.target)の一部を次のように修正する。" }
        let number = base.metadata.number.map { "（\($0)）" } ?? ""
        return "\(amendment.target)\(number)の一部を次のように改正する。"
    }

    /// The amending document with one subdivision per instruction holding `contents[index]` (the instruction
    /// in the markup of the format written), under its first unit.
    func withInstructions(_ contents: [[Inline]]) -> Document {
        let tradition = base.tradition
        let subunit = tradition.firstSubunitKind ?? .paragraph
        let children = contents.map { Division(kind: subunit, content: $0) }
        let heading = amendment.style == .jp ? nil : "Amendments"
        let unit = Division(
            kind: tradition.unitKind, heading: heading, content: [.text(openingWords)], children: children)
        return Document(metadata: metadata, body: [unit])
    }

    /// The amending document as one paragraph: its opening words, then `provisions` (Japanese law XML, whose
    /// `<AmendProvision>`s follow the paragraph's sentence).
    func openingParagraph(then provisions: [Inline]) -> Document {
        Document(
            metadata: metadata,
            body: [
                Division(
                    kind: base.tradition.firstSubunitKind ?? .paragraph, content: [.text(openingWords)] + provisions)
            ])
    }

    /// The provisions an instruction quotes, as the main provisions of a document of their own; a reference in
    /// them to a provision of the amended law is written with that provision's citation (第十二条), which the quoted
    /// provisions alone could not give.
    func quotedDocument(_ quoted: QuotedProvisions) -> Document {
        switch quoted {
        case .divisions(let divisions): Document(metadata: metadata, body: withReferenceWords(divisions))
        case .group(let group): Document(metadata: metadata, body: withReferenceWords(group.divisions))
        }
    }

    private func withReferenceWords(_ divisions: [Division]) -> [Division] {
        divisions.map { division in
            var division = division
            division.content = division.content.map { inline in
                guard case .reference(var reference) = inline, reference.text == nil,
                    case .label(let label) = reference.target, amendedResolved.targets[label] != nil
                else { return inline }
                reference.text = amendedResolved.text(of: reference)
                return .reference(reference)
            }
            division.children = withReferenceWords(division.children)
            return division
        }
    }

    /// A quotation as plain text: inline markup of the Enact source (`{term:台湾}`) shown as the text reads.
    func plainQuotation(_ source: String) -> String {
        guard let inlines = try? InlineSourceReading.inlines(source) else { return source }
        return baseResolved.plainText(of: inlines)
    }

    /// A sentence as printed: the inline markup an amendment file may write in its quotations shown as the text
    /// reads.
    func plainSentence(_ text: String) -> String {
        plainQuotation(text)
    }

    /// The sentence as plain text, quotations in the style's marks.
    func sentence(_ index: Int) -> String {
        let marks = AmendmentFile.quotationMarks(amendment.style)
        return parts[index].map { part in
            switch part {
            case .words(let text), .action(let text, _): text
            case .quoted(let text): "\(marks.open)\(plainQuotation(text))\(marks.close)"
            }
        }.joined()
    }
}
