import EnactCore

/// The levels of a Japanese law from the top: 編 0, 章 1, 節 2, 款 3, 目 4, 条 5, 項 6, 号 7.
enum JapaneseLevels {
    static let order: [DivisionKind] = [.part, .chapter, .section, .subsection, .division, .article, .paragraph, .item]

    static func rank(_ kind: DivisionKind) -> Int { order.firstIndex(of: kind) ?? order.count }
}
