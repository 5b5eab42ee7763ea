import EnactCore
import EnactDiff
import EnactRendering

/// The differences as a comparative print for people: a summary table of what moved, was renumbered, split,
/// merged, inserted or deleted, then each changed provision side by side with the changed words marked, each
/// row linked from the summary. A document in Japanese is laid out as a 新旧対照表: 改正案 on the left, 現行 on
/// the right; others as Old | New.
public struct DiffHTMLReport: Sendable {
    /// The wording of the compared documents, which decides the layout and the words of the print.
    public var wording: Wording

    public init(wording: Wording) {
        self.wording = wording
    }

    public func text(_ diff: DocumentDiff, sides: DiffSides) -> String {
        let japanese = wording.isJapanese
        let differences = diff.differences
        let (leftTitle, rightTitle) = japanese ? ("改正案", "現行") : ("Old", "New")
        let changeTitle = japanese ? "区分" : "Change"
        let title = japanese ? "新旧対照表" : "Comparative print"
        let page = HTMLPage(
            title: title, language: japanese ? "ja" : "en", kind: "diff",
            bodyClasses: [HTMLPage.scriptClass(wording), "comparison"])
        var html = page.opening
        html += "<h1>\(escaped(title))</h1>\n<p>\(escaped(DiffSummary(diff).line(sides: sides)))</p>\n"
        html += "<h2 id=\"summary\">\(japanese ? "変更の一覧" : "Summary of changes")</h2>\n<table class=\"comparison\">\n"
        html += "<tr><th>\(changeTitle)</th><th>\(escaped(leftTitle))</th><th>\(escaped(rightTitle))</th></tr>\n"
        for (index, change) in differences.enumerated() {
            let (left, right) = japanese ? (change.new, change.old) : (change.old, change.new)
            html +=
                "<tr><td class=\"kind\"><a href=\"#change-\(index + 1)\">\(escaped(change.kindsDescription))</a></td>"
            html += "<td>\(escaped(left.map(\.citation).joined(separator: ", ")))</td>"
            html += "<td>\(escaped(right.map(\.citation).joined(separator: ", ")))</td></tr>\n"
        }
        html += "</table>\n<h2>\(japanese ? "対照" : "Side by side")</h2>\n<table class=\"comparison\">\n"
        html += "<tr><th>\(escaped(leftTitle))</th><th>\(escaped(rightTitle))</th><th>\(changeTitle)</th></tr>\n"
        for (index, change) in differences.enumerated() {
            let oldText = side(change, keeping: .delete, title: change.old)
            let newText = side(change, keeping: .insert, title: change.new)
            let (left, right) = japanese ? (newText, oldText) : (oldText, newText)
            html += "<tr id=\"change-\(index + 1)\"><td class=\"text\">\(left)</td><td class=\"text\">\(right)</td>"
            html += "<td class=\"kind\"><a href=\"#summary\">\(escaped(change.kindsDescription))</a></td></tr>\n"
        }
        return html + "</table>\n" + HTMLPage.closing
    }

    /// One side of a change: its citations and headings, then its text with the changed words marked.
    private func side(_ change: DivisionChange, keeping kept: DiffSegment.Operation, title divisions: [AlignedDivision])
        -> String
    {
        guard !divisions.isEmpty else { return "" }
        let titles = divisions.map { division in
            "<strong>\(escaped(division.citation))</strong>"
                + (division.heading.map { " " + escaped(wording.bracketed($0)) } ?? "")
        }.joined(separator: "<br>")
        let body =
            change.segments.isEmpty
            ? escaped(divisions.map(\.text).joined(separator: "\n"))
            : ChangeMarkup.html(change.segments, keeping: kept)
        return titles + "\n" + body
    }

    private func escaped(_ text: String) -> String { HTMLEscaping.text(text) }
}
