import EnactCore
import EnactXML
import Foundation

/// A 読替え table as an amending act prints it, one cell a line: the provisions of the law read (上欄), then each
/// pair of the words it reads (中欄) and the words read instead (下欄). A provision cell spans the pairs after it,
/// as e-Gov's `<TableStruct>` shows with an empty cell under it. A table of two columns (「次の表の上欄に掲げる字句
/// は、それぞれ同表の下欄に掲げる字句に読み替える」) has pairs only.
public struct PrintedTable: Hashable, Sendable {
    /// The rows, each of `columns` cells; a provision cell continued from the row above is empty.
    public private(set) var rows: [[String]]

    /// The table whose cells `lines` print, for a 読替え sentence that names `columns` columns (2 or 3); nil when
    /// the cells do not fill rows of that shape.
    public init?(lines: [String], columns: Int) {
        let cells = lines.map { $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{3000}"))) }
            .filter { !$0.isEmpty }
        var rows: [[String]] = []
        if columns == 2 {
            guard cells.count.isMultiple(of: 2) else { return nil }
            rows = stride(from: 0, to: cells.count, by: 2).map { [cells[$0], cells[$0 + 1]] }
        } else {
            guard columns == 3, let first = cells.first, Self.namesProvisions(first) else { return nil }
            var index = 0
            while index < cells.count {
                var provision = cells[index]
                index += 1
                var pairs = 0
                // The pairs under one provision cell run to the next cell that names provisions.
                while index + 1 < cells.count, pairs == 0 || !Self.namesProvisions(cells[index]) {
                    rows.append([provision, cells[index], cells[index + 1]])
                    provision = ""
                    index += 2
                    pairs += 1
                }
                guard pairs > 0 else { return nil }
            }
        }
        guard !rows.isEmpty else { return nil }
        self.rows = rows
    }

    /// The table an e-Gov `<TableStruct>` holds, a row for each `<TableRow>`, a cell for each `<TableColumn>`;
    /// nil when it has no rows or its rows differ in width.
    public init?(_ tableStruct: XMLElement) {
        let rows = (tableStruct.element("Table")?.elements ?? []).filter { $0.name == "TableRow" }.map { row in
            row.elements.filter { $0.name == "TableColumn" }.map { column in
                column.elements.map { InlineText.collapsingWhitespace($0.text) }.joined()
            }
        }
        guard let width = rows.first?.count, width > 0, rows.allSatisfy({ $0.count == width }) else { return nil }
        self.rows = rows
    }

    /// The cells as an amending act prints them, one a line: a provision cell continued from the row above is not
    /// printed again.
    public var cells: [String] { rows.flatMap { $0 }.filter { !$0.isEmpty } }

    /// How many columns the 読替え sentence introducing a table names: three when it has a 中欄.
    public static func columns(introducedBy sentence: String) -> Int {
        sentence.contains("中欄") ? 3 : 2
    }

    /// Whether a cell names provisions only (第百三十三条の二第一項から第三項まで、第百三十三条の三第一項及び…), not words.
    static func namesProvisions(_ cell: String) -> Bool {
        guard cell.hasPrefix("第") else { return false }
        var rest = Substring(cell)
        let connectives = ["及び", "並びに", "から", "まで", "、", "ただし書", "本文", "前段", "後段", "各号列記以外の部分", "同項", "同条"]
        while !rest.isEmpty {
            if let word = connectives.first(where: { rest.hasPrefix($0) }) {
                rest = rest.dropFirst(word.count)
                continue
            }
            guard rest.hasPrefix("第") else { return false }
            let number = rest.dropFirst().prefix { Numeral.kanji.parse(String($0)) != nil }
            guard !number.isEmpty else { return false }
            rest = rest.dropFirst(1 + number.count)
            guard let counter = rest.first, "編章節款目条項号".contains(counter) else { return false }
            rest = rest.dropFirst()
            while rest.hasPrefix("の"), let next = rest.dropFirst().first, Numeral.kanji.parse(String(next)) != nil {
                rest = rest.dropFirst().drop { Numeral.kanji.parse(String($0)) != nil }
            }
        }
        return true
    }

    /// The table as e-Gov's `<TableStruct>`, ruled as e-Gov rules it: a provision cell that spans rows has no
    /// rule below it, the empty cells under it none above.
    public var markup: PreservedMarkup {
        var xml = XMLTextWriter(declaration: false)
        xml.open("TableStruct")
        xml.open("Table", [("WritingMode", "vertical")])
        for (index, row) in rows.enumerated() {
            xml.open("TableRow")
            for (column, cell) in row.enumerated() {
                let continues = column == 0 && rows.count > index + 1 && rows[index + 1][0].isEmpty
                let continued = column == 0 && cell.isEmpty
                xml.open(
                    "TableColumn",
                    [
                        ("BorderBottom", continues ? "none" : "solid"), ("BorderLeft", "solid"),
                        ("BorderRight", "solid"), ("BorderTop", continued ? "none" : "solid"),
                    ])
                if cell.isEmpty {
                    xml.empty("Sentence", [("Num", "1"), ("WritingMode", "vertical")])
                } else {
                    xml.line("Sentence", [("Num", "1"), ("WritingMode", "vertical")], text: cell)
                }
                xml.close()
            }
            xml.close()
        }
        xml.close()
        xml.close()
        return PreservedMarkup(
            format: JapaneseLawFormat.name, markup: xml.output.trimmingCharacters(in: .newlines),
            text: cells.joined(separator: "\n"))
    }
}
