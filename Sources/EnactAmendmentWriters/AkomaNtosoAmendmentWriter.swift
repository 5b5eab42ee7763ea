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
        let mods = amendment.instructions.indices.map { index in
            [
                Inline.preserved(
                    PreservedMarkup(
                        format: AkomaNtosoFormat.name, markup: mod(index, amending: amending),
                        text: amending.sentence(index)))
            ]
        }
        return try AkomaNtosoWriter().write(ResolvedDocument(amending.withInstructions(mods)), file: file)
    }

    /// Instruction `index` as a `<mod>`: its words, `<quotedText>` for what it quotes, and the provisions it quotes
    /// in a `<quotedStructure>` written by the Akoma Ntoso writer, their eIds prefixed by the mod's.
    private func mod(_ index: Int, amending: AmendingDocument) -> String {
        let id = "mod_\(index + 1)"
        let marks = AmendmentFile.quotationMarks(amending.amendment.style)
        var markup = "<mod eId=\"\(id)\">"
        for part in amending.parts[index] {
            switch part {
            case .words(let text), .action(let text, _): markup += XMLTextWriter.escaped(text)
            case .quoted(let text):
                markup +=
                    "<quotedText startQuote=\"\(marks.open)\" endQuote=\"\(marks.close)\">"
                    + XMLTextWriter.escaped(amending.plainQuotation(text)) + "</quotedText>"
            }
        }
        if let quoted = amending.quotations[index] {
            var structure = XMLTextWriter(declaration: false)
            structure.open("quotedStructure", [("eId", "\(id)__qstr")])
            structure.markup(
                AkomaNtosoWriter().writeProvisions(
                    ResolvedDocument(amending.quotedDocument(quoted)), eIdPrefix: "\(id)__qstr_"))
            structure.close()
            markup += "\n" + structure.output
        }
        return markup + "</mod>"
    }
}
