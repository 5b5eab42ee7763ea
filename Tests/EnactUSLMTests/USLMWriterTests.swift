import EnactCore
import EnactSyntheticDocuments
import EnactSource
import EnactTestSupport
import EnactUSLM
import EnactXML
import Testing

struct USLMWriterTests {
    static let sources = [
        ("Tests/EnactSourceTests/Fixtures/everything.enact", "everything"),
        (Fixtures.flagshipJapanese, "flagship.ja"),
        (Fixtures.flagshipEnglish, "flagship.en"),
    ]

    private static func validator() throws -> SchemaValidator {
        try SchemaValidator(schema: SharedReference.path("uslm/schema/uslm-2.1.0.xsd"))
    }

    private func write(_ source: String) throws -> String {
        let resolved = ResolvedDocument(try SourceReader().read(contentsOf: Fixtures.path(source)))
        return try USLMWriter().write(resolved, file: source)
    }

    @Test(arguments: sources)
    func outputMatchesItsGoldenFileAndValidates(source: String, name: String) throws {
        let xml = try write(source)
        assertGolden(xml, "Tests/EnactUSLMTests/Golden/\(name).uslm.xml")
        let findings = try Self.validator().validate(Array(xml.utf8), file: "\(name).uslm.xml")
        #expect(findings.isEmpty, "\(findings.prefix(5))")
    }

    /// A sidenote between a section's number and its heading, and elided text between two sections, come back
    /// where they stood after an import into Enact source and a render back to USLM.
    @Test func whatStandsBeforeAHeadingOrBetweenSectionsKeepsItsPlaceThroughTheSource() throws {
        let original = """
            <pLaw xmlns="http://schemas.gpo.gov/xml/uslm"><meta><docNumber>44</docNumber></meta><main>
            <title identifier="/us/pl/113/44/tI"><num value="I">TITLE I—</num><heading>GENERAL</heading>
            <section identifier="/us/pl/113/44/tI/s101"><num value="101">Sec. 101.</num>
            <sidenote><p>Expiration date.</p></sidenote><heading>Duration.</heading>
            <content>This Act expires in one year.</content></section>
            <elided>* * * * * * *</elided>
            <section identifier="/us/pl/113/44/tI/s103"><num value="103">Sec. 103.</num>
            <content>The end.</content></section></title></main></pLaw>
            """
        var (document, _) = try USLMReader().read(try ParsedXML.parse(Array(original.utf8), file: "law.xml"))
        document.metadata.work = WorkIdentifier("/us/pl/113/44")
        let source = SourcePrinter().print(document)
        #expect(source.contains("@written-heading: {xml:uslm|"), "\(source)")
        #expect(source.contains("@element: elided kept-whole"), "\(source)")
        let reread = try SourceReader().parse(source, file: "law.enact")
        #expect(reread.diagnostics.filter { $0.severity == .error }.isEmpty, "\(reread.diagnostics)")
        let written = try USLMWriter().write(ResolvedDocument(reread.document), file: "law.enact")
        let order = ["Sec. 101.", "<sidenote", "Duration.", "expires", "<elided", "Sec. 103."].map {
            written.range(of: $0)?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil }, "\(written)")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(written)")
        #expect(written.components(separatedBy: "<sidenote").count == 2, "\(written)")
        #expect(written.components(separatedBy: "<elided").count == 2, "\(written)")
    }

    @Test func generatedDocumentsValidate() throws {
        let validator = try Self.validator()
        for seed in 0..<40 {
            var synthesizer = DocumentSynthesizer(seed: UInt64(seed))
            let document = synthesizer.validDocument()
            let xml = try USLMWriter().write(ResolvedDocument(document), file: "generated.enact")
            let findings = validator.validate(try ParsedXML.parse(Array(xml.utf8), file: "generated-\(seed).uslm.xml"))
            #expect(findings.isEmpty, "seed \(seed): \(findings.prefix(3))")
        }
    }

    @Test func sectionsStandUnderTheDocumentAndSubdivisionsUnderTheirSection() throws {
        let xml = try write("Tests/EnactSourceTests/Fixtures/everything.enact")
        #expect(xml.contains("<section id=\"title_2__chp_1__sec_3\" identifier=\"/us/bill/119/hr/2026/s3\">"))
        #expect(xml.contains("identifier=\"/us/bill/119/hr/2026/s3/b/1\">"))
        #expect(xml.contains("identifier=\"/us/bill/119/hr/2026/s4A\">"))
        #expect(xml.contains("<num value=\"4A\">SEC. 4A.</num>"))
        #expect(xml.contains("identifier=\"/us/bill/119/hr/2026/s3/a\">"))
        #expect(xml.contains("<num value=\"a\">(a)</num>"))
        #expect(xml.contains("<ref href=\"/us/bill/119/hr/2026/s3/b\">subsection (b)</ref>"))
    }
}
