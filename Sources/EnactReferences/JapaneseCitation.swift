import EnactCore

/// Writes the absolute citation of a provision the Japanese way: 第十条の二第二項第三号, 附則第三条, 第二章第一節; the
/// sole paragraph of an article is not cited (第二条第一号).
enum JapaneseCitation {
    static func absolute(part: DivisionContext.Part, steps: [CitationStep], soleParagraph: Bool) -> String {
        let path = self.path(steps, soleParagraph: soleParagraph)
        if case .supplementary = part { return "附則" + path }
        return path
    }

    static func path(_ steps: [CitationStep], soleParagraph: Bool) -> String {
        steps.enumerated().compactMap { index, step -> String? in
            if soleParagraph, step.kind == .paragraph, index > 0 { return nil }
            let branches = step.number.branches.map { "の" + kanji($0) }.joined()
            switch step.kind {
            case .subitem: return (Numeral.iroha.format(step.number.main) ?? "") + branches
            case .subitem2: return "（" + (Numeral.fullWidthArabic.format(step.number.main) ?? "") + "）"
            case .subitem3: return "（" + (Numeral.romanLower.format(step.number.main) ?? "") + "）"
            default: return "第" + kanji(step.number.main) + unit(step.kind) + branches
            }
        }.joined()
    }

    private static func kanji(_ value: Int) -> String { Numeral.kanji.format(value) ?? String(value) }

    private static func unit(_ kind: DivisionKind) -> String {
        switch kind {
        case .part: "編"
        case .chapter: "章"
        case .section: "節"
        case .subsection: "款"
        case .division: "目"
        case .paragraph: "項"
        case .item: "号"
        default: "条"
        }
    }
}
