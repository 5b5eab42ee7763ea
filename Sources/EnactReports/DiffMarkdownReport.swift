import EnactCore
import EnactDiff
import EnactRendering
import Foundation

/// The differences for people, in Markdown: a summary table, then each change with its marked text.
public struct DiffMarkdownReport: Sendable {
    public init() {}

    public func text(_ diff: DocumentDiff, sides: DiffSides) -> String {
        var text =
            "<!-- \(GeneratedMarker.text) diff -->\n# Comparison of \(sides.old) and \(sides.new)\n\n| Change | Old | New |\n|---|---|---|\n"
        for change in diff.differences {
            let old = change.old.map(\.citation).joined(separator: ", ")
            let new = change.new.map(\.citation).joined(separator: ", ")
            text += "| \(change.kindsDescription) | \(Self.cell(old)) | \(Self.cell(new)) |\n"
        }
        text += "\n" + DiffSummary(diff).line(sides: sides) + "\n"
        for change in diff.differences where !change.segments.isEmpty {
            text += "\n## \(change.citations) (\(change.kindsDescription))\n\n"
            text +=
                change.segments.map { segment in
                    switch segment.operation {
                    case .equal: Self.escaped(segment.text)
                    case .delete: "~~\(Self.escaped(segment.text))~~"
                    case .insert: "**\(Self.escaped(segment.text))**"
                    }
                }.joined().replacingOccurrences(of: "\n", with: "  \n") + "\n"
        }
        return text
    }

    private static func cell(_ text: String) -> String { text.isEmpty ? "—" : escaped(text) }

    private static func escaped(_ text: String) -> String { MarkdownEscaping.text(text) }
}
