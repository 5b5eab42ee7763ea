import EnactAkomaNtoso
import EnactCore
import EnactSource
import EnactTestSupport
import EnactXML
import Testing

/// Real Akoma Ntoso documents import and survive a round trip; the flagship survives model → AKN → model.
struct AkomaNtosoReaderTests {
    static let documents = [
        "uy_bill_2010-09-27.xml", "it_senato_ddl_2013.xml", "eu_COM-2013-0619_EN-8.xml",
        "uk_pga-2014-27-enacted-data.xml",
        "us_Act_2011-11-29.xml", "us_Title9-Chap3-eng.xml", "INVALID_za_constitution_1996_lawsafrica.xml",
    ]

    private func load(_ name: String) throws -> ParsedXML {
        try ParsedXML.parse(contentsOf: SharedReference.path("akn/documents/\(name)"))
    }

    @Test(arguments: documents)
    func aRoundTripKeepsEveryDivisionAndEveryCharacter(name: String) throws {
        let original = try load(name)
        var (document, _) = try AkomaNtosoReader().read(original)
        document.metadata.work = document.metadata.work ?? WorkIdentifier("/akn/test/act/2026/1")
        document.metadata.jurisdiction = document.metadata.jurisdiction ?? "GB"
        document.metadata.language = document.metadata.language ?? "en"
        if document.metadata.dates.isEmpty { document.metadata.dates.enacted = LegalDate(year: 2014, month: 1, day: 1) }
        let rewritten = try AkomaNtosoWriter().write(ResolvedDocument(document), file: name)
        let reparsed = try ParsedXML.parse(Array(rewritten.utf8), file: "rewritten-\(name)")
        let originalRoot = try #require(original.root)
        let reparsedRoot = try #require(reparsed.root)
        let before = try #require(AkomaNtosoReader.mainDocument(in: originalRoot))
        let after = try #require(AkomaNtosoReader.mainDocument(in: reparsedRoot))
        let outlineBefore = AKNOutline(before)
        let outlineAfter = AKNOutline(after)
        #expect(outlineBefore.divisions.count > 0)
        #expect(outlineBefore.divisions.count == outlineAfter.divisions.count)
        if let (old, new) = zip(outlineBefore.divisions, outlineAfter.divisions).first(where: { $0 != $1 }) {
            Issue.record("division \(old) became \(new)")
        }
        let missing = outlineBefore.characters.subtracting(outlineAfter.characters)
        let extra = outlineAfter.characters.subtracting(outlineBefore.characters)
        #expect(missing.isEmpty && extra.isEmpty, "missing \(missing.summary), extra \(extra.summary)")
        let validator = try SchemaValidator(schema: SharedReference.path("akn/schema/akomantoso30.xsd"))
        // What the document kept whole (attachments with metadata of their own) may break the schema only as the
        // original does.
        let findings = validator.validate(reparsed).filter { $0.severity == .error }
        let originalErrors = validator.validate(original).filter { $0.severity == .error }.count
        #expect(findings.count <= originalErrors, "\(findings.prefix(3))")
    }

