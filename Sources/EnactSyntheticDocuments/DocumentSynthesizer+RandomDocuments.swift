import EnactCore

/// Random documents that the source format can express, for round-trip property tests: every tradition, explicit
/// and automatic numbers with branches, headings, labels, annotations, comments, repealed divisions, every inline
/// kind with characters that need escaping, preambles, supplementary provisions and schedules.
extension DocumentSynthesizer {
    /// A random document.
    public mutating func document() -> Document {
        let choice = Int.random(in: 0..<5, using: &random)
        let (jurisdiction, language, tradition): (String, String, TraditionID) = [
            ("JP", "ja", .jp), ("JP", "en", .jp), ("US", "en", .us), ("AU", "en-AU", .au), ("KR", "en", .kr),
        ][choice]
        let japanese = language == "ja"
        var metadata = Metadata(
            title: pick([
                "Act on Exchanges", "台湾との交流に関する法律案", "An Act: to test \"quotes\" # and more", "2026 Appropriations",
            ]),
            kind: pick(DocumentKind.allCases), jurisdiction: jurisdiction, language: language,
            work: WorkIdentifier(
                "/akn/\(jurisdiction.lowercased())/bill/2026/generated-\(Int.random(in: 1...99, using: &random))"))
        if chance(0.5) { metadata.shortTitle = pick(["Exchanges Act", "交流法", "yes", "17.0"]) }
        if chance(0.3) { metadata.tradition = tradition }
        if chance(0.5) { metadata.session = pick(["第二百二十回国会", "119th Congress", "- dashed"]) }
        if chance(0.5) { metadata.dates.drafted = LegalDate(year: 2026, month: 11, day: 26) }
        if chance(0.3) { metadata.dates.effective = LegalDate(year: 2027, month: 4, day: 1) }
        if chance(0.4) { metadata.sponsors = ["Rep. Example", "議員 甲"] }
        if chance(0.5) { metadata.status = pick(DocumentStatus.allCases) }
        if chance(0.3) { metadata.dictionary = "17.0" }
        if chance(0.3) { metadata.number = "H.R. 2479" }
        let rules = Tradition.named(tradition)
        var document = Document(metadata: metadata)
        if chance(0.3) { document.enactingFormula = text(japanese) }
        if chance(0.3) { document.preamble = (0..<Int.random(in: 1...3, using: &random)).map { _ in text(japanese) } }
        document.body = divisions(rules, parentRank: nil, depth: 0, japanese: japanese)
        if chance(0.6) {
            var group = SupplementaryProvisions(heading: chance(0.3) ? "(Act No. 5 of 2027)" : nil)
            group.divisions = (0..<Int.random(in: 1...2, using: &random)).map { _ in
                unit(rules, japanese: japanese)
            }
            document.supplementaryProvisions = [group]
        }
        if chance(0.3) {
            document.schedules = [
                Schedule(
                    numbering: chance(0.5) ? .explicit : .automatic, number: DivisionNumber(1),
                    heading: pick(["Organisations", "2026 Offices"]),
                    label: nextLabel(), lines: [text(japanese), text(japanese)])
            ]
            if document.schedules[0].numbering == .automatic { document.schedules[0].number = nil }
        }
        if chance(0.2) { document.trailingComments = ["end of draft"] }
        if chance(0.2) { document.frontMatterComments = ["Drafted by the Foreign Affairs team", ""] }
        return document
    }

