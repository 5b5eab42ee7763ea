/// One level of a tradition's hierarchy: its kind, source keywords, role and number formats.
public struct Level: Hashable, Sendable {
    public enum Role: Hashable, Sendable {
        /// Groups units: 章, Chapter, Part.
        case grouping
        /// The basic unit that is cited on its own: 条, Article, section.
        case unit
        /// Below the unit: 項, 号, subsection, paragraph.
        case subunit
    }

    public var kind: DivisionKind
    public var role: Role
    /// The English keyword of source lines (`article`); the kind's raw value unless the tradition differs.
    public var keyword: String
    /// The Japanese keyword of source lines (`条`), in the Japanese tradition.
    public var japaneseKeyword: String?
    /// How the number is written in English text.
    public var english: NumberFormat
    /// How the number is written in Japanese text, in the Japanese tradition.
    public var japanese: NumberFormat?
    /// How a citation names this level inside a citation path (`paragraph (2)`, `第二項`, `(b)`).
    public var englishCitation: NumberFormat
    public var japaneseCitation: NumberFormat?
    /// Whether the heading is printed in brackets: （目的）, (Purpose).
    public var parenthesisedHeading: Bool

    public init(
        _ kind: DivisionKind, _ role: Role, keyword: String? = nil, japaneseKeyword: String? = nil,
        english: NumberFormat, japanese: NumberFormat? = nil, englishCitation: NumberFormat? = nil,
        japaneseCitation: NumberFormat? = nil, parenthesisedHeading: Bool = false
    ) {
        self.kind = kind
        self.role = role
        self.keyword = keyword ?? kind.rawValue
        self.japaneseKeyword = japaneseKeyword
        self.english = english
        self.japanese = japanese
        self.englishCitation = englishCitation ?? english
        self.japaneseCitation = japaneseCitation ?? japanese
        self.parenthesisedHeading = parenthesisedHeading
    }

    /// The designation format in the given wording.
    public func format(in wording: Wording) -> NumberFormat {
        wording.isJapanese ? (japanese ?? english) : english
    }

    /// The citation format in the given wording.
    public func citationFormat(in wording: Wording) -> NumberFormat {
        wording.isJapanese ? (japaneseCitation ?? englishCitation) : englishCitation
    }
}
