import EnactCore
import EnactDiff
import EnactRendering

/// The comparative prints of two versions as Word files, in the layouts legislatures circulate:
///
/// - a Japanese 新旧対照表 in vertical writing, two tiers — 改正案 above, 現行 below — each changed provision in a
///   column of its own, the changed words marked with 傍線 (underlined), unchanged provisions between them as
///   （略）, a new provision's other tier （新設）, a struck one's （削る）;
/// - the same table horizontally, in two columns: 改正後 | 改正前;
/// - for other languages, the US House's comparative print (the Ramseyer rule): the changed provisions of existing
///   law with matter omitted in black brackets and new matter in italic, unchanged stretches as `* * *`.
public struct WordComparativeWriter: Sendable {
    /// The layout of a Japanese table; documents in other languages print the Ramseyer form.
    public var writing: PrintLayout.Writing

    public init(writing: PrintLayout.Writing = .vertical) {
        self.writing = writing
    }

    static let heading = "EnactComparisonHeading"
    static let note = "EnactComparisonNote"
    static let columnHeading = "EnactComparisonColumnHeading"
    static let cell = "EnactComparisonText"
    static let inserted = "EnactInserted"
    static let omitted = "EnactOmitted"

    /// The comparative print of `diff`, laid out for the new version `new`: its language, its tradition's paper
    /// and its title.
    public func package(_ diff: DocumentDiff, new: ResolvedDocument) -> WordPackage {
        package(
            diff, wording: new.document.metadata.wording, layout: WordBillWriter().layout(of: new),
            title: PageWording(new).title)
    }

    /// The comparative print of `diff`, between documents in `wording` (a `layout` of the new version's
    /// tradition).
    public func package(_ diff: DocumentDiff, wording: Wording, layout: PrintLayout, title: String) -> WordPackage {
        let japanese = wording.isJapanese
        let layout = layout.comparative(writing: japanese ? writing : .horizontal)
        var body = WordBody()
        if japanese {
            tables(diff, layout: layout, title: title, into: &body)
        } else {
            ramseyer(diff, title: title, into: &body)
        }
        let styles = self.styles(layout, japanese: japanese)
        return WordPackage(
            document: body.document(layout), styles: WordStyleSheet(layout: layout, styles: styles).markup,
            title: title, language: layout.language)
    }

    // MARK: 新旧対照表

    private func tables(_ diff: DocumentDiff, layout: PrintLayout, title: String, into body: inout WordBody) {
        let vertical = writing == .vertical
        let (newTitle, oldTitle) = vertical ? ("改正案", "現行") : ("改正後", "改正前")
        body.paragraph(Self.heading, text: title + "　新旧対照表")
        body.paragraph(Self.note, text: "（傍線部分は改正部分）")
        let header = [[Self.paragraph(Self.columnHeading, newTitle)], [Self.paragraph(Self.columnHeading, oldTitle)]]
        var rows: [(cells: [[String]], length: Int)] = []
        let omission = [WordRun("（略）")]
        for stretch in Self.stretches(diff) {
            guard case .changed(let change) = stretch else {
                rows += self.rows(omission, omission, layout: layout, vertical: vertical)
                continue
            }
            let new = side(change.new, of: change, keeping: .insert, absent: "（削る）")
            let old = side(change.old, of: change, keeping: .delete, absent: "（新設）")
            // A row for each paragraph, so that the two versions of a paragraph stand side by side (one above the
            // other in vertical writing) and a long provision breaks between pages; （新設） and （削る） stand
            // beside the first line of the provision they answer.
            let lines =
                change.old.isEmpty || change.new.isEmpty
                ? (0..<max(new.count, old.count)).map {
                    ($0 < new.count ? new[$0] : nil, $0 < old.count ? old[$0] : nil)
                }
                : Self.paired(new, old)
            for (newLine, oldLine) in lines { rows += self.rows(newLine, oldLine, layout: layout, vertical: vertical) }
        }
        // Two columns across the line; in vertical writing the columns are the upper and lower tiers.
        let half = layout.lineLength / 2
        let widths = [half, layout.lineLength - half]
        guard vertical else {
            body.table(widths: widths, rows: [header] + rows.map(\.cells), header: true)
            return
        }
        // LibreOffice does not break a table in vertical writing across pages: a table a page, each with its
        // header, as ministries print them.
        var page: [[[String]]] = []
        var used = 4 * Self.linePitch(layout)
        for row in rows {
            if !page.isEmpty, used + row.length > layout.pageLength {
                body.table(widths: widths, rows: [header] + page, header: true)
                body.pageBreak()
                (page, used) = ([], Self.linePitch(layout))
            }
            page.append(row.cells)
            used += row.length
        }
        if !page.isEmpty { body.table(widths: widths, rows: [header] + page, header: true) }
    }

