import EnactCore
import EnactXML

/// Writes inline content as Akoma Ntoso: `<ref href>`, `<def refersTo>`, `<term refersTo>`, `<i>`, `<date>`.
struct AkomaNtosoInlineWriter {
    let resolved: ResolvedDocument
    /// The TLCTerm eId of each defined term, by normalised term.
    let termIDs: [String: String]
    /// What the eIds of the document written begin with, in links to them.
    var eIdPrefix = ""

    func write(_ inlines: [Inline], from origin: CitationOrigin?) -> String {
        var xml = ""
        for inline in inlines {
            switch inline {
            case .text(let text):
                xml += XMLTextWriter.escaped(text)
            case .reference(let reference):
                let shown = XMLTextWriter.escaped(resolved.text(of: reference, from: origin))
                switch reference.target {
                case .label(let label):
                    let href = resolved.targets[label].map { "#\(eIdPrefix)\($0.eId)" } ?? "#\(label)"
                    xml += "<ref href=\"\(XMLTextWriter.escapedAttribute(href))\">\(shown)</ref>"
                case .external(let uri):
                    xml += "<ref href=\"\(XMLTextWriter.escapedAttribute(uri))\">\(shown)</ref>"
                }
            case .definition(let definition):
                let key = ResolvedDocument.normalisedTerm(definition.term)
                // Only the definition the term resolves to carries the anchor; a repeated one (an error that
                // `enact check` reports) must not duplicate the eId.
                let anchor = resolved.definitions[key].flatMap {
                    $0.location == definition.anchor.location ? $0.anchorID : nil
                }
                xml +=
                    "<def"
                    + XMLTextWriter.attributes([
                        ("eId", anchor.map { eIdPrefix + $0 }), ("refersTo", termIDs[key].map { "#\($0)" }),
                    ])
                    + ">"
                xml += XMLTextWriter.escaped(definition.term) + "</def>"
            case .termUse(let use):
                let key = ResolvedDocument.normalisedTerm(use.term)
                xml +=
                    "<term refersTo=\"#\(termIDs[key] ?? "undefined")\">\(XMLTextWriter.escaped(use.shownText))</term>"
            case .emphasis(let text):
                xml += "<i>\(XMLTextWriter.escaped(text))</i>"
            case .date(let date):
                xml += "<date date=\"\(date.date)\">\(XMLTextWriter.escaped(date.shownText))</date>"
            case .ruby(let ruby):
                xml +=
                    "<inline name=\"ruby\">\(XMLTextWriter.escaped(ruby.base))<inline name=\"rt\">\(XMLTextWriter.escaped(ruby.reading))</inline></inline>"
            case .preserved(let preserved) where preserved.format == AkomaNtosoFormat.name:
                xml += preserved.markup
            case .preserved(let preserved):
                xml += preserved.text.split(separator: "\n", omittingEmptySubsequences: false).map {
                    XMLTextWriter.escaped(String($0))
                }.joined(separator: "<br/>")
            }
        }
        return xml
    }
}
