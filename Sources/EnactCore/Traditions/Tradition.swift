/// A drafting tradition: the levels of its hierarchy in rank order, how they nest, and how numbers print.
///
/// ```
/// jp   編 > 章 > 節 > 款 > 目 > 条 > 項 > 号 > イ > （１） > （ｉ）
/// us   title > subtitle > chapter > subchapter > part > subpart > division > section > (a) > (1) > (A) > (i) > (I) > (aa) > (AA)
/// au   Chapter > Part > Division > Subdivision > section > (1) > (a) > (i) > (A)
/// kr   PART > CHAPTER > SECTION > Sub-Section > Article > (1) > 1. > (a)
/// akn  part > chapter > section > article > paragraph > subparagraph > point
/// ```
public struct Tradition: Hashable, Sendable {
    public let id: TraditionID
    /// The levels, outermost first.
    public let levels: [Level]
    /// Whether an article always consists of paragraphs, the first of which carries no number in print
    /// (Japan, Korea): text written right after an article line is its first paragraph.
    public let articlesHaveParagraphs: Bool
    /// Whether each sub-unit sits directly under the level above it (号 only under 項), or may skip levels
    /// (a US section may hold paragraphs without subsections).
    public let subunitsAreStrict: Bool
    /// The basic unit (条, section): the level citations start from.
    public let unitKind: DivisionKind
    /// The first level below the unit (項, subsection).
    public let firstSubunitKind: DivisionKind?
    /// The rank of each kind by ``DivisionKind/ordinal``; -1 where the tradition does not use the kind.
    private let ranks: [Int]

    init(id: TraditionID, levels: [Level], articlesHaveParagraphs: Bool, subunitsAreStrict: Bool) {
        self.id = id
        self.levels = levels
        self.articlesHaveParagraphs = articlesHaveParagraphs
        self.subunitsAreStrict = subunitsAreStrict
        unitKind = levels.first { $0.role == .unit }?.kind ?? .article
        firstSubunitKind = levels.first { $0.role == .subunit }?.kind
        var ranks = Array(repeating: -1, count: DivisionKind.allCases.count)
        for (rank, level) in levels.enumerated() { ranks[level.kind.ordinal] = rank }
        self.ranks = ranks
    }

    /// The tradition for a document's metadata: its explicit tradition, or the jurisdiction's.
    public static func `for`(_ metadata: Metadata) -> Tradition {
        named(metadata.tradition ?? TraditionID.forJurisdiction(metadata.jurisdiction))
    }

    public static func named(_ id: TraditionID) -> Tradition {
        switch id {
        case .jp: .japan
        case .us: .unitedStates
        case .au: .australia
        case .kr: .korea
        case .akn: .akomaNtoso
        }
    }

    public func level(of kind: DivisionKind) -> Level? {
        rank(of: kind).map { levels[$0] }
    }

    /// The position of a kind in the hierarchy (0 is outermost); nil when the tradition does not use it.
    public func rank(of kind: DivisionKind) -> Int? {
        let rank = ranks[kind.ordinal]
        return rank < 0 ? nil : rank
    }

    /// The role of a kind in this tradition; nil when the tradition does not use it.
    public func role(of kind: DivisionKind) -> Level.Role? {
        rank(of: kind).map { levels[$0].role }
    }

    /// The kind a source keyword names (`article`, `条`), in this tradition.
    public func kind(forKeyword keyword: Substring) -> DivisionKind? {
        let keyword = String(keyword)
        return levels.first { $0.keyword == keyword || $0.japaneseKeyword == keyword }?.kind
    }

    /// Whether a division of kind `child` may sit directly under `parent` (nil: at the top of the body,
    /// of a group of supplementary provisions).
    public func allows(_ child: DivisionKind, under parent: DivisionKind?) -> Bool {
        guard let childRank = rank(of: child) else { return false }
        let childRole = levels[childRank].role
        guard let parent else { return childRole != .subunit || child == firstSubunitKind }
        guard let parentRank = rank(of: parent), parentRank < childRank else { return false }
        let parentRole = levels[parentRank].role
        switch childRole {
        case .grouping, .unit:
            return parentRole == .grouping
        case .subunit:
            guard parentRole != .grouping else { return false }
            return !subunitsAreStrict || parentRank == childRank - 1
        }
    }
}