    /// A random document that `enact check` accepts: automatic numbers only, one definition per term,
    /// references only to labels that exist, uses only of defined terms, and a date.
    public mutating func validDocument() -> Document {
        var document = self.document()
        if document.metadata.dates.isEmpty {
            document.metadata.dates.drafted = LegalDate(year: 2026, month: 11, day: 26)
        }
        var labels: [String] = []
        document.forEachDivision { if let label = $0.label { labels.append(label) } }
        var defined: Set<String> = []
        var used: Set<String> = []
        func clean(_ inlines: [Inline]) -> [Inline] {
            inlines.map { inline in
                switch inline {
                case .reference(let reference):
                    if case .label(let label) = reference.target, !labels.contains(label) {
                        return labels.first.map { .reference(CrossReference(target: .label($0))) } ?? .text("this Act")
                    }
                    return inline
                case .definition(let definition):
                    return defined.insert(definition.term.lowercased()).inserted ? inline : .text(definition.term)
                case .termUse(let use):
                    guard defined.contains(use.term.lowercased()) else { return .text(use.shownText) }
                    used.insert(use.term.lowercased())
                    return inline
                default:
                    return inline
                }
            }
        }
        func cleaned(_ division: Division) -> Division {
            var division = division
            division.numbering = .automatic
            division.number = nil
            division.content = clean(division.content)
            division.children = division.children.map(cleaned)
            return division
        }
        document.preamble = document.preamble.map(clean)
        document.enactingFormula = document.enactingFormula.map(clean)
        document.body = document.body.map(cleaned)
        for index in document.supplementaryProvisions.indices {
            document.supplementaryProvisions[index].divisions = document.supplementaryProvisions[index].divisions.map(
                cleaned)
        }
        for index in document.schedules.indices {
            document.schedules[index].lines = document.schedules[index].lines.map(clean)
        }
        return document
    }

    /// A valid document (``validDocument()``) in the Japanese tradition, for a test over seeds that is about
    /// Japanese documents: the first one generated from `seed`, `seed + 1000`, `seed + 2000`, … (about two seeds in
    /// five give one), so that each seed below 1000 gets a document of its own; nil when none of the first
    /// `attempts` does.
    public static func validJapaneseDocument(seed: UInt64, attempts: UInt64 = 64) -> Document? {
        for attempt in 0..<attempts {
            var synthesizer = DocumentSynthesizer(seed: seed &+ attempt &* 1000)
            let document = synthesizer.validDocument()
            if document.tradition.id == .jp { return document }
        }
        return nil
    }

    // MARK: Divisions

    private mutating func divisions(_ tradition: Tradition, parentRank: Int?, depth: Int, japanese: Bool) -> [Division]
    {
        let levels = tradition.levels
        let groupings = levels.enumerated().filter { $0.element.role == .grouping && $0.offset > (parentRank ?? -1) }
        if depth < 2, let grouping = groupings.first, chance(0.6) {
            return (0..<Int.random(in: 1...2, using: &random)).map { _ in
                var division = Division(kind: grouping.element.kind)
                number(&division, japanese: japanese)
                division.heading = pick([
                    "General Provisions", "Economic Cooperation", "総則", "Security (Maritime)", "2025 Expo",
                    "MIX Provisions", "\\Backslash", "A New Start", "２０２５年",
                ])
                if chance(0.3) { division.label = nextLabel() }
                division.children = divisions(
                    tradition, parentRank: grouping.offset, depth: depth + 1, japanese: japanese)
                return division
            }
        }
        return (0..<Int.random(in: 1...3, using: &random)).map { _ in unit(tradition, japanese: japanese) }
    }

    private mutating func unit(_ tradition: Tradition, japanese: Bool) -> Division {
        var division = Division(kind: tradition.unitKind)
        number(&division, japanese: japanese)
        if chance(0.7) {
            division.heading = pick(["Purpose", "Definitions", "目的", "Report to the Diet", "2025", "IV", "c"])
        }
        if chance(0.5) { division.label = nextLabel() }
        if chance(0.3) { division.annotations.append(.note(pick(["Mirrors TRA section 6.", "米国法第六条に相当"]))) }
        if chance(0.3) {
            division.annotations.append(.correspondsTo("/us/usc/t22/s330\(Int.random(in: 1...9, using: &random))"))
        }
        if chance(0.2) { division.comments = [pick(["check the numbering before introduction", "検討中", ""])] }
        if chance(0.1) {
            division.isRepealed = true
            return division
        }
        let subunitRank = tradition.rank(of: tradition.unitKind).map { $0 + 1 }
        if tradition.articlesHaveParagraphs {
            division.children = subunits(
                tradition, rank: subunitRank, count: Int.random(in: 1...3, using: &random), japanese: japanese)
        } else {
            division.content = text(japanese)
            if chance(0.5) {
                division.children = subunits(
                    tradition, rank: subunitRank, count: Int.random(in: 1...3, using: &random), japanese: japanese)
            }
        }
        return division
    }

