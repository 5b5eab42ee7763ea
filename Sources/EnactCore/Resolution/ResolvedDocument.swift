/// A document with numbers assigned and its labels, citations and defined terms indexed, ready for
/// checking and rendering.
///
/// Resolution reports what makes references unusable: labels used twice, references to no label, terms
/// defined twice, uses of terms never defined.
public struct ResolvedDocument: Sendable {
    /// The document with every automatic number assigned.
    public let document: Document
    public let tradition: Tradition
    /// The divisions that carry a label, by label.
    public let targets: [String: Target]
    /// The definitions of terms, by normalised term (see ``normalisedTerm(_:)``).
    public let definitions: [String: Definition]
    /// Errors found while resolving: duplicate labels and definitions, dangling references, undefined terms.
    public let diagnostics: [Diagnostic]
    /// How many marked uses each defined term has, by normalised term.
    public let termUseCounts: [String: Int]

    /// A labelled division: where it is and how to cite it.
    public struct Target: Sendable {
        public var eId: EId
        public var kind: DivisionKind
        /// The citation text generated from the current number: 第三条第二項, `Article 3, paragraph (2)`.
        public var citation: String
        public var location: SourceLocation?
    }

    /// A defined term: where it is defined and the anchor its uses link to.
    public struct Definition: Sendable {
        public var term: String
        /// The element id of the definition (`art_2__para_1__def_1`).
        public var anchorID: String
        public var location: SourceLocation?
    }

    public init(_ document: Document) {
        let numbered = NumberingResolver.resolve(document)
        var index = Indexer(document: numbered)
        index.indexAll()
        let useDiagnostics = index.checkUses()
        self.document = numbered
        self.tradition = numbered.tradition
        self.targets = index.targets
        self.definitions = index.definitions
        self.termUseCounts = index.useCounts
        self.diagnostics = index.diagnostics + useDiagnostics
    }

    /// The key under which a term is indexed: trimmed and lower-cased.
    public static func normalisedTerm(_ term: String) -> String {
        let scalars = term.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last]).lowercased()
    }

    /// The text of a cross-reference: its own text, or the citation of its target.
    public func text(of reference: CrossReference) -> String {
        if let text = reference.text { return text }
        switch reference.target {
        case .label(let label): return targets[label]?.citation ?? label
        case .external(let uri): return uri
        }
    }

    /// The definition a use of a term links to.
    public func definition(of use: TermUse) -> Definition? {
        definitions[Self.normalisedTerm(use.term)]
    }
}


/// Builds the indexes of a ``ResolvedDocument`` in one walk.
private struct Indexer {
    let document: Document
    let tradition: Tradition
    let japanese: Bool
    var targets: [String: ResolvedDocument.Target] = [:]
    var definitions: [String: ResolvedDocument.Definition] = [:]
    var useCounts: [String: Int] = [:]
    var diagnostics: [Diagnostic] = []
    private var references: [CrossReference] = []
    private var uses: [TermUse] = []

    init(document: Document) {
        self.document = document
        self.tradition = document.tradition
        self.japanese = document.isJapanese
    }

    mutating func indexAll() {
        var indexer = self
        document.walkDivisions { division, context in
            if let label = division.label {
                indexer.register(label: label, target: .init(
                    eId: context.eId, kind: division.kind, citation: indexer.citation(division, context),
                    location: division.location))
            }
            indexer.index(division.content, owner: context.eId)
        }
        self = indexer
        if let formula = document.enactingFormula { index(formula, owner: EId(rawValue: "formula")) }
        for (number, paragraph) in document.preamble.enumerated() {
            index(paragraph, owner: EId(parent: EId(rawValue: "preamble"), prefix: "p", number: DivisionNumber(number + 1)))
        }
        for (position, schedule) in document.schedules.enumerated() {
            let eId = Document.scheduleEId(schedule, index: position)
            if let label = schedule.label, let number = schedule.number {
                let name = japanese ? "別表" + (Numeral.kanji.format(number.main).map { "第\($0)" } ?? "") : "Schedule \(number)"
                register(label: label, target: .init(eId: eId, kind: .division, citation: name, location: schedule.anchor.location))
            }
            for line in schedule.lines { index(line, owner: eId) }
        }
    }

    /// Reports references to no label and uses of undefined terms; counts uses.
    mutating func checkUses() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for reference in references {
            guard case .label(let label) = reference.target, targets[label] == nil else { continue }
            found.append(.error(
                "dangling-reference", "reference to '#\(label)', which no division carries", at: reference.anchor.location))
        }
        for use in uses {
            let key = ResolvedDocument.normalisedTerm(use.term)
            if definitions[key] == nil {
                found.append(.error(
                    "undefined-term", "term '\(use.term)' is marked as defined but has no definition",
                    at: use.anchor.location))
            } else {
                useCounts[key, default: 0] += 1
            }
        }
        return found
    }

    private mutating func register(label: String, target: ResolvedDocument.Target) {
        if let first = targets[label] {
            diagnostics.append(Diagnostic(
                .error, id: "duplicate-label", message: "label '#\(label)' is used more than once",
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
                    diagnostics.append(Diagnostic(
                        .error, id: "duplicate-definition", message: "term '\(definition.term)' is defined more than once",
                        at: definition.anchor.location, notes: [.init(message: "first defined here", location: first.location)]))
                } else {
                    definitions[key] = .init(
                        term: definition.term, anchorID: "\(owner.rawValue)__def_\(definitionCount)",
                        location: definition.anchor.location)
                }
            case .text, .emphasis, .date: break
            }
        }
    }

    /// 第三条第二項 / Article 3, paragraph (2) / section 3(b): from the unit down, or the division's own label
    /// above the unit; prefixed for supplementary provisions.
    private func citation(_ division: Division, _ context: DivisionContext) -> String {
        let path = context.ancestors + [(division.kind, division.number)]
        let unit = tradition.unitKind
        let start = path.lastIndex { $0.kind == unit } ?? (path.count - 1)
        let parts = path[start...].map { step in
            tradition.citationLabel(of: step.kind, number: step.number ?? DivisionNumber(1), japanese: japanese)
        }
        let cited = parts.joined(separator: tradition.citationSeparator(japanese: japanese))
        guard case .supplementary = context.part else { return cited }
        return japanese ? "附則" + cited : "\(cited) of the Supplementary Provisions"
    }
}
