import Foundation

/// Prints a document as an indented tree, one node a line, for inspection and for tests that compare trees.
///
/// ```
/// Document title="…" language=ja tradition=jp
/// ├─ chapter 1 automatic "総則" #general
/// │  └─ article 1 automatic "目的" #purpose
/// │     └─ paragraph 1 automatic
/// │        └─ text "この法律は、…"
/// ```
public enum DocumentDumper {
    public static func dump(_ document: Document) -> String {
        var lines: [String] = []
        let metadata = document.metadata
        lines.append(
            "Document title=\(quoted(metadata.title ?? "")) language=\(metadata.language ?? "?") tradition=\(document.tradition.id.rawValue)"
        )
        var nodes: [Node] = []
        if let formula = document.enactingFormula {
            nodes.append(Node(text: "enacting-formula \(quoted(markedText(formula)))", children: []))
        }
        for paragraph in document.preamble {
            nodes.append(Node(text: "preamble \(quoted(markedText(paragraph)))", children: []))
        }
        nodes += document.body.map(node)
        for group in document.supplementaryProvisions {
            nodes.append(
                Node(
                    text: "supplementary-provisions" + (group.heading.map { " " + quoted($0) } ?? ""),
                    children: group.divisions.map(node)))
        }
        for schedule in document.schedules {
            nodes.append(
                Node(
                    text: "schedule \(schedule.number?.description ?? "?")"
                        + (schedule.heading.map { " " + quoted($0) } ?? ""),
                    children: schedule.lines.map { Node(text: "line \(quoted(markedText($0)))", children: []) }))
        }
        for (index, child) in nodes.enumerated() {
            render(child, prefix: "", isLast: index == nodes.count - 1, into: &lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private struct Node {
        var text: String
        var children: [Node]
    }

    private static func node(_ division: Division) -> Node {
        var text = "\(division.kind.rawValue) \(division.number?.description ?? "?") \(division.numbering.rawValue)"
        if let heading = division.heading { text += " \(quoted(heading))" }
        if let label = division.label { text += " #\(label)" }
        if division.isRepealed { text += " repealed" }
        var children: [Node] = division.annotations.map { annotation in
            switch annotation {
            case .note(let note): Node(text: "note \(quoted(note))", children: [])
            case .asWritten(let kept): Node(text: "as written (\(kept.format)) \(quoted(kept.text))", children: [])
            case .headnote(let kept): Node(text: "headnote (\(kept.format)) \(quoted(kept.text))", children: [])
            case .writtenHeading(let kept):
                Node(text: "written heading (\(kept.format)) \(quoted(kept.text))", children: [])
            case .correspondsTo(let work): Node(text: "corresponds-to \(work)", children: [])
            case .unprintedRepeal: Node(text: "repeal unprinted", children: [])
            }
        }
        if !division.content.isEmpty {
            children.append(Node(text: "text \(quoted(markedText(division.content)))", children: []))
        }
        children += division.children.map(node)
        return Node(text: text, children: children)
    }

    /// The text with references, definitions and term uses shown by their markup, so that a dump shows
    /// what each reference points to.
    private static func markedText(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .reference(let reference):
                switch reference.target {
                case .label(let label): "{ref:#\(label)" + (reference.text.map { "|" + $0 } ?? "") + "}"
                case .external(let uri): "{ref:\(uri)" + (reference.text.map { "|" + $0 } ?? "") + "}"
                }
            case .definition(let definition): "{def:\(definition.term)}"
            case .termUse(let use): "{term:\(use.term)" + (use.text.map { "|" + $0 } ?? "") + "}"
            case .ruby(let ruby): "{ruby:\(ruby.base)|\(ruby.reading)}"
            case .preserved(let preserved): "{xml:\(preserved.format)|\(preserved.text)|…}"
            case .text, .emphasis, .date: inline.plainText
            }
        }.joined()
    }

    private static func render(_ node: Node, prefix: String, isLast: Bool, into lines: inout [String]) {
        lines.append(prefix + (isLast ? "└─ " : "├─ ") + node.text)
        let childPrefix = prefix + (isLast ? "   " : "│  ")
        for (index, child) in node.children.enumerated() {
            render(child, prefix: childPrefix, isLast: index == node.children.count - 1, into: &lines)
        }
    }

    private static func quoted(_ text: String) -> String {
        let limit = 60
        let shortened = text.count > limit ? String(text.prefix(limit)) + "…" : text
        return "\"" + shortened.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
