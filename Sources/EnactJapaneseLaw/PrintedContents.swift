import EnactCore
import EnactXML
import Foundation

/// A 目次 as a Japanese law prints it: one line an entry — 「第二章　免許（第二条―第八条）」, 「第一節　臨床研修（第十六条の二―
/// 第十六条の八）」, 「附則」 — read from e-Gov's `<TOC>` or from the lines an amending act prints after 「題名の次に次の目次を付
/// する。」, and written back as e-Gov's `<TOC>`.
///
/// A 改め文 amends the 目次 as text (「目次中「第六十条」を「第六十一条」に改める。」), quoting across entries as the page
/// reads (「…（第十三条―第十八条）第五章　罰則（第十九条）」): ``replace(_:with:)`` edits the entries' text read one after
/// another and splits what it wrote into entries again where an entry's label begins.
public struct PrintedContents: Hashable, Sendable {
    /// The entries' lines, in order: a label and title with the article range in parentheses, or 「附則」.
    public private(set) var lines: [String]
    /// The caption (目次).
    public var caption: String

    /// The contents from the lines that print them (without the 「目次」 line).
    public init(lines: [String], caption: String = "目次") {
        self.lines = lines.map { Self.normalisingDashes(String($0.drop { $0 == "\u{3000}" || $0 == " " })) }
        self.caption = caption
    }

    /// The contents as an amending act prints them, one entry a line, a first line 「目次」 being the caption.
    public init(printed lines: [String]) {
        let first = lines.first.map { String($0.drop { $0 == "\u{3000}" || $0 == " " }) }
        if let first, first == "目次" {
            self.init(lines: Array(lines.dropFirst()), caption: first)
        } else {
            self.init(lines: lines)
        }
    }

    /// The contents e-Gov's `<TOC>` kept by the reader holds; nil for markup of another format or no `<TOC>`.
    public init?(_ kept: PreservedMarkup) {
        guard kept.format == JapaneseLawFormat.name,
            let parsed = try? ParsedXML.parse(Array(kept.markup.utf8), file: "<TOC>"),
            let root = parsed.root, root.name == "TOC"
        else { return nil }
        var lines: [String] = []
        var caption = "目次"
        func read(_ element: XMLElement) {
            switch element.name {
            case "TOCLabel":
                caption = element.text
            case "TOCPreambleLabel", "TOCAppdxTableLabel":
                lines.append(element.text)
            case "TOCSupplProvision":
                lines.append(element.elements.map(\.text).joined())
            default:
                guard element.name.hasPrefix("TOC") else { return }
                let title = element.elements.first { $0.name.hasSuffix("Title") }?.text ?? ""
                let range = element.element("ArticleRange")?.text ?? ""
                lines.append(title + range)
                for inner in element.elements where inner.name.hasPrefix("TOC") { read(inner) }
            }
        }
        for element in root.elements { read(element) }
        self.init(lines: lines, caption: caption)
    }

    /// The entries' text as a 改め文 quotes it: one after another.
    public var text: String { lines.joined() }

    /// Replaces every occurrence of `old` in ``text`` by `new` (striking it when `new` is empty), as a 改め文's
    /// 「目次中「A」を「B」に改める」 does; how many it replaced.
    @discardableResult
    public mutating func replace(_ old: String, with new: String) -> Int {
        let old = Self.normalisingDashes(old)
        let new = Self.normalisingDashes(new)
        guard !old.isEmpty else { return 0 }
        var count = 0
        var entries = lines.map { Array($0) }
        var position = 0
        while let (line, offset) = Self.find(Array(old), in: entries, from: position) {
            // The entries the quotation spans become one and are split again where labels begin.
            var spanned = entries[line]
            var last = line
            while spanned.count - offset < old.count, last + 1 < entries.count {
                last += 1
                spanned += entries[last]
            }
            let merged = Array(spanned[..<offset]) + Array(new) + Array(spanned[(offset + old.count)...])
            let split = Self.entries(in: merged)
            entries.replaceSubrange(line...last, with: split)
            position = entries[..<line].reduce(0) { $0 + $1.count } + offset + new.count
            count += 1
        }
        lines = entries.map { String($0) }
        return count
    }

    /// Where `needle` begins at or after the character `position` of the joined entries: the entry and offset.
    private static func find(_ needle: [Character], in entries: [[Character]], from position: Int) -> (Int, Int)? {
        let joined = entries.flatMap { $0 }
        guard needle.count <= joined.count, position <= joined.count - needle.count else { return nil }
        for start in position...(joined.count - needle.count)
        where joined[start..<(start + needle.count)].elementsEqual(needle) {
            var remaining = start
            for (index, entry) in entries.enumerated() {
                if remaining < entry.count { return (index, remaining) }
                remaining -= entry.count
            }
        }
        return nil
    }

    /// The entries a run of text prints: a new one begins after a closing parenthesis where a label follows
    /// (第五章　, 第二節　, 附則).
    private static func entries(in text: [Character]) -> [[Character]] {
        var result: [[Character]] = [[]]
        for index in text.indices {
            if index > 0, text[index - 1] == "）", beginsEntry(text[index...]) { result.append([]) }
            result[result.count - 1].append(text[index])
        }
        return result.filter { !$0.isEmpty }
    }

