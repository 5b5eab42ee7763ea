import EnactCore
import EnactDiff
import Foundation

/// The concordance for machines.
public struct ConcordanceJSONReport: Sendable {
    public init() {}

    public func text(_ concordance: Concordance, sides: DiffSides) throws -> String {
        let entries: [[String: Any]] = concordance.entries.map { entry in
            [
                "reference": [
                    "citation": entry.reference.citation, "heading": entry.reference.heading ?? "",
                    "identifier": entry.identifier,
                ],
                "matches": entry.matches.map { match in
                    [
                        "citation": match.bill.citation, "heading": match.bill.heading ?? "", "eId": match.bill.eId,
                        "declared": match.isDeclared, "score": (match.score * 1000).rounded() / 1000,
                        "targets": match.targets,
                    ] as [String: Any]
                },
                "uncovered": entry.uncovered.map { part in
                    ["identifier": part.identifier, "designation": part.designation, "heading": part.heading ?? ""]
                },
            ]
        }
        let object: [String: Any] = [
            "version": 1, "bill": sides.new, "reference": sides.old, "entries": entries,
            "minimumScore": concordance.minimumScore,
            "unmatched": concordance.unmatchedBill.map(\.citation),
        ]
        let data = try JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
