import EnactAkomaNtoso
import EnactAmend
import EnactCore
import EnactXML
import Foundation

/// Writes an amendment as an Akoma Ntoso 3.0 bill: one article whose intro states what it amends and one
/// paragraph per instruction, each a `<mod>` with its `<quotedText>`s and, where it quotes provisions, a
/// `<quotedStructure>` holding them as Akoma Ntoso elements (their eIds prefixed by the mod's).
public struct AkomaNtosoAmendmentWriter: Sendable {
    public init() {}

    /// - Parameter base: the document the amendment amends (its numbering reads the quoted provisions).
    public func write(_ amendment: Amendment, base: Document, file: String) throws(DiagnosticError) -> String {
        let amending = try AmendingDocument(amendment, base: base, file: file)
        let xml = try AkomaNtosoWriter().write(ResolvedDocument(amending.withInstructionSlots), file: file)
        return try amending.fillingInstructionSlots(xml) { index throws(DiagnosticError) in
            let modID = "mod_\(index + 1)"
            var markup =
                "<mod eId=\"\(modID)\">"
                + inlineMarkup(amending.parts[index], amending: amending, style: amendment.style)
            if let quoted = amending.quotations[index] {
                markup += try quotedStructure(quoted, amending: amending, id: modID, file: file)
            }
            return markup + "</mod>"
        }
    }

    private func inlineMarkup(_ parts: [SentencePart], amending: AmendingDocument, style: AmendmentStyle) -> String {
        let marks = AmendmentFile.quotationMarks(style)
        return parts.map { part in
            switch part {
            case .words(let text), .action(let text, _): XMLTextWriter.escaped(text)
            case .quoted(let text):
                "<quotedText startQuote=\"\(marks.open)\" endQuote=\"\(marks.close)\">\(XMLTextWriter.escaped(amending.plainQuotation(text)))</quotedText>"
            }
        }.joined()
    }

    private func quotedStructure(_ quoted: QuotedProvisions, amending: AmendingDocument, id: String, file: String)
        throws(DiagnosticError) -> String
    {
        let xml = try AkomaNtosoWriter().write(ResolvedDocument(amending.quotedDocument(quoted)), file: file)
        let body = linesBetween(xml, open: "<body>", close: "</body>").joined(separator: "\n")
            .replacingOccurrences(of: " eId=\"", with: " eId=\"\(id)__qstr_")
            .replacingOccurrences(of: " href=\"#", with: " href=\"#\(id)__qstr_")
        return "<quotedStructure eId=\"\(id)__qstr\">\n\(body)\n</quotedStructure>"
    }
}
