extension AmendmentInstruction {
    /// The operation the instruction performs, in words (for `enact apply --explain`): 「replace “A” with “B” in
    /// 第三条第一項」.
    public var explanation: String {
        switch self {
        case .replaceText(let address, let old, let new):
            new.isEmpty ? "strike “\(old)” from \(address)" : "replace “\(old)” with “\(new)” in \(address)"
        case .insertText(let address, let anchor, let new): "insert “\(new)” after “\(anchor)” in \(address)"
        case .setHeading(let address, let heading?): "set the heading of \(address) to “\(heading)”"
        case .setHeading(let address, nil): "strike the heading of \(address)"
        case .replace(let address, let quoted): "replace \(address) with \(Self.describe(quoted))"
        case .strike(let address): "strike \(address)"
        case .redesignate(let address, let label): "renumber \(address) as \(label)"
        case .shift(let first, let last, let offset):
            "renumber \(first) through \(last) by \(offset > 0 ? "+" : "")\(offset)"
        case .insert(let point, let address, let quoted):
            switch point {
            case .after: "insert \(Self.describe(quoted)) after \(address ?? "the main provisions")"
            case .before: "insert \(Self.describe(quoted)) before \(address ?? "the main provisions")"
            case .atEnd: "add \(Self.describe(quoted)) at the end of \(address ?? "the main provisions")"
            }
        case .insertSupplementary(let after, _):
            "insert a group of supplementary provisions after \(after ?? "the main provisions")"
        case .setSentences(let address, let group, let adding, let quoted):
            "\(adding ? "add" : "replace") the \(group.rawValue) of \(address)\(Self.describeSentences(quoted))"
        case .strikeSentences(let address, let group): "strike the \(group.rawValue) of \(address)"
        case .attachContents(let quoted):
            "attach a 目次 of \(quoted.lines.count { $0 != Self.contentsAddress }) entries"
        }
    }

    private static func describe(_ quoted: QuotedStructure) -> String {
        guard let (count, kind) = quoted.summary else { return "the provisions quoted" }
        return "\(count) \(kind.rawValue)\(count == 1 ? "" : "s") quoted"
    }

    private static func describeSentences(_ quoted: QuotedStructure) -> String {
        let lines = quoted.lines
        guard let introduction = lines.firstIndex(where: { $0.contains("次の表") }), introduction + 1 < lines.count
        else { return "" }
        return " (with a table of \(lines.count - introduction - 1) cells)"
    }
}
