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
        let xml = try JapaneseLawWriter().write(ResolvedDocument(amending.openingParagraph), file: file)
        let mode = base.isJapanese ? "vertical" : "horizontal"
        var provisions = ""
        for index in amendment.instructions.indices {
            provisions += "<AmendProvision>\n<AmendProvisionSentence>\n"
            provisions +=
                "<Sentence Num=\"1\" WritingMode=\"\(mode)\">\(XMLTextWriter.escaped(amending.sentence(index)))</Sentence>\n"
            provisions += "</AmendProvisionSentence>\n"
            if let quoted = amending.quotations[index] {
                let written = try JapaneseLawWriter().write(
                    ResolvedDocument(amending.quotedDocument(quoted)), file: file)
                provisions +=
                    "<NewProvision>\n"
                    + linesBetween(written, open: "<MainProvision>", close: "</MainProvision>").joined(separator: "\n")
                    + "\n</NewProvision>\n"
            }
            provisions += "</AmendProvision>\n"
        }
        guard let sentenceEnd = xml.range(of: "</ParagraphSentence>\n") else { return xml }
        return xml.replacingCharacters(in: sentenceEnd, with: "</ParagraphSentence>\n" + provisions)
    }
}
