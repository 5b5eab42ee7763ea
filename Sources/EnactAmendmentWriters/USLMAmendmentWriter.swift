import EnactAmend
import EnactCore
import EnactUSLM
import EnactXML
import Foundation

/// Writes an amendment as a USLM bill: one section whose text states what it amends and one subdivision per
/// instruction, with the verbs marked `<amendingAction type>`, struck and inserted text `<quotedText>`, and
/// quoted provisions in `<quotedContent>` (USLM elements, without identifiers, their ids prefixed).
public struct USLMAmendmentWriter: Sendable {
    public init() {}

    /// - Parameter base: the document the amendment amends (its numbering reads the quoted provisions).
    public func write(_ amendment: Amendment, base: Document, file: String) throws(DiagnosticError) -> String {
        let amending = try AmendingDocument(amendment, base: base, file: file)
        let instructions = amendment.instructions.indices.map { index in
            [
                Inline.preserved(
                    PreservedMarkup(
                        format: USLMFormat.name, markup: content(index, amending: amending),
                        text: amending.sentence(index)))
            ]
        }
        return try USLMWriter().write(ResolvedDocument(amending.withInstructions(instructions)), file: file)
    }

    /// Instruction `index` as the `<content>` of its subdivision: its words, the verbs in `<amendingAction>`, what
    /// it quotes in `<quotedText>`, and the provisions it quotes in a `<quotedContent>` written by the USLM writer.
    private func content(_ index: Int, amending: AmendingDocument) -> String {
        let marks = AmendmentFile.quotationMarks(amending.amendment.style)
        var markup = "<content>"
        for part in amending.parts[index] {
            switch part {
            case .words(let text): markup += XMLTextWriter.escaped(text)
            case .action(let text, let action):
                markup += "<amendingAction type=\"\(action.rawValue)\">\(XMLTextWriter.escaped(text))</amendingAction>"
            case .quoted(let text):
                markup +=
                    "\(marks.open)<quotedText>\(XMLTextWriter.escaped(amending.plainQuotation(text)))</quotedText>\(marks.close)"
            }
        }
        if let quoted = amending.quotations[index] {
            var structure = XMLTextWriter(declaration: false)
            structure.open("quotedContent")
            structure.markup(
                USLMWriter().writeProvisions(
                    ResolvedDocument(amending.quotedDocument(quoted)), idPrefix: "q\(index + 1)-"))
            structure.close()
            markup += "\n" + structure.output
        }
        return markup + "</content>"
    }
}
