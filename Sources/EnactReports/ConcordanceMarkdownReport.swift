import EnactCore
import EnactDiff
import EnactRendering

/// The concordance as a Markdown table.
public struct ConcordanceMarkdownReport: Sendable {
    public init() {}

    public func text(_ concordance: Concordance, sides: DiffSides) -> String {
        var text = "<!-- \(GeneratedMarker.text) compare -->\n# Concordance of \(sides.new) with \(sides.old)\n\n"
        text +=
            MarkdownEscaping.text(
                concordance.automaticMatchesNote.prefix(1).uppercased() + concordance.automaticMatchesNote.dropFirst())
            + ".\n\n"
        text += "| \(sides.old) | Counterparts in \(sides.new) |\n|---|---|\n"
        for entry in concordance.entries {
            let lines =
                (entry.matches.isEmpty
                    ? ["*no counterpart*"] : entry.matches.map { MarkdownEscaping.text($0.description) })
                + entry.uncovered.map { "*no counterpart for* " + MarkdownEscaping.text($0.description) }
            let counterparts = lines.joined(separator: "<br>")
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
