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
