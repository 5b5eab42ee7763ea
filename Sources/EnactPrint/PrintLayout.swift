import EnactCore

/// How a tradition prints its bills: paper, orientation, the direction of writing, line numbers and fonts.
///
/// | tradition | paper | writing | line numbers | fonts |
/// |---|---|---|---|---|
/// | Japan (jp) | A4 landscape | vertical (top to bottom, right to left); horizontal on request | no | 明朝 (Noto Serif CJK JP) |
/// | United States (us) | US Letter | horizontal | restarting on each page | Century Schoolbook |
/// | Australia (au) | A4 | horizontal | no | Times New Roman |
/// | Korea (kr) | A4 | horizontal | no | 바탕 (Noto Serif CJK KR); Times New Roman for translations |
public struct PrintLayout: Sendable, Hashable {
    /// The direction lines run in.
    public enum Writing: String, CaseIterable, Sendable {
        /// 縦書き: characters top to bottom, lines right to left (the section's text direction `tbRl`).
        case vertical
        /// 横書き: left to right, top to bottom.
        case horizontal
    }

    /// A sheet of paper, in twentieths of a point, portrait.
    public struct Paper: Sendable, Hashable {
        public var width: Int
        public var height: Int

        public static let a4 = Paper(width: 11_906, height: 16_838)
        public static let letter = Paper(width: 12_240, height: 15_840)
    }

    public var writing: Writing
    public var paper: Paper
    public var landscape: Bool
    /// Line numbers in the margin, restarting on every page, as US bills are printed.
    public var lineNumbers: Bool
    /// The font of Latin text.
    public var latinFont: String
    /// The font of East Asian text.
    public var eastAsianFont: String
    /// The size of body text in half-points (24 = 12 pt).
    public var fontSize: Int
    /// The language of the text, for proofing (`ja-JP`).
    public var language: String
    /// The margins, in twentieths of a point.
    public var margin: Int

    /// The layout of a bill of `tradition`; `writing` overrides the tradition's own direction.
    public static func bill(_ tradition: TraditionID, language: String?, writing: Writing? = nil) -> PrintLayout {
        switch tradition {
        case .jp where language?.hasPrefix("ja") != false:
            let writing = writing ?? .vertical
            return PrintLayout(
                writing: writing, paper: .a4, landscape: writing == .vertical, lineNumbers: false,
                latinFont: "Noto Serif CJK JP", eastAsianFont: "Noto Serif CJK JP", fontSize: 24, language: "ja-JP",
                margin: 1_440)
        case .kr:
            // Korean statutes, or their English translations (KLRI).
            let korean = language?.hasPrefix("ko") == true
            return PrintLayout(
                writing: .horizontal, paper: .a4, landscape: false, lineNumbers: false,
                latinFont: korean ? "Noto Serif CJK KR" : "Times New Roman", eastAsianFont: "Noto Serif CJK KR",
                fontSize: 22, language: korean ? "ko-KR" : "en", margin: 1_440)
        case .us:
            return PrintLayout(
                writing: .horizontal, paper: .letter, landscape: false, lineNumbers: true,
                latinFont: "Century Schoolbook", eastAsianFont: "Noto Serif CJK JP", fontSize: 24, language: "en-US",
                margin: 1_800)
        default:
            return PrintLayout(
                writing: .horizontal, paper: .a4, landscape: false, lineNumbers: false, latinFont: "Times New Roman",
                eastAsianFont: "Noto Serif CJK JP", fontSize: 24, language: language ?? "en", margin: 1_440)
        }
    }

    /// The layout of a comparative print: landscape, so that two versions fit side by side (horizontal) or one
    /// above the other (vertical), without line numbers.
    public func comparative(writing: Writing) -> PrintLayout {
        var layout = self
        layout.writing = writing
        layout.landscape = true
        layout.lineNumbers = false
        layout.fontSize = min(fontSize, 21)
        return layout
    }

    /// One character of body text, in twentieths of a point: the unit Japanese indentation counts in.
    public var character: Int { fontSize * 10 }

    /// The width of the text between the margins of a page, in twentieths of a point (along the line in
    /// horizontal writing, across the lines — the page's height — in vertical writing).
    public var lineLength: Int {
        let (width, height) = landscape ? (paper.height, paper.width) : (paper.width, paper.height)
        return (writing == .vertical ? height : width) - 2 * margin
    }

    /// The extent of a page's text in the direction its lines follow one another, in twentieths of a point (its
    /// height in horizontal writing, its width in vertical writing).
    public var pageLength: Int {
        let (width, height) = landscape ? (paper.height, paper.width) : (paper.width, paper.height)
        return (writing == .vertical ? width : height) - 2 * margin
    }

    /// The section properties: paper, margins, text direction and line numbering.
    var sectionProperties: String {
        let (width, height) = landscape ? (paper.height, paper.width) : (paper.width, paper.height)
        var xml = "<w:sectPr>"
        xml += "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"\(landscape ? " w:orient=\"landscape\"" : "")/>"
        xml +=
            "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" w:left=\"\(margin)\" "
            + "w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>"
        if lineNumbers { xml += "<w:lnNumType w:countBy=\"1\" w:distance=\"360\" w:restart=\"newPage\"/>" }
        if writing == .vertical { xml += "<w:textDirection w:val=\"tbRl\"/>" }
        return xml + "</w:sectPr>"
    }
}
