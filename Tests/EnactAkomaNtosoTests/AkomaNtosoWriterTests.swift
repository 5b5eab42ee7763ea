import EnactAkomaNtoso
import EnactCore
import EnactSyntheticDocuments
import EnactSource
import EnactTestSupport
import EnactXML
import Testing

struct AkomaNtosoWriterTests {
    static let sources = [
        ("Tests/EnactSourceTests/Fixtures/everything.enact", "everything"),
        (Fixtures.flagshipJapanese, "flagship.ja"),
        (Fixtures.flagshipEnglish, "flagship.en"),
    ]

    private static func validator() throws -> SchemaValidator {
        try SchemaValidator(schema: SharedReference.path("akn/schema/akomantoso30.xsd"))
    }

    private func write(_ source: String) throws -> String {
        let resolved = ResolvedDocument(try SourceReader().read(contentsOf: Fixtures.path(source)))
        return try AkomaNtosoWriter().write(resolved, file: source)
    }

    @Test(arguments: sources)
    func outputMatchesItsGoldenFile(source: String, name: String) throws {
        assertGolden(try write(source), "Tests/EnactAkomaNtosoTests/Golden/\(name).akn.xml")
    }

    @Test(arguments: sources)
    func outputValidatesAgainstTheOfficialSchema(source: String, name: String) throws {
        let xml = try write(source)
        let findings = try Self.validator().validate(Array(xml.utf8), file: "\(name).akn.xml")
        #expect(findings.isEmpty, "\(findings.prefix(5))")
    }

    @Test(arguments: 0..<60)
    func generatedDocumentsValidate(seed: Int) throws {
        var synthesizer = DocumentSynthesizer(seed: UInt64(seed))
        let document = synthesizer.validDocument()
        let xml = try AkomaNtosoWriter().write(ResolvedDocument(document), file: "generated.enact")
        let findings = try Self.validator().validate(Array(xml.utf8), file: "generated-\(seed).akn.xml")
        #expect(findings.isEmpty, "seed \(seed): \(findings.prefix(3))")
    }

    @Test func everyHierarchicalElementCarriesItsEId() throws {
        let xml = try write(Fixtures.flagshipJapanese)
        let resolved = ResolvedDocument(try SourceReader().read(contentsOf: Fixtures.path(Fixtures.flagshipJapanese)))
        resolved.document.walkDivisions { division, context in
            #expect(xml.contains("<\(division.kind.akomaNtosoElement) eId=\"\(context.eId)\""))
        }
    }

    @Test func aDocumentWithoutADateIsRefusedWithAnExplanation() throws {
        let document = try SourceReader().parse(
            "---\ntitle: Act\njurisdiction: JP\nlanguage: en\nwork: /akn/jp/act/2026/1\n---\n@article\ntext\n",
            file: "nodate.enact"
        ).document
        do {
            _ = try AkomaNtosoWriter().write(ResolvedDocument(document), file: "nodate.enact")
            Issue.record("a document without a date was written")
        } catch {
            #expect(error.diagnostics.first?.message.contains("dates:") == true)
        }
    }

    @Test func aTextDatedOnlyByItsPublisherIsIdentifiedByThatDate() throws {
        let document = try SourceReader().parse(
            "---\ntitle: Title 1\njurisdiction: US\nlanguage: en\nwork: /us/usc/t1\ndates:\n  published: 2018-04-04\n---\n"
                + "@section 1\ntext\n",
            file: "published.enact"
        ).document
        let xml = try AkomaNtosoWriter().write(ResolvedDocument(document), file: "published.enact")
        #expect(xml.contains("<FRBRdate date=\"2018-04-04\" name=\"published\"/>"))
        #expect(xml.contains("/us/usc/t1/eng@2018-04-04"))
    }
}
