import EnactCore
import EnactJapaneseLaw
import EnactSource
import EnactTestSupport
import EnactXML
import Testing

struct JapaneseLawWriterTests {
    private static func validator() throws -> SchemaValidator {
        try SchemaValidator(schema: SharedReference.path("jplaw/schema/XMLSchemaForJapaneseLaw_v3.xsd"))
    }

    /// The flagship with a bill number, which the law XML's `<Law Num>` requires.
    private func numberedFlagship(_ path: String) throws -> ResolvedDocument {
        var document = try SourceReader().read(contentsOf: Fixtures.path(path))
        document.metadata.number = document.isJapanese ? "第二百二十回国会衆法第一号" : "Bill No. 1"
        return ResolvedDocument(document)
    }

    @Test(arguments: [(Fixtures.flagshipJapanese, "flagship.ja"), (Fixtures.flagshipEnglish, "flagship.en")])
    func theFlagshipMatchesItsGoldenFileAndValidates(path: String, name: String) throws {
        let xml = try JapaneseLawWriter().write(try numberedFlagship(path), file: path)
        assertGolden(xml, "Tests/EnactJapaneseLawTests/Golden/\(name).jplaw.xml")
        let findings = try Self.validator().validate(Array(xml.utf8), file: "\(name).jplaw.xml")
        #expect(findings.isEmpty, "\(findings.prefix(5))")
    }

    @Test(arguments: 0..<40)
    func generatedJapaneseDocumentsValidate(seed: Int) throws {
        var generator = DocumentGenerator(seed: UInt64(seed))
        var document = generator.validDocument()
        guard document.tradition.id == .jp else { return }
        document.metadata.number = "法律第\(seed + 1)号"
        let xml = try JapaneseLawWriter().write(ResolvedDocument(document), file: "generated.enact")
        let findings = try Self.validator().validate(Array(xml.utf8), file: "generated-\(seed).jplaw.xml")
        #expect(findings.isEmpty, "seed \(seed): \(findings.prefix(3))")
    }

    @Test func branchNumbersAndErasAreWrittenAsTheStandardDoes() throws {
        let text = "---\ntitle: 試験法\njurisdiction: JP\nlanguage: ja\nnumber: 平成五年法律第八十八号\ndates:\n  enacted: 1993-11-12\n---\n@第十条の二（目的）\n本文\n"
        let document = try SourceReader().parse(text).document
        let xml = try JapaneseLawWriter().write(ResolvedDocument(document), file: "t.enact")
        #expect(xml.contains("<Law Era=\"Heisei\" Lang=\"ja\" LawType=\"Act\" Num=\"88\" Year=\"5\">"))
        #expect(xml.contains("<Article Num=\"10_2\">"))
        #expect(xml.contains("<ArticleTitle>第十条の二</ArticleTitle>"))
        #expect(xml.contains("<ArticleCaption>（目的）</ArticleCaption>"))
    }

    @Test func aDocumentWithoutANumberIsRefusedWithAnExplanation() throws {
        let document = try SourceReader().read(contentsOf: Fixtures.path(Fixtures.flagshipJapanese))
        do {
            _ = try JapaneseLawWriter().write(ResolvedDocument(document), file: "flagship")
            Issue.record("a bill without a number was written")
        } catch {
            #expect(error.diagnostics.first?.message.contains("number:") == true)
        }
    }
}
