import EnactXML

/// A named style of a Word file: what a drafter restyles in Word to change every paragraph of one kind at once.
public struct WordStyle: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case paragraph, character
    }

    /// The style's identifier in the markup (`EnactArticle`).
    public var id: String
    /// The name Word shows (`Enact Article`).
    public var name: String
    public var kind: Kind
    /// How its paragraphs are set.
    public var paragraph: ParagraphFormat
    /// Run properties (`<w:b/>`, `<w:u w:val="single"/>` …), written inside `<w:rPr>`.
    public var run: String

    public init(
        id: String, name: String, kind: Kind = .paragraph, paragraph: ParagraphFormat = ParagraphFormat(),
        run: String = ""
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.paragraph = paragraph
        self.run = run
    }

    var markup: String {
        var xml = "<w:style w:type=\"\(kind.rawValue)\" w:customStyle=\"1\" w:styleId=\"\(id)\">"
        xml += "<w:name w:val=\"\(XMLTextWriter.escapedAttribute(name))\"/>"
        if kind == .paragraph { xml += "<w:basedOn w:val=\"Normal\"/><w:qFormat/>" }
        if kind == .paragraph, !paragraph.markup.isEmpty { xml += "<w:pPr>\(paragraph.markup)</w:pPr>" }
        if !run.isEmpty { xml += "<w:rPr>\(run)</w:rPr>" }
        return xml + "</w:style>"
    }
}

/// The style sheet of a Word file (`word/styles.xml`): the defaults of a layout (fonts, size, language) and the
/// named styles its paragraphs and runs use.
struct WordStyleSheet {
    var layout: PrintLayout
    var styles: [WordStyle]

    var markup: String {
        let fonts =
            "<w:rFonts w:ascii=\"\(layout.latinFont)\" w:hAnsi=\"\(layout.latinFont)\" "
            + "w:eastAsia=\"\(layout.eastAsianFont)\" w:cs=\"\(layout.latinFont)\"/>"
        let language = "<w:lang w:val=\"\(layout.language)\" w:eastAsia=\"\(layout.language)\"/>"
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="\(WordPackage.mainNamespace)">
            <w:docDefaults><w:rPrDefault><w:rPr>\(fonts)<w:sz w:val="\(layout.fontSize)"/>\
            <w:szCs w:val="\(layout.fontSize)"/>\(language)</w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault>\
            </w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">\
            <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
            <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>\
            </w:tblCellMar></w:tblPr></w:style>

            """
        for style in styles { xml += style.markup + "\n" }
        return xml + "</w:styles>\n"
    }
}

/// How a paragraph is set: kept with the next, the space around it, its indentation and alignment; written in the
/// order WordprocessingML requires.
public struct ParagraphFormat: Sendable, Hashable {
    public var keepWithNext: Bool
    /// Space before and after, in twentieths of a point.
    public var spaceBefore: Int?
    public var spaceAfter: Int?
    /// How far its lines stand in from the margin, in twentieths of a point.
    public var indent: Int
    /// How much further in the first line starts (out when negative: a hanging indent).
    public var firstLine: Int
    public var centred: Bool

    public init(
        keepWithNext: Bool = false, spaceBefore: Int? = nil, spaceAfter: Int? = nil, indent: Int = 0,
        firstLine: Int = 0, centred: Bool = false
    ) {
        self.keepWithNext = keepWithNext
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.indent = indent
        self.firstLine = firstLine
        self.centred = centred
    }

    var markup: String {
        var xml = keepWithNext ? "<w:keepNext/>" : ""
        if spaceBefore != nil || spaceAfter != nil {
            xml +=
                "<w:spacing" + (spaceBefore.map { " w:before=\"\($0)\"" } ?? "")
                + (spaceAfter.map { " w:after=\"\($0)\"" } ?? "") + "/>"
        }
        if indent != 0 || firstLine != 0 {
            let first = firstLine < 0 ? "w:hanging=\"\(-firstLine)\"" : "w:firstLine=\"\(firstLine)\""
            xml += "<w:ind w:left=\"\(indent)\" \(first)/>"
        }
        if centred { xml += "<w:jc w:val=\"center\"/>" }
        return xml
    }
}