    /// The rows of the table for two lines: their cells, and how much of the page each row takes along the lines'
    /// progress (its height in horizontal writing, its width in vertical writing), in twentieths of a point. In
    /// vertical writing a paragraph too long for one page is cut into rows that each fit on one.
    private func rows(_ new: [WordRun]?, _ old: [WordRun]?, layout: PrintLayout, vertical: Bool) -> [(
        cells: [[String]], length: Int
    )] {
        // Full-width characters count one, others half; each tier holds half the line length, less its margins.
        let perLine = max(1, (layout.lineLength / 2 - 400) / layout.character)
        func width(_ line: [WordRun]?) -> Double {
            (line ?? []).flatMap(\.text).reduce(0.0) { $0 + ($1.isASCII ? 0.5 : 1) }
        }
        let linesPerPage = max(1, layout.pageLength / Self.linePitch(layout) - 6)
        let pieces = [new, old].map { line -> [[WordRun]?] in
            guard vertical, let line, width(line) > Double(perLine * linesPerPage) else { return [line] }
            return Self.cut(line, every: perLine * linesPerPage)
        }
        return (0..<(pieces.map(\.count).max() ?? 1)).map { index in
            let (newPiece, oldPiece) = (
                index < pieces[0].count ? pieces[0][index] : nil, index < pieces[1].count ? pieces[1][index] : nil
            )
            let cells = [newPiece, oldPiece].map { line in line.map { [WordBody.paragraph(Self.cell, $0)] } ?? [] }
            let lines = [newPiece, oldPiece].map { max(1, Int((width($0) / Double(perLine)).rounded(.up))) }
            return (cells, (lines.max() ?? 1) * Self.linePitch(layout))
        }
    }

    /// A line's runs cut into pieces of at most `size` characters, each run keeping its style.
    static func cut(_ line: [WordRun], every size: Int) -> [[WordRun]?] {
        var pieces: [[WordRun]] = [[]]
        var room = size
        for run in line {
            var rest = Substring(run.text)
            while !rest.isEmpty {
                if room == 0 {
                    pieces.append([])
                    room = size
                }
                let part = rest.prefix(room)
                pieces[pieces.count - 1].append(WordRun(String(part), style: run.style))
                room -= part.count
                rest = rest.dropFirst(part.count)
            }
        }
        return pieces.map { $0 }
    }

    /// The distance between lines of text, in twentieths of a point.
    private static func linePitch(_ layout: PrintLayout) -> Int { layout.character * 3 / 2 }

    /// One version of a changed provision, a line a paragraph: its 見出し, its number running into its text, its
    /// paragraphs and items; the words only this side has marked with `EnactInserted` (傍線), all of them when the
    /// other version has no such provision.
    private func side(
        _ divisions: [AlignedDivision], of change: DivisionChange, keeping kept: DiffSegment.Operation, absent: String
    ) -> [[WordRun]] {
        guard !divisions.isEmpty else { return [[WordRun(absent)]] }
        var runs: [WordRun] = []
        if change.segments.isEmpty {
            // Inserted or struck whole (marked), or moved as it was.
            let whole = change.old.isEmpty || change.new.isEmpty ? Self.inserted : nil
            runs = divisions.enumerated().flatMap { index, division in
                [WordRun((index > 0 ? "\n" : "") + division.citation + "　"), WordRun(division.text, style: whole)]
            }
        } else {
            runs = [WordRun(divisions.map(\.citation).joined(separator: "・") + "　")]
            for segment in change.segments {
                switch segment.operation {
                case .equal: runs.append(WordRun(segment.text))
                case kept: runs.append(WordRun(segment.text, style: Self.inserted))
                default: continue
                }
            }
        }
        // A 見出し above the provision, unless its citation carries it (附則　（令和九年法律第十号）).
        let caption =
            divisions.count == 1
            ? divisions[0].heading.flatMap { heading in
                divisions[0].citation.contains(heading)
                    ? nil : [[WordRun(heading.hasPrefix("（") ? heading : "（\(heading)）")]]
            } ?? [] : []
        return caption + Self.lines(runs).map(Self.printedAsStatutes)
    }

