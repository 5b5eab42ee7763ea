import EnactCore

/// The label a mistyped one most likely meant: the nearest by edit distance, when it is within a third of the
/// mistyped label's length (at least 2 edits).
enum NearestLabel {
    static func find(_ label: String, among labels: [String]) -> String? {
        let limit = max(2, label.count / 3)
        let scored = labels.map { ($0, EditDistance.between(label, $0)) }.filter { $0.1 <= limit }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }
}
