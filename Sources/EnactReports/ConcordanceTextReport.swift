import EnactCore
import EnactDiff

/// The concordance for a terminal: each reference provision with its counterparts, then the bill's provisions
/// without one.
public struct ConcordanceTextReport: Sendable {
    public init() {}

    public func text(_ concordance: Concordance, sides: DiffSides) -> String {
        var text = "\(sides.new) against \(sides.old); \(concordance.automaticMatchesNote)\n"
        for entry in concordance.entries {
            text += "\(entry.reference.citation) \(entry.reference.heading ?? "") (\(entry.identifier))\n"
            if entry.matches.isEmpty { text += "    no counterpart\n" }
            for match in entry.matches { text += "    \(match.description)\n" }
            for part in entry.uncovered { text += "    no counterpart for \(part.description)\n" }
        }
        if !concordance.unmatchedBill.isEmpty {
            text += "without a counterpart in \(sides.old):\n"
            for unit in concordance.unmatchedBill {
                text += "    \(unit.citation)\(unit.heading.map { " (\($0))" } ?? "")\n"
            }
        }
        return text
    }
}
