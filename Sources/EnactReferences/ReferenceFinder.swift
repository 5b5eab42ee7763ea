import EnactCore

/// Finds the references written as plain text in a document (those already marked `{ref:}` are left as they are)
/// and resolves each against the document: relative ones (前条, 前項, 同条) from the provision they stand in, the
/// others from the main provisions, the supplementary provisions (附則第二条) or the schedules.
public struct ReferenceFinder: Sendable {
    public init() {}

    /// Every reference in the text of the document's provisions, in document order: Japanese citations in a
    /// Japanese document, English ones otherwise.
    public func references(in resolved: ResolvedDocument) -> [FoundReference] {
        occurrences(in: resolved).map(\.reference)
    }

    /// Every reference with where it stands in the model (the division, the text inline, the span of each
    /// citation) and the eIds of what it names, for the linker.
    func occurrences(in resolved: ResolvedDocument) -> [Occurrence] {
        resolved.document.isJapanese
            ? japaneseOccurrences(in: resolved) : EnglishReferenceResolver(resolved).occurrences()
    }

    private func japaneseOccurrences(in resolved: ResolvedDocument) -> [Occurrence] {
        let index = ProvisionIndex(resolved)
        let scanner = JapaneseCitationScanner()
        var found: [Occurrence] = []
        let places = index.places(of: resolved)
        resolved.document.walkDivisions { division, context in
            var resolver = Resolver(index: index, origin: Origin(division, context, index: index))
            let texts = division.content.map { inline -> String in
                if case .text(let text) = inline { return text }
                return ""
            }
            let scannedTexts = scanner.scan(texts)
            for (position, inline) in division.content.enumerated() {
                // A reference already marked is cited too: 同項 after it names its paragraph.
                if case .reference(let reference) = inline, case .label(let label) = reference.target,
                    let eId = resolved.targets[label]?.eId, let place = places[eId.rawValue]
                {
                    resolver.noteCited(place)
                }
                guard case .text(let text) = inline else { continue }
                for scanned in scannedTexts[position] {
                    let (reference, from, through) = resolver.resolve(scanned)
                    found.append(
                        Occurrence(
                            reference: reference, part: context.part, division: context.eId, inline: position,
                            citation: scanned.citation, throughCitation: scanned.throughCitation,
                            fromEId: from?.eId, throughEId: through?.eId, words: text))
                }
            }
        }
        return found
    }
}

/// A reference where it stands in the model.
struct Occurrence {
    var reference: FoundReference
    /// The part of the document it stands in.
    var part: DivisionContext.Part
    /// The division whose text holds it, and the position of the text inline in its content.
    var division: EId
    var inline: Int
    /// The span of the citation of what it names (of the first end of a range), and of the last end of a range,
    /// in the text inline.
    var citation: Range<Int>
    var throughCitation: Range<Int>?
    /// What the citation (and the end of a range) names in this document.
    var fromEId: EId?
    var throughEId: EId?
    /// The whole text it stands in.
    var words: String
}

/// Where a reference stands: the article (by position in its part), the paragraph and the item.
struct Origin {
    var part: DivisionContext.Part
    var unit: Int?
    var paragraph: DivisionNumber?
    var item: DivisionNumber?
    var citation: String
    var location: SourceLocation?
    /// The groupings (編, 章, 節 …) it stands in, outermost first.
    var groups: [CitationStep] = []
    /// The amending act whose supplementary provisions the reference stands in, when it stands in one.
    var amendingLaw: CitedLaw?

    init(_ division: Division, _ context: DivisionContext, index: ProvisionIndex) {
        part = context.part
        location = division.location
        amendingLaw = index.amendingLaw(of: context.part)
        let path = context.ancestors + [(division.kind, division.number)]
        groups = path.prefix { JapaneseLevels.rank($0.kind) < JapaneseLevels.rank(index.unitKind) }.compactMap { step in
            step.number.map { CitationStep(kind: step.kind, number: $0) }
        }
        paragraph = path.last { $0.kind == .paragraph }?.number
        item = path.last { $0.kind == .item }?.number
        guard let position = path.lastIndex(where: { $0.kind == index.unitKind }),
            let number = path[position].number
        else {
            // Supplementary provisions of paragraphs only (附則第二項).
            let steps = path.compactMap { step in step.number.map { CitationStep(kind: step.kind, number: $0) } }
            if index.hasBareParagraphs(context.part), steps.first?.kind == .paragraph {
                unit = 0
                citation = index.provision(unit: 0, in: context.part, below: steps)?.citation ?? context.eId.rawValue
            } else {
                citation = division.heading ?? context.eId.rawValue
            }
            return
        }
        unit = index.unitIndex(number, in: context.part)
        let below = path[(position + 1)...].compactMap { step in
            step.number.map { CitationStep(kind: step.kind, number: $0) }
        }
        citation =
            unit.flatMap { index.provision(unit: $0, in: context.part, below: Array(below))?.citation }
            ?? context.eId.rawValue
    }
}

