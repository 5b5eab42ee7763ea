import EnactCore
import EnactDiff
import Foundation

/// The differences for machines: a stable JSON change list (documented in docs/diff.md).
public struct DiffJSONReport: Sendable {
    public init() {}

    public func text(_ diff: DocumentDiff, sides: DiffSides) throws -> String {
        func division(_ division: AlignedDivision) -> [String: Any] {
            var object: [String: Any] = [
                "citation": division.citation, "eId": division.eId, "container": division.container,
            ]
            if let heading = division.heading { object["heading"] = heading }
            if let label = division.label { object["label"] = label }
            return object
        }
        let changes: [[String: Any]] = diff.differences.map { change in
            [
                "kinds": change.kinds.map(\.rawValue),
                "old": change.old.map(division),
                "new": change.new.map(division),
                "similarity": (change.similarity * 1000).rounded() / 1000,
                "segments": change.segments.map { ["op": $0.operation.rawValue, "text": $0.text] },
            ]
        }
        let summary = DiffSummary(diff)
        var counts: [String: Int] = Dictionary(
            uniqueKeysWithValues: summary.counts.map { ($0.kind.rawValue, $0.count) })
        counts["unchanged"] = summary.unchanged
        let object: [String: Any] = [
            "version": 1, "old": sides.old, "new": sides.new, "summary": counts, "changes": changes,
        ]
        let data = try JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
