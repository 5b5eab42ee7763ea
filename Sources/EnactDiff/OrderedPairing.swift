/// The order-keeping pairing of two lists — the divisions of one level of two versions, the paragraphs of two
/// versions of a provision: identical elements by a shortest edit script, then, inside each gap between them, the
/// pairs whose similarity sums highest, by dynamic programming over the gap.
///
/// `enact amend` pairs the divisions of each level with it (an amendment cannot say that a provision moved, so its
/// pairs keep their order), and the printed 新旧対照表 pairs the paragraphs of a changed provision with it.
public enum OrderedPairing {
    /// The largest gap (old elements × new elements) paired by similarity; a larger one is paired by
    /// `largeGap`.
    public static let maximumGapCells = 90_000

    /// The least similarity of a pair, and the bonus for the same number, in ``dice(_:_:)`` terms.
    public static let threshold = 0.45
    public static let sameNumberBonus = 0.2

    /// Pairs of old and new indices, ordered by the new index: elements with equal keys by a shortest edit
    /// script, then within each gap those that `score` (nil: never pair) rates highest in sum, in order. A gap
    /// larger than ``maximumGapCells`` is paired by `largeGap`, given the gap's old and new indices.
    public static func pairs<Key: Hashable>(
        old oldKeys: [Key], new newKeys: [Key], score: (Int, Int) -> Double?,
        largeGap: ([Int], [Int]) -> [(Int, Int)] = { _, _ in [] }
    ) -> [(old: Int, new: Int)] {
        var pairs: [(old: Int, new: Int)] = []
        var i = 0
        var j = 0
        var gapOld: [Int] = []
        var gapNew: [Int] = []
        func closeGap() {
            if !gapOld.isEmpty, !gapNew.isEmpty {
                let gap =
                    gapOld.count * gapNew.count <= maximumGapCells
                    ? pairGap(gapOld, gapNew, score: score) : largeGap(gapOld, gapNew)
                pairs += gap.map { (old: $0.0, new: $0.1) }
            }
            gapOld = []
            gapNew = []
        }
        for (operation, elements) in SequenceDiff.editScript(oldKeys, newKeys) {
            switch operation {
            case .equal:
                closeGap()
                for _ in elements {
                    pairs.append((i, j))
                    i += 1
                    j += 1
                }
            case .delete:
                gapOld += i..<(i + elements.count)
                i += elements.count
            case .insert:
                gapNew += j..<(j + elements.count)
                j += elements.count
            }
        }
        closeGap()
        return pairs.sorted { $0.new < $1.new }
    }

    /// The best order-keeping pairing of one gap, by dynamic programming.
    private static func pairGap(_ gapOld: [Int], _ gapNew: [Int], score: (Int, Int) -> Double?) -> [(Int, Int)] {
        let rows = gapOld.count
        let columns = gapNew.count
        var best = [[Double]](repeating: [Double](repeating: 0, count: columns + 1), count: rows + 1)
        for r in 1...rows {
            for c in 1...columns {
                var value = max(best[r - 1][c], best[r][c - 1])
                if let pair = score(gapOld[r - 1], gapNew[c - 1]) { value = max(value, best[r - 1][c - 1] + pair) }
                best[r][c] = value
            }
        }
        var pairs: [(Int, Int)] = []
        var r = rows
        var c = columns
        while r > 0, c > 0 {
            if best[r][c] == best[r - 1][c] {
                r -= 1
            } else if best[r][c] == best[r][c - 1] {
                c -= 1
            } else {
                pairs.append((gapOld[r - 1], gapNew[c - 1]))
                r -= 1
                c -= 1
            }
        }
        return pairs.reversed()
    }

    /// The share of words two texts have in common: the Dice coefficient of their word sets, or of their character
    /// pairs for text written without spaces (Japanese).
    public static func dice(_ a: String, _ b: String) -> Double {
        let x = words(a)
        let y = words(b)
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
    }

    private static func words(_ text: String) -> Set<String> {
        let spaced = text.split { $0.isWhitespace || $0.isPunctuation }
        guard spaced.count < 3 || text.unicodeScalars.contains(where: { $0.value >= 0x3000 }) else {
            return Set(spaced.map(String.init))
        }
        let characters = Array(text.filter { !$0.isWhitespace })
        return Set(zip(characters, characters.dropFirst()).map { String([$0, $1]) })
    }
}
