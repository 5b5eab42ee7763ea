import EnactCore

/// Reads the provisions of a Japanese statute as they are printed — the form in which an amending act quotes the
/// provisions it inserts or substitutes, and in which laws are published on paper:
///
/// ```
/// 　　（電磁的事件記録の閲覧等）
/// 　第二十六条の二　当事者及び利害関係を疎明した第三者は、…
/// 　２　当事者及び…
/// 　　一　法令　法律、…
/// 　　　イ　…
/// ```
///
/// A 見出し in parentheses on its own line heads the article after it; 「第十条の二　…」 opens an article (「第十条　削除」 a
/// repealed one), 「２　…」 a paragraph (full-width or ASCII digits), 「一　…」 an item, イロハ a subitem, 「（１）　…」 the
/// level below, 「第二章　…」 and 「第一節　…」 chapters and sections. The indentation is not relied on: the numbering says
/// the level.
public struct PrintedProvisionsReader: Sendable {
    public init() {}

    /// The divisions the lines print, outermost first; a line that is none of the forms above is an error naming it.
    public func divisions(_ lines: [String], file: String, firstLine: Int = 1) throws(DiagnosticError) -> [Division] {
        var builder = Builder()
        for (offset, line) in lines.enumerated() {
            let text = line.drop { $0 == "\u{3000}" || $0 == " " }
            guard !text.isEmpty else { continue }
            let location = SourceLocation(file: file, line: firstLine + offset, column: 1)
            guard builder.read(String(text), at: location) else {
                throw DiagnosticError([
                    Diagnostic(
                        .amendmentText, "'\(text.prefix(40))' is not a printed provision (見出し, 条, 項, 号 or イロハ)",
                        at: location)
                ])
            }
        }
        return builder.finished()
    }
}

/// The divisions read so far, the open ones by level.
private struct Builder {
    private var top: [Division] = []
    /// The open divisions from the outermost down: a chapter, an article, a paragraph, an item, a subitem.
    private var open: [Division] = []
    private var caption: String?

    /// The levels, outermost first.
    private static let order: [DivisionKind] = [
        .part, .chapter, .section, .subsection, .division, .article, .paragraph, .item, .subitem, .subitem2,
    ]

    mutating func read(_ text: String, at location: SourceLocation) -> Bool {
        let characters = Array(text)
        if characters.first == "（", characters.last == "）", !characters.contains("　") {
            caption = String(characters.dropFirst().dropLast())
            return true
        }
        guard let space = characters.firstIndex(of: "\u{3000}") else {
            // 「第十条　削除」 has its space; a line without one is not a provision.
            return false
        }
        let label = String(characters[..<space])
        let rest = String(characters[(space + 1)...])
        guard let (kind, number) = Self.level(of: label) else { return false }
        var division = Division(kind: kind, numbering: .explicit, number: number)
        division.anchor = SourceAnchor(location)
        switch kind {
        case .article:
            division.heading = caption
            caption = nil
            division.isRepealed = rest == "削除"
            place(division)
            if !division.isRepealed {
                // The article's text is its first paragraph's, which takes the items that follow.
                var paragraph = Division(kind: .paragraph, numbering: .explicit, number: DivisionNumber(1))
                paragraph.content = [.text(rest)]
                open.append(paragraph)
            }
        case .part, .chapter, .section, .subsection, .division:
            division.heading = rest
            place(division)
        default:
            division.content = [.text(rest)]
            place(division)
        }
        return true
    }

    /// Closes the open divisions at or below the new one's level and opens it.
    private mutating func place(_ division: Division) {
        let rank = Self.order.firstIndex(of: division.kind) ?? Self.order.count
        while let last = open.last, (Self.order.firstIndex(of: last.kind) ?? 0) >= rank { close() }
        open.append(division)
    }

    private mutating func close() {
        guard let division = open.popLast() else { return }
        if open.isEmpty {
            top.append(division)
        } else {
            open[open.count - 1].children.append(division)
        }
    }

    mutating func finished() -> [Division] {
        while !open.isEmpty { close() }
        return top
    }

    /// The level and number a line's label prints: 第十条の二, 第二章, ２, 一, イ, （１）.
    static func level(of label: String) -> (DivisionKind, DivisionNumber)? {
        let units: [Character: DivisionKind] = [
            "条": .article, "章": .chapter, "節": .section, "款": .subsection, "目": .division, "編": .part,
        ]
        if label.hasPrefix("第"), let unitIndex = label.firstIndex(where: { units[$0] != nil }),
            let kind = units[label[unitIndex]],
            let main = Numeral.kanji.parse(label[label.index(after: label.startIndex)..<unitIndex])
        {
            // Branches: 第十条の二の三.
            var components = [main]
            for branch in label[label.index(after: unitIndex)...].split(separator: "の") {
                guard let value = Numeral.kanji.parse(branch) else { return nil }
                components.append(value)
            }
            return DivisionNumber(components).map { (kind, $0) }
        }
        if let value = Numeral.fullWidthArabic.parse(label) ?? Numeral.arabic.parse(label) {
            return (.paragraph, DivisionNumber(value))
        }
        if label.hasPrefix("（"), label.hasSuffix("）"),
            let value = Numeral.fullWidthArabic.parse(label.dropFirst().dropLast())
                ?? Numeral.arabic.parse(label.dropFirst().dropLast())
        {
            return (.subitem2, DivisionNumber(value))
        }
        let parts = label.split(separator: "の")
        if let first = parts.first, let main = Numeral.kanji.parse(first) {
            let branches = parts.dropFirst().compactMap { Numeral.kanji.parse($0) }
            guard branches.count == parts.count - 1 else { return nil }
            return DivisionNumber([main] + branches).map { (.item, $0) }
        }
        if label.count == 1, let value = Numeral.iroha.parse(label) { return (.subitem, DivisionNumber(value)) }
        return nil
    }
}