/// Resolves the references of one provision's text, remembering the last provision cited (for 同条, 同項, 同号).
struct Resolver {
    let index: ProvisionIndex
    let origin: Origin
    /// The last provision of this document cited: its part, its article's position and the steps below it (for
    /// 同項, 同号); and the last one cited with its article named (for 同条: 前項 names no article).
    private var last: ProvisionIndex.Place?
    private var lastNamingArticle: ProvisionIndex.Place?

    init(index: ProvisionIndex, origin: Origin) {
        self.index = index
        self.origin = origin
    }

    /// Remembers a provision cited by markup, for a 同条 or 同項 that follows.
    mutating func noteCited(_ place: ProvisionIndex.Place) {
        last = place
        lastNamingArticle = place
    }

    mutating func resolve(_ scanned: ScannedReference)
        -> (FoundReference, from: ProvisionIndex.Entry?, through: ProvisionIndex.Entry?)
    {
        var reference = FoundReference(
            at: origin.citation, text: scanned.text, target: nil, external: nil, resolved: false, targetEId: nil,
            location: origin.location)
        var anchor = scanned.from.anchor
        // In the supplementary provisions of an amending act that a consolidated text carries, an article named
        // without 附則 is the amending act's own.
        if case .absolute(supplementary: false) = anchor, let law = origin.amendingLaw, scanned.from.schedule == nil {
            anchor = .external(law)
        }
        if case .external(let law) = anchor {
            reference.external = FoundReference.ExternalLaw(title: law.title, number: law.number, work: law.work)
            reference.target = law.written + JapaneseCitation.path(scanned.from.steps, soleParagraph: false)
            reference.resolved = true
            return (reference, nil, nil)
        }
        guard let from = locate(scanned.from) else { return (reference, nil, nil) }
        var target = from.citation
        var end: ProvisionIndex.Entry?
        if let through = scanned.through {
            end = locate(through)
            guard let end else { return (reference, nil, nil) }
            target += "から" + end.citation + "まで"
        }
        reference.target = target
        reference.targetEId = from.eId.rawValue
        reference.resolved = true
        return (reference, from, end)
    }

    /// The provision a citation names, from the origin; nil when it names none.
    private mutating func locate(_ cited: CitedProvision) -> ProvisionIndex.Entry? {
        if let schedule = cited.schedule {
            return index.schedule(schedule)
        }
        var part = origin.part
        var unit: Int?
        var below: [CitationStep]
        switch cited.anchor {
        case .absolute(let supplementary):
            guard let first = cited.steps.first else { return nil }
            guard first.kind == index.unitKind else { return index.group(cited.steps) }
            part = supplementary ? Self.supplementaryPart(from: origin.part) : .body
            unit = index.unitIndex(first.number, in: part)
            below = Array(cited.steps.dropFirst())
        case .article(let offset):
            unit = origin.unit.map { $0 + offset }
            below = cited.steps
        case .paragraph(let offset):
            unit = origin.unit
            if cited.steps.first?.kind == .paragraph {
                below = cited.steps
            } else {
                guard let current = origin.paragraph ?? (offset == 0 ? DivisionNumber(1) : nil),
                    current.main + offset >= 1
                else { return nil }
                below = [CitationStep(kind: .paragraph, number: DivisionNumber(current.main + offset))] + cited.steps
            }
        case .item(let offset):
            guard let paragraph = origin.paragraph, let current = origin.item, current.main + offset >= 1 else {
                return nil
            }
            unit = origin.unit
            let item = CitationStep(kind: .item, number: DivisionNumber(current.main + offset))
            below = [CitationStep(kind: .paragraph, number: paragraph), item] + cited.steps
        case .sameAsLast(let kind):
            guard let last = kind == .article ? lastNamingArticle : last else { return nil }
            part = last.part
            unit = last.unit
            // 同条第二項: the article cited last, then the steps written; 同項: down to its paragraph.
            let depth = JapaneseLevels.rank(kind) - JapaneseLevels.rank(index.unitKind)
            below = Array(last.below.prefix(depth)) + cited.steps
        case .group(let kind, let offset):
            guard let position = origin.groups.lastIndex(where: { $0.kind == kind }) else { return nil }
            return index.group(sibling: Array(origin.groups[...position]), offset: offset)
        case .external:
            return nil
        }
        guard let unit else { return nil }
        // Items cited without their paragraph (第二条第一号) sit in the article's first paragraph.
        if below.first?.kind == .item { below.insert(CitationStep(kind: .paragraph, number: DivisionNumber(1)), at: 0) }
        guard let entry = index.provision(unit: unit, in: part, below: below) else { return nil }
        let place = ProvisionIndex.Place(part: part, unit: unit, below: below)
        last = place
        switch cited.anchor {
        case .paragraph, .item, .article(offset: 0): break
        default: lastNamingArticle = place
        }
        return entry
    }

    /// The supplementary provisions a citation of 附則 names: the group the origin stands in, else the first.
    private static func supplementaryPart(from origin: DivisionContext.Part) -> DivisionContext.Part {
        if case .supplementary = origin { return origin }
        return .supplementary(0)
    }
}
