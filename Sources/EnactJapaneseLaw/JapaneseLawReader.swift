import EnactCore
import EnactXML

/// Reads Japan's standard law XML (法令標準XML) into the model: `<Law>` attributes and `<LawNum>` into metadata,
/// 編・章・節・款・目・条・項・号・号の細分 into divisions with their numbers (`Num="10_2"` is 第十条の二), captions and
/// titles into headings, sentences into text, 附則 and 別表 into supplementary provisions and schedules.
///
/// Real documents are messier than the schema: what the model cannot hold (tables, figures, subitems below the
/// third level, ranges such as 一から二十五まで) is kept as plain text with a warning at its line, never dropped.
public struct JapaneseLawReader: Sendable {
    public init() {}

    /// The document and the warnings about what could not be mapped exactly.
    public func read(_ xml: ParsedXML) throws(DiagnosticError) -> (Document, [Diagnostic]) {
        guard let law = xml.root, law.name == "Law" else {
            throw DiagnosticError(
                Diagnostic(
                    .unknownXmlFormat, "the root element is not <Law>",
                    at: SourceLocation(file: xml.file, line: 1, column: 1)))
        }
        var reader = Reader()
        let document = reader.read(law)
        return (document, reader.warnings)
    }

    /// Whether an element of this name is a division the model holds (`Article`, `Paragraph`, `Chapter` …).
    public static func providesDivision(_ name: String) -> Bool { Reader.divisionElements[name] != nil }

    /// The provisions an element holds as law XML elements — the `<NewProvision>` of an amending act's
    /// `<AmendProvision>`, which quotes articles, paragraphs, items or groupings — and the warnings about what
    /// could not be mapped exactly; the counterpart of ``JapaneseLawWriter/writeProvisions(_:)``.
    public func readProvisions(in container: XMLElement, language: String = "ja") -> ([Division], [Diagnostic]) {
        var reader = Reader()
        reader.japanese = language == "ja"
        let divisions = reader.divisions(in: container)
        return (divisions, reader.warnings)
    }
}

private struct Reader {
    var warnings: [Diagnostic] = []
    var japanese = true

    static let divisionElements: [String: DivisionKind] = [
        "Part": .part, "Chapter": .chapter, "Section": .section, "Subsection": .subsection, "Division": .division,
        "Article": .article, "Paragraph": .paragraph, "Item": .item, "Subitem1": .subitem, "Subitem2": .subitem2,
        "Subitem3": .subitem3,
    ]

    mutating func read(_ law: XMLElement) -> Document {
        japanese = (law.attribute("Lang") ?? "ja") == "ja"
        var metadata = Metadata(
            kind: .act, jurisdiction: "JP", language: japanese ? "ja" : "en", tradition: .jp, status: .inForce)
        metadata.number = law.element("LawNum")?.text
        let number = law.attribute("Num").flatMap { Int($0) }
        if let era = law.attribute("Era").flatMap(JapaneseEra.named),
            let year = law.attribute("Year").flatMap({ Int($0) })
        {
            let gregorian = era.start.year + year - 1
            if let month = law.attribute("PromulgateMonth").flatMap({ Int($0) }),
                let day = law.attribute("PromulgateDay").flatMap({ Int($0) })
            {
                metadata.dates.enacted = LegalDate(year: gregorian, month: month, day: day)
            }
            if let number { metadata.work = WorkIdentifier("/akn/jp/act/\(gregorian)/\(number)") }
        }
        var document = Document(metadata: metadata, tableOfContents: .none)
        guard let body = law.element("LawBody") else {
            warn(law, "the law has no <LawBody>")
            return document
        }
        for element in body.elements {
            switch element.name {
            case "LawTitle":
                document.metadata.title = element.text
                document.metadata.shortTitle = element.attribute("Abbrev").flatMap { $0.isEmpty ? nil : $0 }
            case "EnactStatement":
                // Each <EnactStatement> is a line of the formula.
                let statement = InlineText.collapsingWhitespace(plainText(element))
                document.enactingFormula =
                    document.enactingFormula.map { $0 + [.text("\n" + statement)] } ?? [.text(statement)]
            case "TOC":
                // Kept as the law prints it: its headings and article ranges as written.
                document.tableOfContents = .kept(
                    PreservedMarkup(
                        format: JapaneseLawFormat.name, markup: element.serialized, text: keptText(element)))
            case "Preamble":
                document.preamble += element.elements.map { sentences(in: $0) }
            case "MainProvision":
                document.body = divisions(in: element)
            case "SupplProvision":
                document.supplementaryProvisions.append(
                    SupplementaryProvisions(
                        heading: element.attribute("AmendLawNum"), divisions: divisions(in: element)))
            default:
                if element.name.hasPrefix("Appdx") {
                    document.schedules.append(schedule(element, index: document.schedules.count))
                } else {
                    warn(element, "<\(element.name)> is not part of the model; its text was kept as a schedule")
                    document.schedules.append(schedule(element, index: document.schedules.count))
                }
            }
        }
        return document
    }

