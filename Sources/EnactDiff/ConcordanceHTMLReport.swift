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
        var html = HTMLText.head(title: "Concordance", language: "en", kind: "compare")
        html += "<h1>Concordance of \(HTMLText.escaped(sides.new)) with \(HTMLText.escaped(sides.old))</h1>\n"
        html +=
            "<h2 id=\"summary\">Provisions and counterparts</h2>\n<table>\n<tr><th>Reference</th><th>Counterparts in the bill</th></tr>\n"
        var pairs: [(entry: Concordance.Entry, match: Concordance.Match)] = []
        for entry in concordance.entries {
            let counterparts = entry.matches.map { match in
                pairs.append((entry, match))
                return "<a href=\"#pair-\(pairs.count)\">\(HTMLText.escaped(match.description))</a>"
            }
            let shown = counterparts.isEmpty ? "<em>no counterpart</em>" : counterparts.joined(separator: "<br>")
            html +=
                "<tr><td>\(HTMLText.escaped(entry.reference.citation)) \(HTMLText.escaped(entry.reference.heading ?? ""))</td><td>\(shown)</td></tr>\n"
        }
        html += "</table>\n"
        if !concordance.unmatchedBill.isEmpty {
            let names = concordance.unmatchedBill.map {
                HTMLText.escaped($0.citation + ($0.heading.map { " (\($0))" } ?? ""))
            }
            html += "<p>Without a counterpart in the reference: \(names.joined(separator: "; "))</p>\n"
        }
        html += "<h2>Side by side</h2>\n<table>\n<tr><th>Reference</th><th>Bill</th></tr>\n"
        for (index, pair) in pairs.enumerated() {
            let reference = pair.entry.reference, bill = pair.match.bill
            var left = HTMLText.escaped(reference.text), right = HTMLText.escaped(bill.text)
            if sameLanguage {
                let segments = TokenDiff.segments(from: reference.text, to: bill.text)
                left = Self.marked(segments, keeping: .delete)
                right = Self.marked(segments, keeping: .insert)
            }
            html +=
                "<tr id=\"pair-\(index + 1)\"><td class=\"text\"><strong>\(HTMLText.escaped(reference.citation))</strong>\n\(left)</td>"
            html +=
                "<td class=\"text\"><strong><a href=\"#summary\">\(HTMLText.escaped(pair.match.description))</a></strong>\n\(right)</td></tr>\n"
        }
        html += "</table>\n</body>\n</html>\n"
        return html
    }

    private static func marked(_ segments: [DiffSegment], keeping kept: DiffSegment.Operation) -> String {
        segments.compactMap { segment in
            switch segment.operation {
            case .equal: HTMLText.escaped(segment.text)
            case kept:
                kept == .delete
                    ? "<del>\(HTMLText.escaped(segment.text))</del>" : "<ins>\(HTMLText.escaped(segment.text))</ins>"
            default: nil
            }
        }.joined()
    }
}
