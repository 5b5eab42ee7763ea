import EnactCore
import EnactRendering

/// The differences as a comparative print for people: a summary table of what moved, was renumbered, split,
/// merged, inserted or deleted, then each changed provision side by side with the changed words marked, each
/// row linked from the summary. A Japanese document is laid out as a 新旧対照表: 改正案 on the left, 現行 on
/// the right; others as Old | New.
public struct DiffHTMLReport: Sendable {
    public var japanese: Bool

    public init(japanese: Bool) {
        self.japanese = japanese
    }

    public func text(_ diff: DocumentDiff, sides: DiffSides) -> String {
        let differences = diff.differences
        let (leftTitle, rightTitle) = japanese ? ("改正案", "現行") : ("Old", "New")
        var html = HTMLText.head(
            title: japanese ? "新旧対照表" : "Comparative print", language: japanese ? "ja" : "en", kind: "diff")
        html += """
            <h1>\(escaped(japanese ? "新旧対照表" : "Comparative print"))</h1>
            <p>\(escaped(DiffSummary(diff).line(sides: sides)))</p>
            <h2 id="summary">\(japanese ? "変更の一覧" : "Summary of changes")</h2>
            <table>
            <tr><th>\(japanese ? "区分" : "Change")</th><th>\(escaped(leftTitle))</th><th>\(escaped(rightTitle))</th></tr>

            """
        for (index, change) in differences.enumerated() {
            let (left, right) = japanese ? (change.new, change.old) : (change.old, change.new)
            html +=
                "<tr><td class=\"kind\"><a href=\"#change-\(index + 1)\">\(escaped(change.kindsDescription))</a></td>"
            html +=
                "<td>\(escaped(left.map(\.citation).joined(separator: ", ")))</td><td>\(escaped(right.map(\.citation).joined(separator: ", ")))</td></tr>\n"
        }
        html += "</table>\n<h2>\(japanese ? "対照" : "Side by side")</h2>\n<table>\n"
        html +=
            "<tr><th>\(escaped(leftTitle))</th><th>\(escaped(rightTitle))</th><th>\(japanese ? "区分" : "Change")</th></tr>\n"
        for (index, change) in differences.enumerated() {
            let oldText = side(change, keeping: .delete, title: change.old)
            let newText = side(change, keeping: .insert, title: change.new)
            let (left, right) = japanese ? (newText, oldText) : (oldText, newText)
            html += "<tr id=\"change-\(index + 1)\"><td class=\"text\">\(left)</td><td class=\"text\">\(right)</td>"
            html += "<td class=\"kind\"><a href=\"#summary\">\(escaped(change.kindsDescription))</a></td></tr>\n"
        }
        html += "</table>\n</body>\n</html>\n"
        return html
    }

    /// One side of a change: its citations and headings, then its text with the changed words marked.
    private func side(_ change: DivisionChange, keeping kept: DiffSegment.Operation, title divisions: [AlignedDivision])
        -> String
    {
        guard !divisions.isEmpty else { return "" }
        let titles = divisions.map { division in
            "<strong>\(escaped(division.citation))</strong>"
                + (division.heading.map { " " + escaped(japanese ? "（\($0)）" : "(\($0))") } ?? "")
        }.joined(separator: "<br>")
        let body: String
        if change.segments.isEmpty {
            body = escaped(divisions.map(\.text).joined(separator: "\n"))
        } else {
            body = change.segments.compactMap { segment in
                switch segment.operation {
                case .equal: escaped(segment.text)
                case kept:
                    kept == .delete ? "<del>\(escaped(segment.text))</del>" : "<ins>\(escaped(segment.text))</ins>"
                default: nil
                }
            }.joined()
        }
        return titles + "\n" + body
    }

    private func escaped(_ text: String) -> String { HTMLText.escaped(text) }
}

/// Pieces shared by the HTML reports.
enum HTMLText {
    /// The document head, with the generated-file marker and the comparative-print style.
    static func head(title: String, language: String, kind: String) -> String {
        """
        <!DOCTYPE html>
        <!-- \(GeneratedMarker.text) \(kind) -->
        <html lang="\(language)">
        <head>
        <meta charset="utf-8">
        <title>\(escaped(title))</title>
        <style>
        body { font-family: serif; margin: 2em; line-height: 1.6; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #999; padding: 0.4em 0.6em; vertical-align: top; text-align: left; }
        td.text { white-space: pre-wrap; width: 45%; }
        del { background: #fdd; text-decoration: line-through; }
        ins { background: #dfd; text-decoration: none; font-weight: bold; }
        .kind { font-family: sans-serif; font-size: 0.85em; }
        </style>
        </head>
        <body>

        """
    }

    /// Text escaped for HTML element content.
    static func escaped(_ text: String) -> String { HTMLEscaping.text(text) }
}
