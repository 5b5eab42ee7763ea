import EnactCore

/// The named styles of a printed bill in its tradition's layout: one paragraph style per kind of division that
/// prints (`Enact Chapter`, `Enact Article`, `Enact Item` …), and the fixed parts of a bill (title, enacting
/// formula, 見出し, 目次, 附則, schedules).
///
/// Japanese bills indent in characters: 章 headings three characters in, 節 four …, 見出し one, an article's and a
/// paragraph's lines hanging one character under their number, 号 one character further in for each level. US
/// bills indent each subdivision's first line by its depth and centre titles; Australian, Korean and other bills
/// hang each subdivision from its number.
struct BillStyles {
    let tradition: Tradition
    let layout: PrintLayout

    /// The style of a kind of division: `EnactArticle`, `EnactSubSubparagraph`.
    static func id(of kind: DivisionKind) -> String { "Enact" + name(of: kind).replacingOccurrences(of: " ", with: "") }

    private static func name(of kind: DivisionKind) -> String {
        kind.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    static let title = "EnactTitle"
    static let billHeading = "EnactBillHeading"
    static let formula = "EnactFormula"
    static let contentsHeading = "EnactContentsHeading"
    static let caption = "EnactCaption"
    static let text = "EnactText"
    static let supplementaryHeading = "EnactSupplementaryHeading"
    static let scheduleHeading = "EnactScheduleHeading"
    static let scheduleText = "EnactScheduleText"
    static func contents(depth: Int) -> String { "EnactContents\(min(depth, 4) + 1)" }

    private var japanese: Bool { layout.language.hasPrefix("ja") }
    private var character: Int { layout.character }

    /// The styles, for the kinds of division the document holds.
    func styles(for kinds: Set<DivisionKind>) -> [WordStyle] {
        var styles = fixedStyles()
        for kind in DivisionKind.allCases where kinds.contains(kind) {
            styles.append(
                WordStyle(
                    id: Self.id(of: kind), name: "Enact " + Self.name(of: kind), paragraph: format(of: kind),
                    run: run(of: kind)))
        }
        return styles
    }

    private func fixedStyles() -> [WordStyle] {
        var styles: [WordStyle]
        if japanese {
            styles = [
                WordStyle(
                    id: Self.title, name: "Enact Title",
                    paragraph: ParagraphFormat(spaceBefore: 240, spaceAfter: 240, indent: 4 * character)),
                WordStyle(
                    id: Self.formula, name: "Enact Enacting Formula", paragraph: ParagraphFormat(firstLine: character)),
                WordStyle(
                    id: Self.contentsHeading, name: "Enact Contents Heading",
                    paragraph: ParagraphFormat(keepWithNext: true, indent: character)),
                WordStyle(
                    id: Self.caption, name: "Enact Caption",
                    paragraph: ParagraphFormat(keepWithNext: true, indent: character)),
                WordStyle(id: Self.text, name: "Enact Text", paragraph: ParagraphFormat(firstLine: character)),
                WordStyle(
                    id: Self.supplementaryHeading, name: "Enact Supplementary Provisions Heading",
                    paragraph: ParagraphFormat(keepWithNext: true, spaceBefore: 120, indent: 3 * character)),
                WordStyle(
                    id: Self.scheduleHeading, name: "Enact Schedule Heading",
                    paragraph: ParagraphFormat(keepWithNext: true, spaceBefore: 120)),
            ]
        } else {
            let us = tradition.id == .us
            styles = [
                WordStyle(
                    id: Self.billHeading, name: "Enact Bill Heading",
                    paragraph: ParagraphFormat(spaceBefore: 240, spaceAfter: 240, centred: true),
                    run: "<w:b/><w:caps/><w:sz w:val=\"40\"/>"),
                WordStyle(
                    id: Self.title, name: "Enact Title",
                    paragraph: ParagraphFormat(spaceBefore: 240, spaceAfter: 240, centred: true),
                    run: us ? "<w:caps/>" : "<w:b/>"),
                WordStyle(
                    id: Self.formula, name: "Enact Enacting Formula",
                    paragraph: ParagraphFormat(spaceAfter: 240, firstLine: 720), run: us ? "<w:i/>" : ""),
                WordStyle(
                    id: Self.contentsHeading, name: "Enact Contents Heading",
                    paragraph: ParagraphFormat(keepWithNext: true, spaceBefore: 240, spaceAfter: 120), run: "<w:b/>"),
                WordStyle(
                    id: Self.caption, name: "Enact Caption", paragraph: ParagraphFormat(keepWithNext: true),
                    run: "<w:b/>"),
                WordStyle(id: Self.text, name: "Enact Text", paragraph: ParagraphFormat(firstLine: us ? 720 : 0)),
                WordStyle(
                    id: Self.supplementaryHeading, name: "Enact Supplementary Provisions Heading",
                    paragraph: ParagraphFormat(keepWithNext: true, spaceBefore: 240, spaceAfter: 120, centred: true),
                    run: "<w:b/>"),
                WordStyle(
                    id: Self.scheduleHeading, name: "Enact Schedule Heading",
                    paragraph: ParagraphFormat(keepWithNext: true, spaceBefore: 240, spaceAfter: 120), run: "<w:b/>"),
            ]
        }
        styles.append(WordStyle(id: Self.scheduleText, name: "Enact Schedule Text"))
        for depth in 0..<5 {
            styles.append(
                WordStyle(
                    id: Self.contents(depth: depth), name: "Enact Contents \(depth + 1)",
                    paragraph: ParagraphFormat(indent: japanese ? (2 + depth) * character : depth * 360)))
        }
        return styles
    }

    /// Where the division's paragraphs stand and how their lines hang.
    private func format(of kind: DivisionKind) -> ParagraphFormat {
        let units = tradition.rank(of: tradition.unitKind) ?? 0
        switch tradition.role(of: kind) ?? .subunit {
        case .grouping:
            if japanese {
                // 編 two characters in, 章 three, 節 four …
                let groupings = tradition.levels.filter { $0.role == .grouping }.map(\.kind)
                let depth = groupings.firstIndex(of: kind) ?? 0
                return ParagraphFormat(keepWithNext: true, spaceBefore: 120, indent: (2 + depth) * character)
            }
            return ParagraphFormat(keepWithNext: true, spaceBefore: 240, spaceAfter: 120, centred: tradition.id == .us)
        case .unit:
            if japanese { return ParagraphFormat(indent: character, firstLine: -character) }
            return ParagraphFormat(keepWithNext: true, spaceBefore: 240, firstLine: tradition.id == .us ? 720 : 0)
        case .subunit:
            let depth = max(0, (tradition.rank(of: kind) ?? units) - units - 1)
            if japanese {
                // 項 hangs like an article; 号 one character in, イ two …
                return ParagraphFormat(indent: (depth + 1) * character, firstLine: -character)
            }
            if tradition.id == .us { return ParagraphFormat(firstLine: 720 * (depth + 1)) }
            return ParagraphFormat(indent: 567 * (depth + 1), firstLine: -567)
        }
    }

    private func run(of kind: DivisionKind) -> String {
        guard !japanese else { return "" }
        switch tradition.role(of: kind) ?? .subunit {
        case .grouping: return "<w:b/>" + (tradition.id == .us ? "<w:caps/>" : "")
        case .unit: return "<w:b/>"
        case .subunit: return ""
        }
    }
}
