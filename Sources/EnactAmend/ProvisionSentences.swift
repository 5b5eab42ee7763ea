/// The sentences of a provision's text as 改め文 count them (前段, 後段, 本文, ただし書): each ends with 「。」 outside
/// parentheses and quotations, so that 「（…をいう。）」 and 「「…。」」 stay inside their sentence.
struct ProvisionSentences: Sendable {
    let sentences: [String]

    init(_ text: String) {
        var sentences: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            current.append(character)
            switch character {
            case "（", "「", "(": depth += 1
            case "）", "」", ")": depth = max(0, depth - 1)
            case "。" where depth == 0:
                sentences.append(current)
                current = ""
            default: break
            }
        }
        if !current.isEmpty { sentences.append(current) }
        self.sentences = sentences
    }

    var text: String { sentences.joined() }

    /// Where the sentences of `group` are; an empty range at the place they would go when there are none.
    func range(of group: SentenceGroup) -> Range<Int> {
        let proviso = sentences.firstIndex { $0.hasPrefix("ただし") }
        switch group {
        case .former: return 0..<min(1, sentences.count)
        case .latter: return min(1, sentences.count)..<sentences.count
        case .main: return 0..<(proviso ?? sentences.count)
        case .proviso: return proviso.map { $0..<($0 + 1) } ?? sentences.count..<sentences.count
        }
    }

    /// The character offsets of the sentences at `range` in ``text``.
    func characters(in range: Range<Int>) -> Range<Int> {
        let start = sentences[..<range.lowerBound].reduce(0) { $0 + $1.count }
        return start..<(start + sentences[range].reduce(0) { $0 + $1.count })
    }
}
