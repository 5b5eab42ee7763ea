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

    /// Instruction `index` as an `<AmendProvision>`: its sentence, and what it quotes in a `<NewProvision>`: the
    /// provisions written by the law XML writer, a 目次 as e-Gov's `<TOC>`, sentences as `<Sentence>`s with the
    /// 読替え table they introduce as a `<TableStruct>`.
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
        } else {
            for printed in Self.printedLines(amending.amendment.instructions[index], base: base) {
                xml.open("NewProvision")
                xml.markup(printed)
                xml.close()
            }
        }
        xml.close()
        return xml.output.trimmingCharacters(in: .newlines)
    }

    /// The law XML of lines an instruction quotes as printed, one `<NewProvision>`'s content each: the entries of a
    /// 目次; or sentences, and the table they introduce (a `<NewProvision>` holds elements of one kind).
    private static func printedLines(_ instruction: AmendmentInstruction, base: Document) -> [String] {
        switch instruction {
        case .attachContents(let quoted), .replace(AmendmentInstruction.contentsAddress, let quoted):
            return [PrintedContents(printed: quoted.lines).markup.markup]
        case .setSentences(_, _, _, let quoted):
            let quotedSentences = QuotedSentences(lines: quoted.lines)
            var xml = XMLTextWriter(declaration: false)
            for (offset, sentence) in quotedSentences.sentences.enumerated() {
                xml.line(
                    "Sentence",
                    [("Num", "\(offset + 1)"), ("WritingMode", base.isJapanese ? "vertical" : "horizontal")],
                    text: sentence.trimmingCharacters(in: .whitespaces))
            }
            let sentences = xml.output.trimmingCharacters(in: .newlines)
            return [sentences] + (quotedSentences.table.map { [$0.markup.markup] } ?? [])
        default:
            return []
        }
    }
}