    // MARK: Divisions

    mutating func divisions(in container: XMLElement) -> [Division] {
        container.elements.compactMap { element in
            guard let kind = Self.divisionElements[element.name] else { return nil }
            return division(element, kind: kind)
        }
    }

    private mutating func division(_ element: XMLElement, kind: DivisionKind) -> Division {
        var division = Division(
            kind: kind, numbering: .explicit, number: number(element), anchor: SourceAnchor(element.location))
        division.isRepealed = element.attribute("Delete") == "true"
        var content: [Inline] = []
        /// An element the model has no place for is kept whole, to be written back as it is; other formats show
        /// its text on lines of its own.
        func keep(_ element: XMLElement) {
            if !content.isEmpty { content = InlineText.merged(content + [.text("\n")]) }
            content.append(
                .preserved(
                    PreservedMarkup(
                        format: JapaneseLawFormat.name, markup: element.serialized, text: keptText(element))))
        }
        for child in element.elements {
            let name = child.name
            if let childKind = Self.divisionElements[name] {
                division.children.append(self.division(child, kind: childKind))
            } else if name == "ArticleCaption" || name == "ParagraphCaption" {
                division.heading = Self.withoutBrackets(child.text)
            } else if name == element.name + "Title", Self.isGroup(kind) {
                (division.writtenDesignation, division.heading) = Self.split(title: child.text)
            } else if name == element.name + "Title" || name == "ParagraphNum" {
                division.writtenDesignation = child.text
            } else if name.hasSuffix("Sentence") {
                content = InlineText.merged(content + sentences(in: child))
            } else if name.hasPrefix("Subitem") {
                warn(
                    child,
                    "<\(name)> is deeper than the model's three levels below 号: it is kept whole in the parent for Japanese law XML, as its text for other formats"
                )
                keep(child)
            } else {
                warn(
                    child,
                    "<\(name)> has no place in the model: it is kept whole for Japanese law XML, as its text for other formats"
                )
                keep(child)
            }
        }
        if division.isRepealed, ["削除", "Deleted"].contains(content.plainText) { content = [] }
        // A deleted article holds one paragraph saying so, which the model does not keep.
        if division.isRepealed, division.children.count == 1, let only = division.children.first,
            only.kind == .paragraph,
            ["削除", "Deleted"].contains(only.content.plainText), only.children.isEmpty
        {
            division.children = []
        }
        division.content = content
        return division
    }

    /// `10_2` → [10, 2]; a range `1:25` keeps its first number, with a warning.
    private mutating func number(_ element: XMLElement) -> DivisionNumber? {
        guard let raw = element.attribute("Num") else { return nil }
        var text = Substring(raw)
        if let colon = text.firstIndex(of: ":") {
            warn(element, "the range Num=\"\(raw)\" is read as its first number")
            text = text[..<colon]
        }
        let parts = text.split(separator: "_").compactMap { Int($0) }
        guard let number = DivisionNumber(parts) else {
            warn(element, "cannot read Num=\"\(raw)\"")
            return nil
        }
        return number
    }

    private static func isGroup(_ kind: DivisionKind) -> Bool {
        [.part, .chapter, .section, .subsection, .division].contains(kind)
    }

