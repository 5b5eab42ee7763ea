import EnactCore
import EnactDiff

/// Counts of changes by kind, for summary lines and tables.
public struct DiffSummary: Sendable {
    public let counts: [(kind: DivisionChange.Kind, count: Int)]
    public let unchanged: Int

    public init(_ diff: DocumentDiff) {
        let summary = diff.summary
        counts = DivisionChange.Kind.allCases.compactMap { kind in summary[kind].map { (kind, $0) } }
        unchanged = diff.changes.count { $0.isUnchanged }
    }

    /// `old.enact → new.enact: 3 modified, 1 moved, 40 unchanged`.
    public func line(sides: DiffSides) -> String {
        let parts = counts.map { "\($0.count) \($0.kind.rawValue)" } + ["\(unchanged) unchanged"]
        return "\(sides.old) → \(sides.new): " + parts.joined(separator: ", ")
    }
}