    /// Whether a printed line belongs to a 目次: its caption, an entry of a grouping (「第二章　免許（第二条―第八
    /// 条）」), 「前文」 or 「附則」.
    public static func printsContents(_ line: Substring) -> Bool {
        let text = line.drop { $0 == "\u{3000}" || $0 == " " }
        return ["目次", "前文", "附則"].contains(text) || beginsEntry(ArraySlice(text))
    }

    private static func beginsEntry(_ text: ArraySlice<Character>) -> Bool {
        if text.starts(with: "附則") { return true }
        guard let space = text.firstIndex(of: "\u{3000}") else { return false }
        return Entry(label: String(text[..<space])) != nil
    }

    /// e-Gov writes the dash of an article range as U+2015 (―); transcriptions have U+2212 (−) or U+2014 (—).
    private static func normalisingDashes(_ text: String) -> String {
        String(text.map { $0 == "\u{2212}" || $0 == "\u{2014}" ? "\u{2015}" : $0 })
    }

    /// The contents as e-Gov's `<TOC>`, entries of deeper groupings nested in the entry before them.
    public var markup: PreservedMarkup {
        var xml = XMLTextWriter(declaration: false)
        xml.open("TOC")
        xml.line("TOCLabel", text: caption)
        var open: [Int] = []
        for line in lines {
            let entry = Entry(line: line)
            guard let entry else {
                while !open.isEmpty {
                    xml.close()
                    open.removeLast()
                }
                if line.hasPrefix("附則") {
                    xml.open("TOCSupplProvision")
                    xml.line("SupplProvisionLabel", text: "附則")
                    if line.count > 2 { xml.line("ArticleRange", text: String(line.dropFirst(2))) }
                    xml.close()
                } else if line == "前文" {
                    xml.line("TOCPreambleLabel", text: line)
                } else {
                    xml.line("TOCAppdxTableLabel", text: line)
                }
                continue
            }
            while let depth = open.last, depth >= entry.depth {
                xml.close()
                open.removeLast()
            }
            xml.open("TOC" + entry.element, [("Num", entry.number)])
            xml.line(entry.element + "Title", text: entry.title)
            if let range = entry.range { xml.line("ArticleRange", text: range) }
            open.append(entry.depth)
        }
        while !open.isEmpty {
            xml.close()
            open.removeLast()
        }
        xml.close()
        let markup = xml.output.trimmingCharacters(in: .newlines)
        return PreservedMarkup(format: JapaneseLawFormat.name, markup: markup, text: lines.joined(separator: "\n"))
    }

    /// One entry of a grouping: its label, title and article range.
    private struct Entry {
        /// `Chapter` for 章 (e-Gov's element is `TOCChapter` with a `ChapterTitle`).
        var element: String
        var depth: Int
        /// e-Gov's `Num`: 3_2 for 第三章の二.
        var number: String
        var title: String
        var range: String?

        private static let units: [(Character, String)] = [
            ("編", "Part"), ("章", "Chapter"), ("節", "Section"), ("款", "Subsection"), ("目", "Division"),
        ]

        /// The kind a label names (第三章の二), with an empty title.
        init?(label: String) {
            guard label.hasPrefix("第"),
                let unit = label.firstIndex(where: { character in Self.units.contains { $0.0 == character } }),
                let depth = Self.units.firstIndex(where: { $0.0 == label[unit] }),
                let main = Numeral.kanji.parse(label[label.index(after: label.startIndex)..<unit])
            else { return nil }
            var components = [main]
            let branches = label[label.index(after: unit)...]
            if !branches.isEmpty {
                guard branches.hasPrefix("の") else { return nil }
                for branch in branches.dropFirst().split(separator: "の", omittingEmptySubsequences: false) {
                    guard let value = Numeral.kanji.parse(branch) else { return nil }
                    components.append(value)
                }
            }
            element = Self.units[depth].1
            self.depth = depth
            number = components.map(String.init).joined(separator: "_")
            title = label
        }

        /// The entry a line prints: 「第二章　免許（第二条―第八条）」.
        init?(line: String) {
            guard let space = line.firstIndex(of: "\u{3000}"), var entry = Entry(label: String(line[..<space])) else {
                return nil
            }
            entry.title = line
            if line.hasSuffix("）"), let open = Self.openingOfLastParenthesis(line),
                line[line.index(after: open)...].hasPrefix("第")
            {
                entry.title = String(line[..<open])
                entry.range = String(line[open...])
            }
            self = entry
        }

        /// The 「（」 that the final 「）」 closes.
        private static func openingOfLastParenthesis(_ line: String) -> String.Index? {
            var depth = 0
            var index = line.endIndex
            while index > line.startIndex {
                index = line.index(before: index)
                if line[index] == "）" { depth += 1 }
                if line[index] == "（" {
                    depth -= 1
                    if depth == 0 { return index }
                }
            }
            return nil
        }
    }
}
