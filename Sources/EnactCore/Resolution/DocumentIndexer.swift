/// Builds the indexes of a ``ResolvedDocument`` in one walk: labelled targets, units, definitions, and the
/// references and term uses to check against them.
struct DocumentIndexer {
    let document: Document
    let tradition: Tradition
    let wording: Wording
    var targets: [String: ResolvedDocument.Target] = [:]
    var unitOrdinals: [EId: Int] = [:]
    var definitions: [String: ResolvedDocument.Definition] = [:]
    var useCounts: [String: Int] = [:]
    var diagnostics: [Diagnostic] = []
    private var references: [CrossReference] = []
    private var uses: [TermUse] = []

    init(document: Document) {
        self.document = document
        self.tradition = document.tradition
        self.wording = document.designationWording
    }

    mutating func indexAll() {
        let writer = CitationWriter(tradition: tradition, wording: wording)
        var indexer = self
        var unit: (eId: EId, ordinal: Int, soleParagraph: Bool)?
        var ordinal = 0
        var currentPart = DivisionContext.Part.body
        document.walkDivisions { division, context in
            if context.part != currentPart {
                currentPart = context.part
                ordinal = 0
                unit = nil
            }
            if division.kind == tradition.unitKind {
                ordinal += 1
                let paragraphs = division.children.count { $0.kind == tradition.firstSubunitKind }
                unit = (context.eId, ordinal, tradition.articlesHaveParagraphs && paragraphs == 1)
                indexer.unitOrdinals[context.eId] = ordinal
            } else if context.depth == 0 {
                unit = nil
            }
            if let label = division.label {
                let target = indexer.citationTarget(division, context, unit: unit)
                indexer.register(
                    label: label,
                    target: .init(
                        eId: context.eId, kind: division.kind, place: target, citation: writer.absolute(target),
                        location: division.location))
            }
            indexer.index(division.content, owner: context.eId)
        }
        self = indexer
        for (index, group) in document.supplementaryProvisions.enumerated() {
            guard let label = group.label else { continue }
            let name = wording.isJapanese ? "附則" : "the Supplementary Provisions"
            let place = CitationTarget(part: .supplementary(index), groupLabel: name, namesWholePart: true, steps: [])
            register(
                label: label,
                target: .init(
                    eId: Document.supplementaryEId(index), kind: .division, place: place, citation: name,
                    location: group.anchor.location))
        }
        if let formula = document.enactingFormula { index(formula, owner: EId(rawValue: "formula")) }
        for (number, paragraph) in document.preamble.enumerated() {
            index(
                paragraph,
                owner: EId(parent: EId(rawValue: "preamble"), prefix: "p", number: DivisionNumber(number + 1)))
        }
        let designations = Designations(document)
        for (position, schedule) in document.schedules.enumerated() {
            let eId = Document.scheduleEId(schedule, index: position)
            if let label = schedule.label, let number = schedule.number {
                let name = designations.scheduleNumber(number)
                let place = CitationTarget(part: .body, groupLabel: name, namesWholePart: true, steps: [])
                register(
                    label: label,
                    target: .init(
                        eId: eId, kind: .division, place: place, citation: name, location: schedule.anchor.location))
            }
            for line in schedule.lines { index(line, owner: eId) }
        }
    }

    /// Reports references to no label and uses of undefined terms; counts uses.
    mutating func checkUses() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for reference in references {
            guard case .label(let label) = reference.target, targets[label] == nil else { continue }
            found.append(
                Diagnostic(
                    .danglingReference, "reference to '#\(label)', which no division carries",
                    at: reference.anchor.location))
        }
        for use in uses {
            let key = ResolvedDocument.normalisedTerm(use.term)
            if definitions[key] == nil {
                found.append(
                    Diagnostic(
                        .undefinedTerm, "term '\(use.term)' is marked as defined but has no definition",
                        at: use.anchor.location))
            } else {
                useCounts[key, default: 0] += 1
            }
        }
        return found
    }

    /// The place of a division for citations: its group label above the unit, or its path from the unit.
    private func citationTarget(
        _ division: Division, _ context: DivisionContext, unit: (eId: EId, ordinal: Int, soleParagraph: Bool)?
    ) -> CitationTarget {
        let path = context.ancestors + [(division.kind, division.number)]
        guard let start = path.lastIndex(where: { $0.kind == tradition.unitKind }), let unit else {
            let number = division.number ?? DivisionNumber(1)
            return CitationTarget(
                part: context.part,
                groupLabel: tradition.citationDesignation(of: division.kind, number: number, in: wording), steps: [])
        }
        var steps = path[start...].map { CitationStep(kind: $0.kind, number: $0.number ?? DivisionNumber(1)) }
        if unit.soleParagraph, steps.count > 1, steps[1].kind == tradition.firstSubunitKind { steps.remove(at: 1) }
        return CitationTarget(part: context.part, unitEId: unit.eId, unitOrdinal: unit.ordinal, steps: steps)
    }

    private mutating func register(label: String, target: ResolvedDocument.Target) {
        if let first = targets[label] {
            diagnostics.append(
                Diagnostic(
                    .duplicateLabel, "label '#\(label)' is used more than once",
                    at: target.location, notes: [.init(message: "first used here", location: first.location)]))
            return
        }
        targets[label] = target
    }

    private mutating func index(_ inlines: [Inline], owner: EId) {
        var definitionCount = 0
        for inline in inlines {
            switch inline {
            case .reference(let reference): references.append(reference)
            case .termUse(let use): uses.append(use)
            case .definition(let definition):
                definitionCount += 1
                let key = ResolvedDocument.normalisedTerm(definition.term)
                if let first = definitions[key] {
                    diagnostics.append(
                        Diagnostic(
                            .duplicateDefinition,
                            "term '\(definition.term)' is defined more than once",
                            at: definition.anchor.location,
                            notes: [.init(message: "first defined here", location: first.location)]))
                } else {
                    definitions[key] = .init(
                        term: definition.term, anchorID: "\(owner.rawValue)__def_\(definitionCount)",
                        location: definition.anchor.location)
                }
            case .text, .emphasis, .date, .ruby, .preserved: break
            }
        }
    }
}