    /// A line of a provision's text as statutes print it: the number of a paragraph in full-width digits, and an
    /// ideographic space after the number (「２　前項の…」 for the aligner's 「2 前項の…」).
    static func printedAsStatutes(_ line: [WordRun]) -> [WordRun] {
        guard var first = line.first, let space = first.text.firstIndex(of: " ") else { return line }
        let label = first.text[..<space]
        guard !label.isEmpty, label.count <= 8, !label.contains("　") else { return line }
        let wide = String(
            label.unicodeScalars.map { scalar in
                guard scalar.isASCII, scalar.properties.numericType != nil,
                    let value = Unicode.Scalar(scalar.value + 0xFEE0)
                else { return Character(scalar) }
                return Character(value)
            })
        first.text = wide + "　" + first.text[first.text.index(after: space)...]
        return [first] + line.dropFirst()
    }

    /// The lines of the two versions of a provision paired for the rows of the table (``OrderedPairing``): the
    /// same lines, then lines whose words most resemble each other, a shared number (「２」, 「一」) counting a
    /// little, side by side; a line only one version has beside an empty cell.
    static func paired(_ new: [[WordRun]], _ old: [[WordRun]]) -> [([WordRun]?, [WordRun]?)] {
        func text(_ line: [WordRun]) -> String { line.map(\.text).joined() }
        func isCaption(_ line: [WordRun]) -> Bool { text(line).hasPrefix("（") && text(line).hasSuffix("）") }
        func split(_ line: [WordRun]) -> (label: Substring, body: Substring) {
            let whole = Substring(text(line))
            guard let space = whole.firstIndex(where: { $0 == " " || $0 == "\u{3000}" }) else { return ("", whole) }
            return (whole[..<space], whole[whole.index(after: space)...])
        }
        let pairs = OrderedPairing.pairs(
            old: old.map(text), new: new.map(text),
            score: { o, n in
                // 見出し pair with each other, whatever their words.
                if isCaption(old[o]), isCaption(new[n]) { return OrderedPairing.threshold }
                let (oldLabel, oldBody) = split(old[o])
                let (newLabel, newBody) = split(new[n])
                let value =
                    OrderedPairing.dice(String(oldBody), String(newBody))
                    + (!newLabel.isEmpty && oldLabel == newLabel ? OrderedPairing.sameNumberBonus : 0)
                return value >= OrderedPairing.threshold ? value : nil
            })
        var rows: [([WordRun]?, [WordRun]?)] = []
        var (i, j) = (0, 0)
        for pair in pairs + [(old: old.count, new: new.count)] {
            rows += old[i..<pair.old].map { (nil, $0) }
            rows += new[j..<pair.new].map { ($0, nil) }
            if pair.old < old.count, pair.new < new.count { rows.append((new[pair.new], old[pair.old])) }
            (i, j) = (pair.old + 1, pair.new + 1)
        }
        return rows
    }

    // MARK: Ramseyer

