import EnactCore

/// Writes provisions as a Japanese statute prints them, the form in which an amending act quotes them — what
/// ``PrintedProvisionsReader`` reads:
///
/// ```
/// 　　　　第四章　雑則
/// 　　（電磁的事件記録の閲覧等）
/// 　第二十六条の二　当事者及び利害関係を疎明した第三者は、…
/// 　２　当事者及び…
/// 　　一　法令　法律、…
/// 　　　イ　…
/// ```
///
/// A 見出し in parentheses on its own line, an article's first paragraph on the article's line, the other paragraphs,
/// items and subitems each on a line after their label, a repealed article as 「第十条　削除」.
public struct PrintedProvisionsWriter: Sendable {
    public init() {}

    /// The lines that print `divisions`, whose references are printed with the words `resolved` (the document they
    /// will be part of) gives them.
    public func lines(_ divisions: [Division], in resolved: ResolvedDocument) -> [String] {
        var lines: [String] = []
        for division in divisions { write(division, in: resolved, into: &lines) }
        return lines
    }

    private static let space = "\u{3000}"

    private func write(_ division: Division, in resolved: ResolvedDocument, into lines: inout [String]) {
        let tradition = resolved.tradition, wording = resolved.document.designationWording
        let label = division.number.map { tradition.designation(of: division.kind, number: $0, in: wording) } ?? ""
        let text = resolved.plainText(of: division.content)
        var children = division.children[...]
        switch division.kind {
        case .part, .chapter, .section, .subsection, .division:
            lines.append(String(repeating: Self.space, count: 4) + label + Self.space + (division.heading ?? ""))
        case .article:
            if let heading = division.heading { lines.append(Self.space + Self.space + "（\(heading)）") }
            if division.isRepealed {
                lines.append(Self.space + label + Self.space + "削除")
                return
            }
            // The text of the first paragraph goes on the article's line, its items after it.
            var opening = text
            if opening.isEmpty, let first = children.first, first.kind == tradition.firstSubunitKind {
                opening = resolved.plainText(of: first.content)
                children = first.children[...] + children.dropFirst()
            }
            lines.append(Self.space + label + Self.space + opening)
        default:
            let depth = [.paragraph: 1, .item: 2, .subitem: 3, .subitem2: 4][division.kind] ?? 4
            lines.append(String(repeating: Self.space, count: depth) + label + Self.space + text)
        }
        for child in children { write(child, in: resolved, into: &lines) }
    }
}