    /// A `list` (no kind of its own) is an unnumbered division that remembers its element, a `wrapUp` is written
    /// after the points, and a `tblock` between two sections stays there.
    @Test func containersAndWrapUpsAreWrittenBackWhereTheyStood() throws {
        let xml = AkomaNtosoSample.act(
            body: """
                <section eId="sec_1"><num>1.</num><list eId="sec_1__list_1"><intro><p>Each of these:</p></intro>
                <point eId="sec_1__list_1__point_a"><num>(a)</num><content><p>first;</p></content></point>
                <point eId="sec_1__list_1__point_b"><num>(b)</num><content><p>second,</p></content></point>
                <wrapUp><p>applies.</p></wrapUp></list></section>
                <tblock eId="tblock_1"><p>A table block.</p></tblock>
                <section eId="sec_2"><num>2.</num><content><p>The end.</p></content></section>
                """)
        let (document, _) = try AkomaNtosoReader().read(try ParsedXML.parse(Array(xml.utf8), file: "list.xml"))
        #expect(document.body.count == 3)
        #expect(document.body.first?.children.first?.sourceElement?.name == "list")
        #expect(document.body[1].sourceElement == SourceElement(name: "tblock", isKeptWhole: true))
        let written = try AkomaNtosoWriter().write(ResolvedDocument(document), file: "list.xml")
        let order = ["<list", "(a)", "(b)", "<wrapUp", "</list>", "<tblock", "The end."].map {
            written.range(of: $0)?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil }, "\(written)")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(written)")
    }

    /// One bill of a collection is imported; the collection, the components around it and the other documents
    /// are kept and written back around it, in their order, and a `repealed` article with no text stays textless.
    @Test func aCollectionIsWrittenBackAroundTheDocumentImported() throws {
        let xml = """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><documentCollection name="c">
            <meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/uy/c/2010/1/!main"/>
            <FRBRuri value="/akn/uy/c/2010/1"/><FRBRdate date="2010-09-27" name="x"/><FRBRauthor href="#x"/>
            <FRBRcountry value="uy"/></FRBRWork></identification></meta><collectionBody>
            <component eId="cmp_1"><documentRef eId="dref_1" href="#cmpnts__cmp_1" showAs="Bill"/></component>
            <component eId="cmp_2"><documentRef eId="dref_2" href="#cmpnts__cmp_2" showAs="Motives"/></component>
            </collectionBody></documentCollection><components eId="cmpnts"><component eId="cmpnts__cmp_1">
            <bill name="bill"><meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/uy/bill/2010/1/!main"/>
            <FRBRuri value=""/><FRBRdate date="2010-09-27" name="introduced"/><FRBRauthor href="#x"/>
            <FRBRcountry value="uy"/></FRBRWork><FRBRExpression><FRBRthis value="/akn/uy/bill/2010/1/spa@/!main"/>
            <FRBRuri value="/akn/uy/bill/2010/1/spa@"/><FRBRdate date="2010-09-27" name="introduced"/>
            <FRBRauthor href="#x"/><FRBRlanguage language="spa"/></FRBRExpression></identification></meta><body>
            <article eId="art_1"><num>Artículo 1</num><content><p>Declárase.</p></content></article>
            <article eId="art_2" status="removed"><num>Artículo 2</num></article>
            </body></bill></component><component eId="cmpnts__cmp_2"><doc name="motives"><meta>
            <identification source="#x"><FRBRWork><FRBRthis value="/akn/uy/doc/2010/1/!main"/>
            <FRBRuri value="/akn/uy/doc/2010/1"/><FRBRdate date="2010-09-27" name="x"/><FRBRauthor href="#x"/>
            <FRBRcountry value="uy"/></FRBRWork></identification></meta><mainBody><p>The motives.</p></mainBody></doc>
            </component></components></akomaNtoso>
            """
        let (document, _) = try AkomaNtosoReader().read(try ParsedXML.parse(Array(xml.utf8), file: "c.xml"))
        #expect(document.metadata.work == WorkIdentifier("/akn/uy/bill/2010/1/!main"))
        #expect(document.enclosures.map { $0.element?.name } == [nil, "components", "component"])
        #expect(document.enclosures.map { $0.before.count + $0.after.count } == [1, 1, 0])
        #expect(document.body.last?.annotations == [.unprintedRepeal])
        let written = try AkomaNtosoWriter().write(ResolvedDocument(document), file: "c.xml")
        let order = [
            "<documentCollection", "<components eId=\"cmpnts\"", "<component eId=\"cmpnts__cmp_1\"", "<bill",
            "Declárase.", "</bill>", "The motives.", "</components>",
        ].map { written.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil }, "\(written)")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(written)")
        #expect(!written.contains("[Repealed]"))
        // Through Enact source and back, nothing of it changes.
        let source = SourcePrinter().print(document)
        #expect(try SourceReader().parse(source).document.enclosures == document.enclosures)
    }

    @Test func theFlagshipSurvivesModelToAkomaNtosoToModel() throws {
        for path in [Fixtures.flagshipJapanese, Fixtures.flagshipEnglish] {
            let source = ResolvedDocument(try SourceReader().read(contentsOf: Fixtures.path(path)))
            let xml = try AkomaNtosoWriter().write(source, file: path)
            let (imported, _) = try AkomaNtosoReader().read(try ParsedXML.parse(Array(xml.utf8), file: path))
            let back = ResolvedDocument(imported)
            let before = DocumentStructure(source.document), after = DocumentStructure(back.document)
            #expect(before == after, "\(path): \(before.firstDifference(from: after))")
            #expect(back.document.metadata.title == source.document.metadata.title)
            #expect(back.document.metadata.work == source.document.metadata.work)
            #expect(back.document.preamble.map(\.plainText) == source.document.preamble.map(\.plainText))
        }
    }
}