    private func ramseyer(_ diff: DocumentDiff, title: String, into body: inout WordBody) {
        body.paragraph(Self.heading, text: "Changes in Existing Law Made by the Bill")
        body.paragraph(
            Self.note,
            text: "In compliance with clause 3(e) of rule XIII of the Rules of the House of Representatives, changes "
                + "in existing law made by the bill are shown as follows (existing law proposed to be omitted is "
                + "enclosed in black brackets, new matter is printed in italic, existing law in which no change is "
                + "proposed is shown in roman):")
        body.paragraph(Self.columnHeading, text: title)
        for stretch in Self.stretches(diff) {
            guard case .changed(let change) = stretch else {
                body.paragraph(Self.columnHeading, text: "*\u{2003}*\u{2003}*\u{2003}*\u{2003}*\u{2003}*\u{2003}*")
                continue
            }
            var runs: [WordRun] = []
            let divisions = change.new.isEmpty ? change.old : change.new
            runs.append(WordRun(divisions.map(\.citation).joined(separator: ", ") + ". "))
            if change.segments.isEmpty {
                // Struck whole, inserted whole, or moved as it was.
                let text = divisions.map(\.text).joined(separator: "\n")
                if change.new.isEmpty {
                    runs.append(WordRun("[" + text + "]", style: Self.omitted))
                } else {
                    runs.append(WordRun(text, style: change.old.isEmpty ? Self.inserted : nil))
                }
            } else {
                for segment in change.segments {
                    switch segment.operation {
                    case .equal: runs.append(WordRun(segment.text))
                    case .delete: runs.append(WordRun("[" + segment.text + "]", style: Self.omitted))
                    case .insert: runs.append(WordRun(segment.text, style: Self.inserted))
                    }
                }
            }
            for line in Self.lines(runs) { body.paragraph(Self.cell, line) }
        }
    }

    // MARK: Shared

    /// A stretch of the compared documents: a changed provision, or provisions that did not change, which a
    /// comparative print leaves out (（略）, `* * *`).
    enum Stretch {
        case changed(DivisionChange)
        case unchanged
    }

    /// The changes of `diff` in order, each run of unchanged provisions between them as one ``Stretch/unchanged``.
    static func stretches(_ diff: DocumentDiff) -> [Stretch] {
        var stretches: [Stretch] = []
        for change in diff.changes {
            if !change.isUnchanged {
                stretches.append(.changed(change))
            } else if case .changed? = stretches.last {
                stretches.append(.unchanged)
            } else if stretches.isEmpty {
                stretches.append(.unchanged)
            }
        }
        return stretches
    }

    /// Runs split into paragraphs at their line breaks.
    static func lines(_ runs: [WordRun]) -> [[WordRun]] {
        var lines: [[WordRun]] = [[]]
        for run in runs {
            for (index, piece) in run.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { lines.append([]) }
                if !piece.isEmpty { lines[lines.count - 1].append(WordRun(String(piece), style: run.style)) }
            }
        }
        return lines.filter { !$0.isEmpty }
    }

    private static func paragraph(_ style: String, _ text: String) -> String {
        WordBody.paragraph(style, [WordRun(text)])
    }

    private func styles(_ layout: PrintLayout, japanese: Bool) -> [WordStyle] {
        [
            WordStyle(
                id: Self.heading, name: "Enact Comparison Heading",
                paragraph: ParagraphFormat(spaceAfter: 120, centred: true),
                run: japanese ? "" : "<w:b/><w:caps/>"),
            WordStyle(id: Self.note, name: "Enact Comparison Note", paragraph: ParagraphFormat(spaceAfter: 120)),
            WordStyle(
                id: Self.columnHeading, name: "Enact Comparison Column Heading",
                paragraph: ParagraphFormat(spaceBefore: 120, spaceAfter: 120, centred: true)),
            WordStyle(
                id: Self.cell, name: "Enact Comparison Text",
                paragraph: japanese
                    ? ParagraphFormat(indent: layout.character, firstLine: -layout.character) : ParagraphFormat()),
            WordStyle(
                id: Self.inserted, name: "Enact Inserted", kind: .character,
                run: japanese ? "<w:u w:val=\"single\"/>" : "<w:i/>"),
            // Omitted matter keeps its roman type inside its black brackets.
            WordStyle(id: Self.omitted, name: "Enact Omitted", kind: .character),
        ]
    }
}
