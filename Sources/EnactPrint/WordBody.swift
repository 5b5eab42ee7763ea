import EnactXML

/// A run of text in a Word paragraph, with the character style that marks it (an inserted or struck passage).
struct WordRun: Sendable {
    var text: String
    var style: String?

    init(_ text: String, style: String? = nil) {
        self.text = text
        self.style = style
    }
}

/// The body of a Word document as it is built: paragraphs of named styles, one a line, and tables.
struct WordBody {
    private(set) var markup = ""

    /// A paragraph of `style` holding `runs`; line breaks in their text become `<w:br/>`.
    mutating func paragraph(_ style: String, _ runs: [WordRun]) {
        markup += Self.paragraph(style, runs) + "\n"
    }

    /// A paragraph of `style` holding `text`.
    mutating func paragraph(_ style: String, text: String) {
        paragraph(style, [WordRun(text)])
    }

    /// A table whose rows are lists of cells, each cell a list of paragraphs; `widths` in twentieths of a point;
    /// ruled round and between its columns (LibreOffice loses a table whose table style rules it in vertical
    /// writing, so the rules are the table's own); the first row repeats on every page when `header` is set.
    mutating func table(widths: [Int], rows: [[[String]]], header: Bool) {
        let rule = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        let rules = ["top", "left", "bottom", "right", "insideV"].map { "<w:\($0) \(rule)/>" }.joined()
        markup += "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        markup += "<w:tblBorders>\(rules)</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
        markup += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>\n"
        for (index, row) in rows.enumerated() {
            markup += "<w:tr>" + (index == 0 && header ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "")
            for (cell, width) in zip(row, widths) {
                markup += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
                markup += (cell.isEmpty ? ["<w:p/>"] : cell).joined()
                markup += "</w:tc>"
            }
            markup += "</w:tr>\n"
        }
        // A table must be followed by a paragraph before the section ends.
        markup += "</w:tbl>\n<w:p/>\n"
    }

    /// A page break.
    mutating func pageBreak() {
        markup += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n"
    }

    /// The markup of one paragraph, for a table cell.
    static func paragraph(_ style: String, _ runs: [WordRun]) -> String {
        var xml = "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>"
        for run in runs where !run.text.isEmpty {
            xml += "<w:r>"
            if let style = run.style { xml += "<w:rPr><w:rStyle w:val=\"\(style)\"/></w:rPr>" }
            let lines = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                if index > 0 { xml += "<w:br/>" }
                if !line.isEmpty { xml += "<w:t xml:space=\"preserve\">\(XMLTextWriter.escaped(String(line)))</w:t>" }
            }
            xml += "</w:r>"
        }
        return xml + "</w:p>"
    }

    /// The main document part: the body, then the section properties of `layout`.
    func document(_ layout: PrintLayout) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(WordPackage.mainNamespace)">
        <w:body>
        \(markup)\(layout.sectionProperties)
        </w:body>
        </w:document>

        """
    }
}
