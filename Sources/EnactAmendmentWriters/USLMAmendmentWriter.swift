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
        let xml = try USLMWriter().write(ResolvedDocument(amending.withInstructionSlots), file: file)
        return try amending.fillingInstructionSlots(xml) { index throws(DiagnosticError) in
            var markup = inlineMarkup(amending.parts[index], amending: amending, style: amendment.style)
            if let quoted = amending.quotations[index] {
                markup += try quotedContent(quoted, amending: amending, id: "q\(index + 1)", file: file)
            }
            return markup
        }
    }

    private func inlineMarkup(_ parts: [SentencePart], amending: AmendingDocument, style: AmendmentStyle) -> String {
        let marks = AmendmentFile.quotationMarks(style)
        return parts.map { part in
            switch part {
            case .words(let text): XMLTextWriter.escaped(text)
            case .action(let text, let action):
                "<amendingAction type=\"\(action.rawValue)\">\(XMLTextWriter.escaped(text))</amendingAction>"
            case .quoted(let text):
                "\(marks.open)<quotedText>\(XMLTextWriter.escaped(amending.plainQuotation(text)))</quotedText>\(marks.close)"
            }
        }.joined()
    }

    private func quotedContent(_ quoted: QuotedProvisions, amending: AmendingDocument, id: String, file: String)
        throws(DiagnosticError) -> String
    {
        let xml = try USLMWriter().write(ResolvedDocument(amending.quotedDocument(quoted)), file: file)
        var lines = linesBetween(xml, open: "<main>", close: "</main>")
        if let end = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "</longTitle>" }) {
            lines.removeSubrange(...end)
        }
        let body = lines.joined(separator: "\n")
            .replacingOccurrences(of: #" identifier="[^"]*""#, with: "", options: .regularExpression)
            .replacingOccurrences(of: " id=\"", with: " id=\"\(id)-")
        return "\n<quotedContent>\n\(body)\n</quotedContent>"
    }
}
