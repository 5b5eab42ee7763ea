import EnactCore
import EnactRendering
import Foundation

extension Concordance.Match {
    /// `第一条（目的） [declared]`, `Article 3 (Basic Principles) [automatic 0.31]`.
    public var description: String {
        let heading = bill.heading.map { " (\($0))" } ?? ""
        let how = isDeclared ? "declared" : String(format: "automatic %.2f", score)
        return "\(bill.citation)\(heading) [\(how)]"
    }
}

/// The concordance for a terminal: each reference provision with its counterparts, then the bill's provisions
/// without one.
public struct ConcordanceTextReport: Sendable {
    public init() {}

    public func text(_ concordance: Concordance, sides: DiffSides) -> String {
        var text = "\(sides.new) against \(sides.old)\n"
        for entry in concordance.entries {
            text += "\(entry.reference.citation) \(entry.reference.heading ?? "") (\(entry.identifier))\n"
            if entry.matches.isEmpty { text += "    no counterpart\n" }
            for match in entry.matches { text += "    \(match.description)\n" }
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

/// The concordance as a Markdown table.
public struct ConcordanceMarkdownReport: Sendable {
    public init() {}

    public func text(_ concordance: Concordance, sides: DiffSides) -> String {
        var text = "<!-- \(GeneratedMarker.text) compare -->\n# Concordance of \(sides.new) with \(sides.old)\n\n"
        text += "| \(sides.old) | Counterparts in \(sides.new) |\n|---|---|\n"
        for entry in concordance.entries {
            let counterparts =
                entry.matches.isEmpty
                ? "*no counterpart*"
                : entry.matches.map { MarkdownEscaping.text($0.description) }.joined(separator: "<br>")
            let reference = MarkdownEscaping.text("\(entry.reference.citation) \(entry.reference.heading ?? "")")
            text += "| \(reference) | \(counterparts) |\n"
        }
        if !concordance.unmatchedBill.isEmpty {
            text +=
                "\nWithout a counterpart: "
                + MarkdownEscaping.text(concordance.unmatchedBill.map(\.citation).joined(separator: ", ")) + "\n"
        }
        return text
    }
}

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
            ]
        }
        let object: [String: Any] = [
            "version": 1, "bill": sides.new, "reference": sides.old, "entries": entries,
            "unmatched": concordance.unmatchedBill.map(\.citation),
        ]
        let data = try JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
