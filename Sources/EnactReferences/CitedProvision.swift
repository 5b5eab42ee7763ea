import EnactCore

/// A provision as a citation in running text names it, before it is resolved against a document: absolute
/// (第十条第二項, 附則第三条, 第二章第一節, 別表第一), relative to where the citation stands (前条, 前項第二号, 同条第三項),
/// or in another law (民法第九十条, 同法第三条).
public struct CitedProvision: Hashable, Sendable {
    /// Where the path starts.
    public enum Anchor: Hashable, Sendable {
        /// The main provisions (本則), or the supplementary provisions (附則第三条).
        case absolute(supplementary: Bool)
        /// The article `offset` articles away from the one the citation stands in (前条 −1, 次条 +1, 同条 0 is
        /// ``sameAsLast``).
        case article(offset: Int)
        /// The paragraph `offset` paragraphs away in the same article (前項 −1, 次項 +1), or this paragraph (0, for
        /// 第三号 written alone).
        case paragraph(offset: Int)
        /// The item `offset` items away in the same paragraph (前号 −1, 次号 +1).
        case item(offset: Int)
        /// The chapter, section … `offset` away from the one the citation stands in (前章 −1, 次節 +1).
        case group(DivisionKind, offset: Int)
        /// The article, paragraph or item cited last in the same text (同条, 同項, 同号).
        case sameAsLast(DivisionKind)
        /// A provision of another law, cited by its law number or as 同法.
        case external(CitedLaw)
    }

    public var anchor: Anchor
    /// The steps below the anchor, outermost first: 第二章 › 第一節, or 第十条 › 第二項 › 第三号.
    public var steps: [CitationStep]
    /// A schedule: 別表第一 (number 1), or 別表 alone (nil).
    public var schedule: DivisionNumber??

    public init(anchor: Anchor, steps: [CitationStep] = [], schedule: DivisionNumber?? = nil) {
        self.anchor = anchor
        self.steps = steps
        self.schedule = schedule
    }
}

/// Another law as a citation names it: by its title and law number (民法（明治二十九年法律第八十九号）), normalised to a
/// work identifier when the number is a statute's (`/akn/jp/act/1896/89`); or by its title alone (地方自治法第二条),
/// or by the number alone (the amending act whose supplementary provisions a consolidated text carries).
public struct CitedLaw: Hashable, Sendable {
    /// The title as written before the law number, when one could be told apart from the words before it.
    public var title: String?
    /// The law number as written: 明治二十九年法律第八十九号; nil when the title stands alone.
    public var number: String?
    /// `/akn/jp/act/1896/89` for a 法律; nil for other instruments (政令, 省令), whose identifiers Enact does not mint.
    public var work: String?

    public init(title: String?, number: String?) {
        self.title = title
        self.number = number
        self.work = number.flatMap(Self.work(ofNumber:))
    }

    /// The work identifier of a statute's number (明治二十九年法律第八十九号, 平成一一年一二月八日法律第一五一号).
    static func work(ofNumber number: String) -> String? {
        guard number.contains("法律第"), let (era, year) = JapaneseEra.ofLawNumber(number),
            let serial = number.components(separatedBy: "法律第").last.flatMap({ Numeral.kanji.parse($0.dropLast()) })
        else { return nil }
        return "/akn/jp/act/\(era.start.year + year - 1)/\(serial)"
    }

    /// How it is written: 民法（明治二十九年法律第八十九号）, 地方自治法, 平成一一年一二月八日法律第一五一号.
    var written: String {
        guard let number else { return title ?? "" }
        guard let title else { return number }
        return title + "（\(number)）"
    }
}

/// A reference found in running text: what is written, where in the text, and what it cites — one provision, or
/// the two ends of a range (第五条から第八条まで, 前三項).
public struct ScannedReference: Hashable, Sendable {
    /// The span in the text, in characters from its start.
    public var range: Range<Int>
    public var text: String
    public var from: CitedProvision
    /// The last provision of a range, when the reference names one.
    public var through: CitedProvision?
    /// The span of the citation of `from` alone, without the part of it named after it (ただし書, 各号) or the rest
    /// of a range; and that of `through`.
    public var citation: Range<Int>
    public var throughCitation: Range<Int>?
}
