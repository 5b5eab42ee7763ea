import EnactCore
import EnactXML

/// Reads USLM 1 (the US Code, `uscDoc`) and USLM 2 (bills, public laws) into the model: Dublin Core metadata,
/// the levels from title to subitem with their `num value`s, headings, `chapeau`/`content` text with
/// references, dates and defined terms, and source credits and notes as annotations.
///
/// What the model cannot hold exactly is reported as a warning with its line, and its text is kept.
public struct USLMReader: Sendable {
    public init() {}

    /// The document and the warnings about what could not be mapped exactly.
    public func read(_ xml: ParsedXML) throws(DiagnosticError) -> (Document, [Diagnostic]) {
        guard let root = xml.root, let main = root.element("main") else {
            throw DiagnosticError(.error(
                "unknown-xml-format", "a USLM document needs a <main> element", at: SourceLocation(file: xml.file, line: 1, column: 1)))
        }
        var reader = Reader(tradition: Tradition.named(.us))
        let document = reader.read(root: root, main: main)
        return (document, reader.warnings)
    }
}

private struct Reader {
    let tradition: Tradition
    var warnings: [Diagnostic] = []
    private var warnedAboutTOC = false

    init(tradition: Tradition) {
        self.tradition = tradition
    }

    /// Elements a division or `<main>` reads itself.
    static let handled: Set<String> = [
        "longTitle", "enactingFormula", "preamble", "num", "heading", "content", "chapeau", "continuation", "notes",
        "note", "drafterNote", "sourceCredit", "toc",
    ]

    static let kinds: [String: DivisionKind] = [
        "title": .title, "subtitle": .subtitle, "chapter": .chapter, "subchapter": .subchapter, "part": .part,
        "subpart": .subpart, "division": .division, "subdivision": .subdivision, "section": .section,
        "subsection": .subsection, "paragraph": .paragraph, "subparagraph": .subparagraph, "clause": .clause,
        "subclause": .subclause, "item": .item, "subitem": .subitem,
    ]

    mutating func read(root: XMLElement, main: XMLElement) -> Document {
        let meta = root.element("meta")
        let enacted = root.name == "pLaw" || root.name == "uscDoc" || root.name == "statute"
        var metadata = Metadata(
            kind: enacted ? .act : .bill, jurisdiction: "US", language: root.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace") ?? "en",
            tradition: .us, status: enacted ? .inForce : nil)
        metadata.title = meta?.element("title")?.text ?? main.element("longTitle")?.element("officialTitle")?.text
        metadata.number = meta?.element("docNumber")?.text
        metadata.work = (root.attribute("identifier") ?? main.attribute("identifier")).flatMap(WorkIdentifier.init)
            ?? firstSectionWork(main)
        var document = Document(metadata: metadata)
        if let formula = main.element("enactingFormula") { document.enactingFormula = [.text(formula.text.trimmedSpaces)] }
        if let preamble = main.element("preamble") {
            document.preamble = preamble.elements.map { inlines($0) }
        }
        document.body = divisions(in: main)
        return document
    }

    /// A public law's work from its first section's identifier (`/us/pl/96/8/s1` → `/us/pl/96/8`).
    private func firstSectionWork(_ main: XMLElement) -> WorkIdentifier? {
        guard let section = main.elements.first(where: { Self.kinds[$0.name] != nil }), let identifier = section.attribute("identifier") else {
            return nil
        }
        var segments = identifier.split(separator: "/")
        segments.removeLast()
        return WorkIdentifier("/" + segments.joined(separator: "/"))
    }

    private mutating func divisions(in container: XMLElement) -> [Division] {
        var result: [Division] = []
        for element in container.elements {
            if let kind = Self.kinds[element.name] {
                result.append(division(element, kind: kind))
            } else if element.name == "toc" {
                if !warnedAboutTOC { warn(element, "the table of contents is not imported: Enact generates its own") }
                warnedAboutTOC = true
            } else if container.name == "main", !Self.handled.contains(element.name) {
                warn(element, "<\(element.name)> outside any division is not part of the model and was not imported")
            }
        }
        return result
    }

