import EnactAmend
import EnactCore
import EnactJapaneseLaw
import EnactXML
import Foundation

/// Writes an amendment as Japan's standard law XML of an amending law: the main provision's paragraph states
/// what it amends (「…の一部を次のように改正する。」) and each instruction follows as an `<AmendProvision>` with
/// its sentence and, where it quotes provisions, a `<NewProvision>` holding them as law XML elements.
public struct JapaneseLawAmendmentWriter: Sendable {
    public init() {}

    /// - Parameter base: the document the amendment amends (its numbering reads the quoted provisions).
    public func write(_ amendment: Amendment, base: Document, file: String) throws(DiagnosticError) -> String {
        let amending = try AmendingDocument(amendment, base: base, file: file)
        let provisions = amendment.instructions.indices.map { index in
            Inline.preserved(
                PreservedMarkup(
                    format: JapaneseLawFormat.name, markup: amendProvision(index, amending: amending, base: base),
                    text: amending.sentence(index)))
        }
        return try JapaneseLawWriter().write(ResolvedDocument(amending.openingParagraph(then: provisions)), file: file)
    }

    /// Instruction `index` as an `<AmendProvision>`: its sentence, and the provisions it quotes in a
    /// `<NewProvision>` written by the law XML writer.
    private func amendProvision(_ index: Int, amending: AmendingDocument, base: Document) -> String {
        var xml = XMLTextWriter(declaration: false)
        xml.open("AmendProvision")
        xml.open("AmendProvisionSentence")
        xml.line(
            "Sentence", [("Num", "1"), ("WritingMode", base.isJapanese ? "vertical" : "horizontal")],
            text: amending.sentence(index))
        xml.close()
        if let quoted = amending.quotations[index] {
            xml.open("NewProvision")
            xml.markup(JapaneseLawWriter().writeProvisions(ResolvedDocument(amending.quotedDocument(quoted))))
            xml.close()
        }
        xml.close()
        return xml.output.trimmingCharacters(in: .newlines)
    }
}