    private mutating func subunits(_ tradition: Tradition, rank: Int?, count: Int, japanese: Bool) -> [Division] {
        guard let rank, rank < tradition.levels.count else { return [] }
        let kind = tradition.levels[rank].kind
        return (0..<count).map { index in
            var division = Division(kind: kind)
            number(&division, japanese: japanese, branches: false)
            let isFirstParagraph = index == 0 && tradition.articlesHaveParagraphs && kind == tradition.firstSubunitKind
            if chance(0.2) && !isFirstParagraph { division.label = nextLabel() }
            if chance(0.1) && isFirstParagraph { division.label = nextLabel() }
            division.content = text(japanese)
            if chance(0.3), rank + 1 < tradition.levels.count {
                division.children = subunits(
                    tradition, rank: rank + 1, count: Int.random(in: 1...2, using: &random), japanese: japanese)
            }
            return division
        }
    }

    private mutating func number(_ division: inout Division, japanese: Bool, branches: Bool = true) {
        guard chance(0.3) else { return }
        division.numbering = .explicit
        let main = Int.random(in: 1...30, using: &random)
        division.number =
            branches && chance(0.2)
            ? DivisionNumber([main, Int.random(in: 1...3, using: &random)]) : DivisionNumber(main)
    }

    // MARK: Text

    private mutating func text(_ japanese: Bool) -> [Inline] {
        var inlines: [Inline] = []
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            switch Int.random(in: 0..<9, using: &random) {
            case 0:
                inlines.append(.reference(CrossReference(target: .label("x\(Int.random(in: 1...5, using: &random))"))))
            case 1:
                inlines.append(
                    .reference(CrossReference(target: .external("/us/usc/t22/s3301"), text: "section 2 {of} the Act")))
            case 2: inlines.append(.definition(TermDefinition(term: pick(["Taiwan", "協会", "the Association"]))))
            case 3: inlines.append(.termUse(TermUse(term: "Taiwan", text: chance(0.5) ? "Taiwan's" : nil)))
            case 4: inlines.append(.emphasis("not"))
            case 5:
                if let date = LegalDate(year: 1979, month: 4, day: 10) {
                    inlines.append(.date(DateMention(date: date, text: chance(0.5) ? "April 10, 1979" : nil)))
                }
            default:
                inlines.append(
                    .text(
                        pick(
                            japanese
                                ? ["この法律は、", "台湾との交流を推進する。", "第三条{括弧}の規定", "（以下「協会」という。）"]
                                : [
                                    "The purpose of this Act is ", "to promote exchanges | cooperation ",
                                    "with braces {like this} and \\ backslash ", "; and ",
                                ])))
            }
        }
        if chance(0.1) { inlines.insert(.text(pick(["@ sign first ", "// slashes first "])), at: 0) }
        return normalised(inlines)
    }

    /// Merges adjacent text and trims the ends, as the reader produces them.
    private func normalised(_ inlines: [Inline]) -> [Inline] {
        var merged: [Inline] = []
        for inline in inlines {
            if case .text(let next) = inline, case .text(let previous)? = merged.last {
                merged[merged.count - 1] = .text(previous + next)
            } else {
                merged.append(inline)
            }
        }
        if case .text(let first)? = merged.first {
            let trimmed = String(first.drop { $0 == " " })
            if trimmed.isEmpty { merged.removeFirst() } else { merged[0] = .text(trimmed) }
        }
        if case .text(let last)? = merged.last {
            var trimmed = last
            while trimmed.last == " " { trimmed.removeLast() }
            if trimmed.isEmpty { merged.removeLast() } else { merged[merged.count - 1] = .text(trimmed) }
        }
        return merged.isEmpty ? [.text("Text.")] : merged
    }
}