    private mutating func division(_ element: XMLElement, kind: DivisionKind) -> Division {
        var division = Division(kind: kind, numbering: .explicit, anchor: SourceAnchor(element.location))
        if let num = element.element("num") {
            division.writtenNumber = num.text.trimmedSpaces
            division.number = number(value: num.attribute("value"), text: num.text, kind: kind, element: num)
        }
        if element.element("num") == nil { division.writtenNumber = "" }
        if division.number == nil { division.numbering = .automatic }
        division.heading = element.element("heading").map { $0.text.trimmedSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        var content: [Inline] = []
        for child in element.elements {
            switch child.name {
            case "content", "chapeau":
                content = InlineText.joined(content, inlines(child))
            case "continuation":
                warn(child, "continuation text is kept before the subdivisions it follows")
                content = InlineText.joined(content, inlines(child))
            case "sourceCredit":
                division.annotations.append(.note(child.text.trimmedSpaces))
            case "notes":
                division.annotations += child.elements.map(note)
            case "note", "drafterNote":
                division.annotations.append(note(child))
            default:
                if Self.kinds[child.name] == nil, !Self.handled.contains(child.name) {
                    warn(child, "<\(child.name)> is not part of the model; its text was kept as plain text")
                    content = InlineText.joined(content, InlineText.normalised([.text(child.text)]))
                }
            }
        }
        division.content = content
        division.children = divisions(in: element)
        if element.attribute("status") == "repealed" {
            division.isRepealed = true
            division.content = []
        }
        return division
    }

    /// A note as an annotation: its heading, a colon, and its text on one line.
    private func note(_ element: XMLElement) -> Annotation {
        let heading = element.element("heading").map { $0.text.trimmedSpaces + ": " } ?? ""
        let body = element.elements.filter { $0.name != "heading" }.map { $0.text.trimmedSpaces }.joined(separator: " ")
        return .note(heading + (body.isEmpty ? element.text.trimmedSpaces : body))
    }

    /// The number in `num value` (`3301`, `3310a`, `b`, `iv`, `aa`), or read from the text (`SEC. 12.`).
    private mutating func number(value: String?, text: String, kind: DivisionKind, element: XMLElement) -> DivisionNumber? {
        let format = tradition.level(of: kind)?.english
        if let value, value.contains(",") || value.contains(" to "),
            let last = value.split(whereSeparator: { $0 == "," || $0 == " " }).last, let number = format?.parseToken(last)
        {
            warn(element, "the range '\(value)' is read as its last number, \(last)")
            return number
        }
        if let value, let number = format?.parseToken(Substring(value)) { return number }
        let token = text.filter { $0.isLetter || $0.isNumber || $0 == "-" }
            .replacingOccurrences(of: "SECTION", with: "").replacingOccurrences(of: "SEC", with: "")
        if let number = format?.parseToken(Substring(token)) { return number }
        warn(element, "cannot read the number '\(value ?? text)'; the division is numbered by position")
        return nil
    }

    /// Inline content: text, `<ref>`, `<date>`, `<term>`, emphasis; other elements as their text.
    private func inlines(_ element: XMLElement) -> [Inline] {
        var result: [Inline] = []
        for child in element.children {
            switch child {
            case .text(let text):
                result.append(.text(text))
            case .element(let inner):
                switch inner.name {
                case "ref":
                    let href = inner.attribute("href") ?? ""
                    result.append(href.isEmpty ? .text(inner.text) : .reference(CrossReference(target: .external(href), text: inner.text)))
                case "date":
                    if let date = inner.attribute("date").flatMap({ LegalDate(iso: $0) }) {
                        result.append(.date(DateMention(date: date, text: inner.text)))
                    } else {
                        result.append(.text(inner.text))
                    }
                case "term": result.append(.definition(TermDefinition(term: inner.text)))
                case "i", "b", "em": result.append(.emphasis(inner.text))
                case "p": result = InlineText.joined(result, inlines(inner))
                default: result += inlines(inner)
                }
            }
        }
        return InlineText.normalised(result)
    }


    private mutating func warn(_ element: XMLElement, _ message: String) {
        warnings.append(.warning("import", message, at: element.location))
    }
}

extension String {
    /// The string on one line: runs of white space made one space, none at either end.
    var trimmedSpaces: String { InlineText.collapsingWhitespace(self) }
}