/// The AKN hierarchy (num, heading) and all the text of the body, read straight from the XML. Element names
/// are not compared: a `point` holding a 号 or a US paragraph is imported as that level and written back so,
/// and a cross-heading `hcontainer` as an unnumbered grouping.
private struct AKNOutline {
    var divisions: [String] = []
    var text = ""
    var characters: CharacterCounts { CharacterCounts(text) }
    static let levels: Set<String> = [
        "title", "subtitle", "part", "subpart", "chapter", "subchapter", "division", "subdivision", "section",
        "article",
        "subsection", "paragraph", "subparagraph", "clause", "subclause", "point", "level",
    ]

    init(_ document: XMLElement) {
        if let body = document.element("body") ?? document.element("mainBody") ?? document.element("portionBody") {
            walk(body, isLevel: false, quoted: false)
        }
    }

    /// Lists the levels of the document itself (not those quoted inside amendments) and gathers all the text
    /// but the numbers and headings of those levels.
    private mutating func walk(_ element: XMLElement, isLevel: Bool, quoted: Bool) {
        for child in element.children {
            switch child {
            case .text(let run):
                text += run.filter { !$0.isWhitespace }
            case .element(let inner):
                if isLevel, inner.name == "num" || inner.name == "heading" { continue }
                let isCrossHeading =
                    inner.name == "hcontainer" && inner.element("heading") != nil
                    && !["supplementaryProvisions", "schedule"].contains(inner.attribute("name") ?? "")
                let innerIsLevel = (Self.levels.contains(inner.name) || isCrossHeading) && !quoted
                if innerIsLevel {
                    let num = InlineText.collapsingWhitespace(inner.element("num")?.text ?? "")
                    let heading = InlineText.collapsingWhitespace(inner.element("heading")?.text ?? "")
                    divisions.append("\(num) \(heading)")
                }
                let quotes = quoted || ["quotedStructure", "embeddedStructure", "mod"].contains(inner.name)
                walk(inner, isLevel: innerIsLevel, quoted: quotes)
            }
        }
    }
}

/// How often each character occurs in a text.
struct CharacterCounts {
    var counts: [Character: Int] = [:]

    init(_ text: String) {
        for character in text { counts[character, default: 0] += 1 }
    }

    private init(counts: [Character: Int]) {
        self.counts = counts
    }

    /// The characters this text has more of than `other`.
    func subtracting(_ other: CharacterCounts) -> CharacterCounts {
        CharacterCounts(
            counts: counts.compactMapValues { $0 }.reduce(into: [:]) { result, entry in
                let difference = entry.value - (other.counts[entry.key] ?? 0)
                if difference > 0 { result[entry.key] = difference }
            })
    }

    var isEmpty: Bool { counts.isEmpty }

    var summary: String {
        counts.sorted { $0.value > $1.value }.prefix(8).map { "\($0.key)×\($0.value)" }.joined(separator: " ")
    }
}