// MARK: - The traditions

extension Tradition {
    private static func word(_ word: String, _ numeral: Numeral, branches: NumberFormat.BranchStyle = .hyphen)
        -> NumberFormat
    {
        NumberFormat(word: word, numeral: numeral, branches: branches)
    }

    private static func bracketed(_ numeral: Numeral, offset: Int = 0) -> NumberFormat {
        NumberFormat(open: "(", close: ")", numeral: numeral, offset: offset)
    }

    private static func japaneseGroup(_ sign: String) -> NumberFormat {
        NumberFormat(open: "第", close: sign, numeral: .kanji, branches: .japanese)
    }

    static let japan = Tradition(
        id: .jp,
        levels: [
            Level(
                .part, .grouping, japaneseKeyword: "編", english: word("Part", .romanUpper), japanese: japaneseGroup("編")
            ),
            Level(
                .chapter, .grouping, japaneseKeyword: "章", english: word("Chapter", .romanUpper),
                japanese: japaneseGroup("章")),
            Level(
                .section, .grouping, japaneseKeyword: "節", english: word("Section", .arabic),
                japanese: japaneseGroup("節")),
            Level(
                .subsection, .grouping, japaneseKeyword: "款", english: word("Subsection", .arabic),
                japanese: japaneseGroup("款")),
            Level(
                .division, .grouping, japaneseKeyword: "目", english: word("Division", .arabic),
                japanese: japaneseGroup("目")),
            Level(
                .article, .unit, japaneseKeyword: "条", english: word("Article", .arabic), japanese: japaneseGroup("条"),
                parenthesisedHeading: true),
            Level(
                .paragraph, .subunit, japaneseKeyword: "項", english: bracketed(.arabic),
                japanese: NumberFormat(numeral: .arabic, fullWidth: true),
                englishCitation: word("paragraph", .arabic).bracketed,
                japaneseCitation: NumberFormat(open: "第", close: "項", numeral: .kanji, branches: .japanese)),
            Level(
                .item, .subunit, japaneseKeyword: "号", english: bracketed(.romanLower),
                japanese: NumberFormat(numeral: .kanji, branches: .japanese),
                englishCitation: word("item", .romanLower).bracketed,
                japaneseCitation: NumberFormat(open: "第", close: "号", numeral: .kanji, branches: .japanese)),
            Level(
                .subitem, .subunit, japaneseKeyword: "号の細分", english: bracketed(.letterLower),
                japanese: NumberFormat(numeral: .iroha, branches: .japanese)),
            Level(
                .subitem2, .subunit, japaneseKeyword: "号の細分の細分", english: bracketed(.arabic),
                japanese: NumberFormat(open: "（", close: "）", numeral: .arabic, fullWidth: true)),
            Level(
                .subitem3, .subunit, japaneseKeyword: "号の細分の細分の細分", english: bracketed(.romanLower),
                japanese: NumberFormat(open: "（", close: "）", numeral: .romanLower, fullWidth: true)),
        ],
        articlesHaveParagraphs: true,
        subunitsAreStrict: true)

    static let unitedStates = Tradition(
        id: .us,
        levels: [
            Level(.title, .grouping, english: word("TITLE", .romanUpper)),
            Level(.subtitle, .grouping, english: word("Subtitle", .letterUpper)),
            Level(.chapter, .grouping, english: word("CHAPTER", .arabic)),
            Level(.subchapter, .grouping, english: word("SUBCHAPTER", .romanUpper)),
            Level(.part, .grouping, english: word("PART", .romanUpper)),
            Level(.subpart, .grouping, english: word("Subpart", .arabic)),
            Level(.division, .grouping, english: word("DIVISION", .letterUpper)),
            Level(
                .section, .unit, english: NumberFormat(word: "SEC.", close: ".", numeral: .arabic, branches: .letter),
                englishCitation: word("section", .arabic, branches: .letter)),
            Level(.subsection, .subunit, english: bracketed(.letterLower)),
            Level(.paragraph, .subunit, english: bracketed(.arabic)),
            Level(.subparagraph, .subunit, english: bracketed(.letterUpper)),
            Level(.clause, .subunit, english: bracketed(.romanLower)),
            Level(.subclause, .subunit, english: bracketed(.romanUpper)),
            Level(.item, .subunit, english: bracketed(.letterLower, offset: 26)),
            Level(.subitem, .subunit, english: bracketed(.letterUpper, offset: 26)),
        ],
        articlesHaveParagraphs: false,
        subunitsAreStrict: false)

