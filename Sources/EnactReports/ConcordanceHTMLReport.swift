import EnactCore
import EnactDiff
import EnactRendering

/// The concordance as a comparative print: a table of the reference's provisions and their counterparts, linked
/// to a side-by-side table of each pair's text — with the changed words marked when both are in the same
/// language, plain side by side when they are not.
public struct ConcordanceHTMLReport: Sendable {
    /// Whether the bill and the reference are in the same language.
    public var sameLanguage: Bool

    public init(sameLanguage: Bool) {
        self.sameLanguage = sameLanguage
    }

    public func text(_ concordance: Concordance, sides: DiffSides) -> String {
        var html = HTMLPage(
            title: "Concordance", language: "en", kind: "compare", bodyClasses: ["latin", "comparison"]
        )
        .opening
        html += "<h1>Concordance of \(HTMLEscaping.text(sides.new)) with \(HTMLEscaping.text(sides.old))</h1>\n"
        html +=
            "<h2 id=\"summary\">Provisions and counterparts</h2>\n<p>\(HTMLEscaping.text(concordance.automaticMatchesNote.prefix(1).uppercased() + concordance.automaticMatchesNote.dropFirst())).</p>\n<table class=\"comparison\">\n<tr><th>Reference</th><th>Counterparts in the bill</th></tr>\n"
        var pairs: [(entry: Concordance.Entry, match: Concordance.Match)] = []
        for entry in concordance.entries {
            let counterparts = entry.matches.map { match in
                pairs.append((entry, match))
                return "<a href=\"#pair-\(pairs.count)\">\(HTMLEscaping.text(match.description))</a>"
            }
            let uncovered = entry.uncovered.map { "<em>no counterpart for</em> " + HTMLEscaping.text($0.description) }
            let shown = ((counterparts.isEmpty ? ["<em>no counterpart</em>"] : counterparts) + uncovered).joined(
                separator: "<br>")
            html +=
                "<tr><td>\(HTMLEscaping.text(entry.reference.citation)) \(HTMLEscaping.text(entry.reference.heading ?? ""))</td><td>\(shown)</td></tr>\n"
        }
        html += "</table>\n"
        if !concordance.unmatchedBill.isEmpty {
            let names = concordance.unmatchedBill.map {
                HTMLEscaping.text($0.citation + ($0.heading.map { " (\($0))" } ?? ""))
            }
            html += "<p>Without a counterpart in the reference: \(names.joined(separator: "; "))</p>\n"
        }
        html += "<h2>Side by side</h2>\n<table class=\"comparison\">\n<tr><th>Reference</th><th>Bill</th></tr>\n"
        for (index, pair) in pairs.enumerated() {
            let reference = pair.entry.reference, bill = pair.match.bill
            var left = HTMLEscaping.text(reference.text), right = HTMLEscaping.text(bill.text)
            if sameLanguage {
                let segments = TokenDiff.segments(from: reference.text, to: bill.text)
                left = ChangeMarkup.html(segments, keeping: .delete)
                right = ChangeMarkup.html(segments, keeping: .insert)
            }
            html +=
                "<tr id=\"pair-\(index + 1)\"><td class=\"text\"><strong>\(HTMLEscaping.text(reference.citation))</strong>\n\(left)</td>"
            html +=
                "<td class=\"text\"><strong><a href=\"#summary\">\(HTMLEscaping.text(pair.match.description))</a></strong>\n\(right)</td></tr>\n"
        }
        return html + "</table>\n" + HTMLPage.closing
    }
}
