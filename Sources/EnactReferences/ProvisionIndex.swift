import EnactCore

/// The provisions of a document as citations name them: each part's articles in order, their paragraphs and items
/// by number, the groupings of the main provisions by path, and the schedules — to resolve a citation to the
/// provision it names.
struct ProvisionIndex {
    /// A provision found: its place, for citations, and its eId, for links.
    struct Entry {
        var part: DivisionContext.Part
        /// The path from the article down (or the groupings' path for a chapter, section …).
        var steps: [CitationStep]
        var eId: EId
        var division: Division
        /// Whether the article it is (or stands in) has one paragraph, which citations leave out.
        var soleParagraph = false

        /// What it is called when no path names it (別表第一).
        var name: String?

        /// Its absolute citation: 第十条第二項, 附則第三条, 第二章第一節, 別表第一.
        var citation: String {
            name ?? JapaneseCitation.absolute(part: part, steps: steps, soleParagraph: soleParagraph)
        }
    }

    private var units: [DivisionContext.Part: [Entry]] = [:]
    /// The position of each article in its part, by number (the first, when a number is used twice).
    private var unitPositions: [DivisionContext.Part: [DivisionNumber: Int]] = [:]
    /// The parts whose provisions are paragraphs without articles (附則第一項, 附則第二項).
    private var bareParagraphParts: Set<DivisionContext.Part> = []
    /// The law number of each group of supplementary provisions that an amending act enacted.
    private var amendingLaws: [DivisionContext.Part: CitedLaw] = [:]
    private var groups: [[CitationStep]: Entry] = [:]
    /// Each schedule's number, eId and name as printed (別表, 別表第二).
    private let schedules: [(number: DivisionNumber?, eId: EId, name: String)]
    let unitKind: DivisionKind

    init(_ resolved: ResolvedDocument) {
        unitKind = resolved.tradition.unitKind
        let designations = Designations(resolved)
        schedules = resolved.document.schedules.enumerated().map { index, schedule in
            (
                schedule.number, Document.scheduleEId(schedule, index: index),
                designations.scheduleNumber(schedule.number ?? DivisionNumber(index + 1))
            )
        }
        var units: [DivisionContext.Part: [Entry]] = [:]
        var groups: [[CitationStep]: Entry] = [:]
        let unitKind = self.unitKind
        resolved.document.walkDivisions { division, context in
            guard let number = division.number else { return }
            let path = context.ancestors + [(division.kind, division.number)]
            if division.kind == unitKind {
                units[context.part, default: []].append(
                    Entry(
                        part: context.part, steps: [CitationStep(kind: unitKind, number: number)], eId: context.eId,
                        division: division))
            } else if !path.contains(where: { $0.kind == unitKind }), context.part == .body {
                let steps = path.compactMap { step in step.number.map { CitationStep(kind: step.kind, number: $0) } }
                groups[steps] = Entry(part: .body, steps: steps, eId: context.eId, division: division)
            }
        }
        // Supplementary provisions without articles: their paragraphs hang from one article-like entry.
        for (position, group) in resolved.document.supplementaryProvisions.enumerated() {
            let part = DivisionContext.Part.supplementary(position)
            if let number = group.heading, number.contains("第"), number.hasSuffix("号") {
                amendingLaws[part] = CitedLaw(title: nil, number: number)
            }
            guard units[part] == nil, group.divisions.contains(where: { $0.kind == .paragraph }) else { continue }
            units[part] = [
                Entry(
                    part: part, steps: [], eId: Document.supplementaryEId(position),
                    division: Division(kind: unitKind, children: group.divisions))
            ]
            bareParagraphParts.insert(part)
        }
        self.units = units
        unitPositions = units.mapValues { entries in
            var positions: [DivisionNumber: Int] = [:]
            for (position, entry) in entries.enumerated() {
                if let number = entry.steps.first?.number, positions[number] == nil { positions[number] = position }
            }
            return positions
        }
        self.groups = groups
    }