    static let australia = Tradition(
        id: .au,
        levels: [
            Level(.chapter, .grouping, english: word("Chapter", .arabic)),
            Level(.part, .grouping, english: word("Part", .arabic)),
            Level(.division, .grouping, english: word("Division", .arabic)),
            Level(.subdivision, .grouping, english: word("Subdivision", .letterUpper)),
            Level(
                .section, .unit, english: NumberFormat(numeral: .arabic, branches: .letter),
                englishCitation: word("section", .arabic, branches: .letter)),
            Level(.subsection, .subunit, english: bracketed(.arabic)),
            Level(.paragraph, .subunit, english: bracketed(.letterLower)),
            Level(.subparagraph, .subunit, english: bracketed(.romanLower)),
            Level(.subsubparagraph, .subunit, english: bracketed(.letterUpper)),
        ],
        articlesHaveParagraphs: false,
        subunitsAreStrict: false)

    static let korea = Tradition(
        id: .kr,
        levels: [
            Level(.part, .grouping, english: word("PART", .romanUpper)),
            Level(.chapter, .grouping, english: word("CHAPTER", .romanUpper)),
            Level(.section, .grouping, english: word("SECTION", .arabic)),
            Level(.subsection, .grouping, english: word("Sub-Section", .arabic)),
            Level(.article, .unit, english: word("Article", .arabic), parenthesisedHeading: true),
            Level(.paragraph, .subunit, english: bracketed(.arabic)),
            Level(
                .subparagraph, .subunit, english: NumberFormat(close: ".", numeral: .arabic),
                englishCitation: NumberFormat(numeral: .arabic)),
            Level(
                .item, .subunit, english: bracketed(.letterLower), englishCitation: NumberFormat(numeral: .letterLower)),
        ],
        articlesHaveParagraphs: true,
        subunitsAreStrict: true)

    static let akomaNtoso = Tradition(
        id: .akn,
        levels: [
            Level(.part, .grouping, english: word("Part", .romanUpper)),
            Level(.chapter, .grouping, english: word("Chapter", .romanUpper)),
            Level(.section, .grouping, english: word("Section", .arabic)),
            Level(.article, .unit, english: word("Article", .arabic)),
            Level(.paragraph, .subunit, english: bracketed(.arabic)),
            Level(.subparagraph, .subunit, english: bracketed(.letterLower)),
            Level(.point, .subunit, english: bracketed(.romanLower)),
        ],
        articlesHaveParagraphs: false,
        subunitsAreStrict: false)
}

extension NumberFormat {
    /// The same format with the numeral in brackets after the word: `paragraph (2)`.
    var bracketed: NumberFormat {
        var copy = self
        copy.open = "("
        copy.close = ")"
        return copy
    }
}

// MARK: - Designations and citations

extension Tradition {
    /// The designation of a division: `第三条`, `Article 3`, `SEC. 3.`, `(a)`; the kind and number when the
    /// tradition does not use the kind.
    public func designation(of kind: DivisionKind, number: DivisionNumber, in wording: Wording) -> String {
        guard let level = level(of: kind) else { return "\(kind.rawValue) \(number)" }
        return level.format(in: wording).label(number)
    }

    /// How the parts of a citation path are joined: 第三条第二項, `Article 3, paragraph (2)`, `section 3(b)`.
    public func citationSeparator(in wording: Wording) -> String {
        switch id {
        case .jp: wording.isJapanese ? "" : ", "
        case .kr: " "
        case .us, .au, .akn: ""
        }
    }

    /// How a citation names one step of a path (`第二項`, `paragraph (2)`, `(b)`).
    public func citationDesignation(of kind: DivisionKind, number: DivisionNumber, in wording: Wording) -> String {
        guard let level = level(of: kind) else { return "\(kind.rawValue) \(number)" }
        return level.citationFormat(in: wording).label(number)
    }
}
