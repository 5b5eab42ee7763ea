/// The label a mistyped one most likely meant: the nearest by edit distance, when it is within a third of the
/// mistyped label's length (at least 2 edits).
enum NearestLabel {
    static func find(_ label: String, among labels: [String]) -> String? {
        let limit = max(2, label.count / 3)
        let scored = labels.map { ($0, distance(Array(label), Array($0))) }.filter { $0.1 <= limit }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// The Levenshtein distance of two strings.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
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