    /// 第一章　総則 → (第一章, 総則); `Chapter I General Provisions` → (`Chapter I`, `General Provisions`).
    private static func split(title: String) -> (String, String?) {
        if !title.contains("\u{3000}") {
            let words = title.split(separator: " ", maxSplits: 2)
            if words.count >= 2, ["Part", "Chapter", "Section", "Subsection", "Division"].contains(words[0]) {
                return (words.prefix(2).joined(separator: " "), words.count == 3 ? String(words[2]) : nil)
            }
        }
        guard let space = title.firstIndex(where: { $0 == "\u{3000}" || $0 == " " }) else { return (title, nil) }
        let heading = title[title.index(after: space)...].trimmingPrefix { $0 == "\u{3000}" || $0 == " " }
        return (String(title[..<space]), heading.isEmpty ? nil : String(heading))
    }

    /// The text of `<Sentence>`s (and `<Column>`s, joined by a full-width space), with ruby.
    private func sentences(in element: XMLElement) -> [Inline] {
        let columns = element.elements.filter { $0.name == "Column" }
        guard !columns.isEmpty else { return InlineText.normalised(inlines(element)) }
        var result: [Inline] = []
        for column in columns {
            if !result.isEmpty { result.append(.text(japanese ? "\u{3000}" : " ")) }
            result += InlineText.normalised(inlines(column))
        }
        return InlineText.merged(result)
    }

    /// The inline content of an element: its text, and `<Ruby>` as characters with their reading. White space
    /// between elements lays out the XML and is not text.
    private func inlines(_ element: XMLElement) -> [Inline] {
        var result: [Inline] = []
        let children = element.children
        let holdsElements = children.contains { if case .element = $0 { true } else { false } }
        for child in children {
            switch child {
            case .text(let text):
                if holdsElements, text.allSatisfy(\.isWhitespace) { continue }
                result.append(.text(text))
            case .element(let inner) where inner.name == "Ruby":
                let reading = inner.elements.filter { $0.name == "Rt" }.map(\.text).joined()
                result.append(.ruby(Ruby(base: plainText(inner), reading: reading)))
            case .element(let inner):
                result += inlines(inner)
            }
        }
        return result
    }

    /// The text of an element the model has no place for (a table, a figure, a list too deep), one line for each
    /// element that holds text of its own (a sentence, a cell), without the whitespace that lays out the XML.
    private func keptText(_ element: XMLElement) -> String {
        var lines: [String] = []
        func collect(_ element: XMLElement) {
            let holdsText = element.children.contains { child in
                if case .text(let text) = child { return !text.allSatisfy(\.isWhitespace) }
                return false
            }
            if holdsText {
                let text = InlineText.collapsingWhitespace(plainText(element))
                if !text.isEmpty { lines.append(text) }
            } else {
                element.elements.forEach(collect)
            }
        }
        collect(element)
        return lines.joined(separator: "\n")
    }

    /// The text of an element without ruby readings and without the white space between elements.
    private func plainText(_ element: XMLElement) -> String {
        let children = element.children
        let holdsElements = children.contains { if case .element = $0 { true } else { false } }
        return children.map { child in
            switch child {
            case .text(let text): holdsElements && text.allSatisfy(\.isWhitespace) ? "" : text
            case .element(let inner): inner.name == "Rt" ? "" : plainText(inner)
            }
        }.joined()
    }

    private mutating func schedule(_ element: XMLElement, index: Int) -> Schedule {
        let title = element.elements.first { $0.name.hasSuffix("Title") }?.text
        let number = element.attribute("Num").flatMap { Int($0) }.map(DivisionNumber.init)
        // The appendix is kept whole for Japanese law XML (its tables, items and forms have no place in the model);
        // other formats show its text, a line for each sentence or cell.
        let text = element.elements.filter { !$0.name.hasSuffix("Title") }.map(keptText).filter { !$0.isEmpty }
        let kept = PreservedMarkup(
            format: JapaneseLawFormat.name, markup: element.serialized, text: text.joined(separator: "\n"))
        return Schedule(
            numbering: number == nil ? .automatic : .explicit, number: number, heading: title,
            lines: [[.preserved(kept)]])
    }

    private static func withoutBrackets(_ text: String) -> String {
        var trimmed = Substring(text)
        if (trimmed.first == "（" && trimmed.last == "）") || (trimmed.first == "(" && trimmed.last == ")") {
            trimmed = trimmed.dropFirst().dropLast()
        }
        return String(trimmed)
    }

    private mutating func warn(_ element: XMLElement, _ message: String) {
        warnings.append(Diagnostic(.importLoss, message, at: element.location))
    }
}
