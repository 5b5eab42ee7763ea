/// One step of a citation path below (and including) the basic unit: 第十条, 第二項, 第三号.
public struct CitationStep: Hashable, Sendable {
    public var kind: DivisionKind
    public var number: DivisionNumber

    public init(kind: DivisionKind, number: DivisionNumber) {
        self.kind = kind
        self.number = number
    }
}

/// Where a labelled division stands, as citations need it.
public struct CitationTarget: Hashable, Sendable {
    public var part: DivisionContext.Part
    /// The label of the division when it stands above the basic unit (第二章, Chapter II); nil otherwise.
    public var groupLabel: String?
    /// Whether the label names a whole part (附則, a schedule) and takes no 附則 prefix.
    public var namesWholePart = false
    /// The basic unit that holds the division (or is it), with its place among the units of its part.
    public var unitEId: EId?
    public var unitOrdinal: Int?
    /// The path from the unit down to the division; a sole paragraph, which is never cited, is left out.
    public var steps: [CitationStep]
}

/// Where a citation is written from: the division whose text holds the reference.
public struct CitationOrigin: Hashable, Sendable {
    public var part: DivisionContext.Part
    public var unitEId: EId?
    public var unitOrdinal: Int?
    /// The path from the unit down to the division that holds the reference.
    public var steps: [CitationStep]

    public init(part: DivisionContext.Part, unitEId: EId?, unitOrdinal: Int?, steps: [CitationStep]) {
        self.part = part
        self.unitEId = unitEId
        self.unitOrdinal = unitOrdinal
        self.steps = steps
    }
}

/// Writes citations the way the tradition and language do.
///
/// Absolute: 第十条第二項第三号, `Article 10, paragraph (2), item (iii)`, `section 10(b)(3)`; a sole paragraph is not
/// cited (第二条第一号). Relative, in the Japanese and Korean traditions, from inside the same part: the
/// article is dropped within the same article (第二項第三号), and the preceding or following article or
/// paragraph is named as such (前条, 次条, 前項; `the preceding Article`, `paragraph (2) of the following Article`).
/// In other traditions a citation within the same section starts from its first subdivision
/// (`subsection (b)(3)`).
struct CitationWriter {
    let tradition: Tradition
    let wording: Wording

    func absolute(_ target: CitationTarget) -> String {
        if let group = target.groupLabel, target.namesWholePart { return group }
        let cited = target.groupLabel ?? join(target.steps)
        guard case .supplementary = target.part else { return cited }
        return wording.isJapanese ? "附則" + cited : "\(cited) of the Supplementary Provisions"
    }

    func relative(_ target: CitationTarget, from origin: CitationOrigin) -> String {
        guard target.groupLabel == nil, target.part == origin.part, let unit = target.unitEId,
            let first = target.steps.first
        else { return absolute(target) }
        let rest = Array(target.steps.dropFirst())
        let relativeTradition = tradition.id == .jp || tradition.id == .kr
        if unit == origin.unitEId {
            guard let next = rest.first else { return absolute(target) }
            guard relativeTradition else { return withinUnit(rest) }
            let originParagraph = origin.steps.dropFirst().first
            if next.kind == tradition.firstSubunitKind, let originParagraph, originParagraph.kind == next.kind {
                if next.number == originParagraph.number, rest.count > 1 { return join(Array(rest.dropFirst())) }
                if next.number.main + 1 == originParagraph.number.main, !next.number.hasBranches {
                    return named(wording.isJapanese ? "前項" : "the preceding paragraph", rest: Array(rest.dropFirst()))
                }
            }
            return join(rest)
        }
        guard relativeTradition, let targetOrdinal = target.unitOrdinal, let originOrdinal = origin.unitOrdinal else {
            return absolute(target)
        }
        let word = tradition.level(of: first.kind)?.englishCitation.word ?? "Article"
        if targetOrdinal + 1 == originOrdinal {
            return named(wording.isJapanese ? "前条" : "the preceding \(word)", rest: rest)
        }
        if targetOrdinal == originOrdinal + 1 {
            return named(wording.isJapanese ? "次条" : "the following \(word)", rest: rest)
        }
        return absolute(target)
    }

    /// 前条第二項 / `paragraph (2) of the preceding Article`.
    private func named(_ name: String, rest: [CitationStep]) -> String {
        guard !rest.isEmpty else { return name }
        return wording.isJapanese ? name + join(rest) : join(rest) + " of " + name
    }

    /// `subsection (b)(3)`: the kind of the first step, then the numbers.
    private func withinUnit(_ steps: [CitationStep]) -> String {
        guard let first = steps.first else { return "" }
        return first.kind.rawValue + " " + steps.map(label).joined()
    }

    private func join(_ steps: [CitationStep]) -> String {
        steps.map(label).joined(separator: tradition.citationSeparator(in: wording))
    }

    private func label(_ step: CitationStep) -> String {
        tradition.citationDesignation(of: step.kind, number: step.number, in: wording)
    }
}
