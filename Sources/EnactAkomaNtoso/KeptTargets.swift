import EnactCore
import EnactXML

/// What a reference or a term use points at when its target was kept whole rather than read into the model (a
/// provision inside a quoted structure, a schedule kept in an attachment, a definition inside a block list): the
/// reference stays `<ref href>` markup to the same `eId` and the term use `<term refersTo>` markup, kept as
/// written, so neither reads as a dangling reference or an undefined term in the imported draft while both are
/// written back as they were (other formats show their text).
struct KeptTargets {
    /// The `refersTo` of each term, by the term's text.
    var termReferences: [String: String]

    func settled(_ document: Document) -> Document {
        var labels: Set<String> = []
        var defined: Set<String> = []
        document.forEachDivision { division in
            if let label = division.label { labels.insert(label) }
            for case .definition(let definition) in division.content {
                defined.insert(ResolvedDocument.normalisedTerm(definition.term))
            }
        }
        // Schedules and groups of supplementary provisions are targets too.
        labels.formUnion(document.schedules.compactMap(\.label))
        labels.formUnion(document.supplementaryProvisions.compactMap(\.label))
        for line in document.preamble + document.schedules.flatMap(\.lines) {
            for case .definition(let definition) in line {
                defined.insert(ResolvedDocument.normalisedTerm(definition.term))
            }
        }
        func settle(_ inlines: [Inline]) -> [Inline] {
            inlines.map { inline in
                switch inline {
                case .reference(let reference):
                    guard case .label(let label) = reference.target, !labels.contains(label) else { return inline }
                    let shown = reference.text ?? "#" + label
                    let markup =
                        "<ref xmlns=\"\(AkomaNtosoFormat.namespace)\" href=\"#\(XMLTextWriter.escapedAttribute(label))\">"
                        + XMLTextWriter.escaped(shown) + "</ref>"
                    return .preserved(PreservedMarkup(format: AkomaNtosoFormat.name, markup: markup, text: shown))
                case .termUse(let use) where !defined.contains(ResolvedDocument.normalisedTerm(use.term)):
                    let reference = termReferences[use.term].map {
                        " refersTo=\"\(XMLTextWriter.escapedAttribute($0))\""
                    }
                    let markup =
                        "<term xmlns=\"\(AkomaNtosoFormat.namespace)\"\(reference ?? "")>"
                        + XMLTextWriter.escaped(use.shownText) + "</term>"
                    return .preserved(
                        PreservedMarkup(format: AkomaNtosoFormat.name, markup: markup, text: use.shownText))
                default:
                    return inline
                }
            }
        }
        func settle(_ division: Division) -> Division {
            var division = division
            division.content = settle(division.content)
            division.children = division.children.map(settle)
            return division
        }
        var document = document
        document.body = document.body.map(settle)
        for index in document.supplementaryProvisions.indices {
            document.supplementaryProvisions[index].divisions = document.supplementaryProvisions[index].divisions.map(
                settle)
        }
        document.preamble = document.preamble.map(settle)
        document.enactingFormula = document.enactingFormula.map(settle)
        for index in document.schedules.indices {
            document.schedules[index].lines = document.schedules[index].lines.map(settle)
        }
        return document
    }
}
