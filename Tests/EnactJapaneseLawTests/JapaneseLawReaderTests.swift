import EnactCore
import EnactSource
import EnactJapaneseLaw
import EnactTestSupport
import EnactXML
import Testing

/// Real laws from ../shared/reference/jplaw import, and survive a round trip through the model.
struct JapaneseLawReaderTests {
    static let documents = [
        ("405AC0000000088_20180401_429AC0000000004.xml", 48),
        ("405AC0000000088_20240401_504AC0100000052.xml", 48),
        ("327AC0000000231_20240401_505AC0000000063.xml", 345),
        ("417AC0000000086_20170401_428AC0000000062.xml", 1041),
    ]

    private func load(_ name: String) throws -> ParsedXML {
        try ParsedXML.parse(contentsOf: SharedReference.path("jplaw/documents/\(name)"))
    }

    @Test(arguments: documents)
    func everyArticleOfTheMainProvisionsIsImported(name: String, articles: Int) throws {
        let (document, _) = try JapaneseLawReader().read(try load(name))
        var count = 0
        for division in document.body { division.forEachDivision { if $0.kind == .article { count += 1 } } }
        #expect(count == articles)
        #expect(document.metadata.title?.isEmpty == false)
        #expect(document.metadata.number?.hasSuffix("号") == true)
    }

    @Test(arguments: documents)
    func aRoundTripKeepsEveryDivisionAndEveryCharacter(name: String, articles: Int) throws {
        let original = try load(name)
        var (document, _) = try JapaneseLawReader().read(original)
        if document.metadata.dates.isEmpty { document.metadata.dates.enacted = LegalDate(year: 2000, month: 1, day: 1) }
        let rewritten = try JapaneseLawWriter().write(ResolvedDocument(document), file: name)
        let reparsed = try ParsedXML.parse(Array(rewritten.utf8), file: "rewritten-\(name)")
        let before = try #require(original.root)
        let after = try #require(reparsed.root)
        let divisionsBefore = LawOutline(before).divisions
        let divisionsAfter = LawOutline(after).divisions
        #expect(divisionsBefore.count == divisionsAfter.count)
        for (old, new) in zip(divisionsBefore, divisionsAfter) where old != new {
            Issue.record("division differs: \(old) became \(new)")
            break
        }
        #expect(LawOutline(before).text == LawOutline(after).text, "text differs")
        let validator = try SchemaValidator(schema: SharedReference.path("jplaw/schema/XMLSchemaForJapaneseLaw_v3.xsd"))
        // A law that breaks its schema (a <List> directly in a paragraph, as 航空法 has) is written back breaking it
        // no more than it did.
        let errorsBefore = validator.validate(original).filter { $0.severity == .error }.count
        #expect(validator.validate(reparsed).filter { $0.severity == .error }.count <= errorsBefore)
    }
}

/// The flagship survives model → Japanese law XML → model: every division, number, heading and character of
/// text (references become their citation text, which the format has no markup for; notes have no place).
struct JapaneseLawFlagshipRoundTripTests {
    @Test(arguments: [Fixtures.flagshipJapanese, Fixtures.flagshipEnglish])
    func theFlagshipSurvives(path: String) throws {
        let source = ResolvedDocument(try SourceReader().read(contentsOf: Fixtures.path(path)))
        let xml = try JapaneseLawWriter().write(source, file: path)
        let (imported, _) = try JapaneseLawReader().read(try ParsedXML.parse(Array(xml.utf8), file: path))
        let before = DocumentStructure(source.document, annotations: false)
        let after = DocumentStructure(imported, annotations: false)
        #expect(before == after, "\(before.firstDifference(from: after))")
        #expect(imported.metadata.title == source.document.metadata.title)
        #expect(imported.preamble.map(\.plainText) == source.document.preamble.map(\.plainText))
    }
}

/// What a round trip must keep, read straight from the XML: each division's element, number and caption or
/// title, and the text of the body without labels (whitespace ignored; a number range keeps its first number,
/// as the model does).
private struct LawOutline {
    var divisions: [String] = []
    var text = ""

    init(_ law: XMLElement) {
        guard let body = law.element("LawBody") else { return }
        for element in body.elements where element.name == "MainProvision" || element.name == "SupplProvision" {
            walk(element)
        }
    }

    private static let kinds: Set<String> = [
        "Part", "Chapter", "Section", "Subsection", "Division", "Article", "Paragraph", "Item", "Subitem1", "Subitem2",
        "Subitem3",
    ]

    private mutating func walk(_ element: XMLElement) {
        for child in element.children {
            switch child {
            case .text(let content):
                text += content.filter { !$0.isWhitespace }
            case .element(let inner):
                if Self.kinds.contains(inner.name) {
                    let number = (inner.attribute("Num") ?? "").split(separator: ":").first.map(String.init) ?? ""
                    let caption = inner.element("ArticleCaption")?.text ?? inner.element("ParagraphCaption")?.text ?? ""
                    let title = inner.element(inner.name + "Title")?.text ?? ""
                    divisions.append("\(inner.name) \(number) \(caption) \(inner.name == "Article" ? "" : title)")
                }
                let isLabel =
                    inner.name.hasSuffix("Title") || inner.name.hasSuffix("Num") || inner.name.hasSuffix("Label")
                    || inner.name.hasSuffix("Caption") || inner.name == "Rt"
                if !isLabel { walk(inner) }
            }
        }
    }
}
