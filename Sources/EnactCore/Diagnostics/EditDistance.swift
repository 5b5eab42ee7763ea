/// How far apart two strings are, for the "did you mean" of a diagnostic: the nearest address to one that names
/// nothing, the nearest label to a dangling reference.
public enum EditDistance {
    /// The Levenshtein distance of two strings: the fewest characters inserted, deleted or replaced to turn one
    /// into the other.
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