    /// Whether a part's provisions are paragraphs without articles.
    func hasBareParagraphs(_ part: DivisionContext.Part) -> Bool { bareParagraphParts.contains(part) }

    /// The amending act a group of supplementary provisions belongs to.
    func amendingLaw(of part: DivisionContext.Part) -> CitedLaw? { amendingLaws[part] }

    /// The articles of a part, in order.
    func units(in part: DivisionContext.Part) -> [Entry] { units[part] ?? [] }

    /// The position of the article numbered `number` in its part.
    func unitIndex(_ number: DivisionNumber, in part: DivisionContext.Part) -> Int? {
        unitPositions[part]?[number]
    }

    /// The provision `below` the article at `index` of `part` (nothing below: the article itself).
    func provision(unit index: Int, in part: DivisionContext.Part, below: [CitationStep]) -> Entry? {
        let articles = units(in: part)
        guard articles.indices.contains(index) else { return nil }
        var entry = articles[index]
        entry.soleParagraph = entry.division.children.count { $0.kind == .paragraph } == 1
        for step in below {
            guard
                let position = entry.division.children.firstIndex(where: {
                    $0.kind == step.kind && $0.number == step.number
                })
            else { return nil }
            entry = Entry(
                part: part, steps: entry.steps + [step],
                eId: EId(parent: entry.eId, kind: step.kind, number: step.number),
                division: entry.division.children[position], soleParagraph: entry.soleParagraph)
        }
        return entry
    }

    /// The grouping `offset` places from the one at `path` among its siblings (前章, 次節).
    func group(sibling path: [CitationStep], offset: Int) -> Entry? {
        let parent = Array(path.dropLast())
        let siblings = groups.keys.filter { $0.count == path.count && Array($0.dropLast()) == parent }
            .sorted { ($0.last?.number ?? DivisionNumber(0)) < ($1.last?.number ?? DivisionNumber(0)) }
        guard let position = siblings.firstIndex(of: path), siblings.indices.contains(position + offset) else {
            return nil
        }
        return groups[siblings[position + offset]]
    }

    /// The grouping at a path of the main provisions (第二章第一節).
    func group(_ steps: [CitationStep]) -> Entry? {
        if let exact = groups[steps] { return exact }
        // A path that leaves out levels above (第一節 of the only 第二章 …) is found by its last steps.
        let matches = groups.filter { $0.key.count >= steps.count && Array($0.key.suffix(steps.count)) == steps }
        return matches.count == 1 ? matches.first?.value : nil
    }

    /// Where a provision stands: its part, its article's position and the steps below the article.
    struct Place {
        var part: DivisionContext.Part
        var unit: Int
        var below: [CitationStep]
    }

    /// The place of every article and provision below one, by eId.
    func places(of resolved: ResolvedDocument) -> [String: Place] {
        var places: [String: Place] = [:]
        resolved.document.walkDivisions { division, context in
            let path = context.ancestors + [(division.kind, division.number)]
            guard let position = path.firstIndex(where: { $0.kind == unitKind }), let number = path[position].number,
                let unit = unitIndex(number, in: context.part)
            else { return }
            let below = path[(position + 1)...].compactMap { step in
                step.number.map { CitationStep(kind: step.kind, number: $0) }
            }
            places[context.eId.rawValue] = Place(part: context.part, unit: unit, below: Array(below))
        }
        return places
    }

    /// The absolute citation of every article and provision below one, by eId.
    func citations(of resolved: ResolvedDocument) -> [String: String] {
        places(of: resolved).compactMapValues { place in
            provision(unit: place.unit, in: place.part, below: place.below)?.citation
        }
    }

    /// The schedule numbered `number` (or the only one, for 別表 alone).
    func schedule(_ number: DivisionNumber?) -> Entry? {
        let found =
            number.map { number in schedules.first { $0.number == number } }
            ?? (schedules.count == 1 ? schedules.first : nil)
        guard let found else { return nil }
        return Entry(part: .body, steps: [], eId: found.eId, division: Division(kind: .article), name: found.name)
    }
}
