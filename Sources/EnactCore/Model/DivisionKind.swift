/// The kind of a hierarchical division of a legislative text.
///
/// Kinds are data, not a type per level: one case per element name that Akoma Ntoso, USLM or Japan's
/// standard law XML use. Which kinds a document may use, and how they nest and print, is decided by its
/// ``Tradition``: in the Japanese tradition `.section` is a 節 (a group of articles), in the US tradition
/// it is the basic unit of an Act.
///
/// Japanese kinds: 編 `.part`, 章 `.chapter`, 節 `.section`, 款 `.subsection`, 目 `.division`,
/// 条 `.article`, 項 `.paragraph`, 号 `.item`, 号の細分 イ `.subitem`, (1) `.subitem2`, (i) `.subitem3`.
public enum DivisionKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case title
    case subtitle
    case part
    case subpart
    case chapter
    case subchapter
    case division
    case subdivision
    case section
    case article
    case subsection
    case paragraph
    case subparagraph
    case subsubparagraph = "sub-subparagraph"
    case clause
    case subclause
    case item
    case subitem
    case subitem2
    case subitem3
    case point

    /// The Akoma Ntoso element for this kind. AKN has no item levels, so 号 and its subdivisions (and US
    /// items) are `point`s, and the Australian sub-subparagraph is a generic `level`.
    public var akomaNtosoElement: String {
        switch self {
        case .item, .subitem, .subitem2, .subitem3: "point"
        case .subsubparagraph: "level"
        default: rawValue
        }
    }

    /// The prefix of this kind in an Akoma Ntoso `eId`: the naming convention's abbreviation of its element.
    public var eIdPrefix: String {
        switch akomaNtosoElement {
        case "chapter": "chp"
        case "subchapter": "subchp"
        case "division": "dvs"
        case "subdivision": "subdvs"
        case "section": "sec"
        case "article": "art"
        case "subsection": "subsec"
        case "paragraph": "para"
        case "subparagraph": "subpara"
        case let element: element
        }
    }

    /// The element name in Japan's standard law XML (`Article`, `Subitem1` …), where the kind exists there.
    public var japaneseLawElement: String? {
        switch self {
        case .part: "Part"
        case .chapter: "Chapter"
        case .section: "Section"
        case .subsection: "Subsection"
        case .division: "Division"
        case .article: "Article"
        case .paragraph: "Paragraph"
        case .item: "Item"
        case .subitem: "Subitem1"
        case .subitem2: "Subitem2"
        case .subitem3: "Subitem3"
        default: nil
        }
    }

    public static func < (lhs: DivisionKind, rhs: DivisionKind) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// The position of the kind in ``allCases``, for table lookups.
    public var ordinal: Int {
        switch self {
        case .title: 0
        case .subtitle: 1
        case .part: 2
        case .subpart: 3
        case .chapter: 4
        case .subchapter: 5
        case .division: 6
        case .subdivision: 7
        case .section: 8
        case .article: 9
        case .subsection: 10
        case .paragraph: 11
        case .subparagraph: 12
        case .subsubparagraph: 13
        case .clause: 14
        case .subclause: 15
        case .item: 16
        case .subitem: 17
        case .subitem2: 18
        case .subitem3: 19
        case .point: 20
        }
    }
}
