import EnactCore
import EnactJapaneseLaw
import EnactSyntheticDocuments
import EnactSource
import EnactTestSupport
import EnactXML
import Testing

struct JapaneseLawWriterTests {
    private static func validator() throws -> SchemaValidator {
        try SchemaValidator(schema: SharedReference.path("jplaw/schema/XMLSchemaForJapaneseLaw_v3.xsd"))
    }

    @Test(arguments: [(Fixtures.flagshipJapanese, "flagship.ja"), (Fixtures.flagshipEnglish, "flagship.en")])
    func theFlagshipMatchesItsGoldenFileAndValidates(path: String, name: String) throws {
        let resolved = ResolvedDocument(try SourceReader().read(contentsOf: Fixtures.path(path)))
        let xml = try JapaneseLawWriter().write(resolved, file: path)
        assertGolden(xml, "Tests/EnactJapaneseLawTests/Golden/\(name).jplaw.xml")
        let findings = try Self.validator().validate(Array(xml.utf8), file: "\(name).jplaw.xml")
        #expect(findings.isEmpty, "\(findings.prefix(5))")
    }

    @Test(arguments: 0..<40)
    func generatedJapaneseDocumentsValidate(seed: Int) throws {
        var document = try #require(
            DocumentSynthesizer.validJapaneseDocument(seed: UInt64(seed)), "seed \(seed) gives a Japanese document")
        document.metadata.number = "法律第\(seed + 1)号"
        let xml = try JapaneseLawWriter().write(ResolvedDocument(document), file: "generated.enact")
        let findings = try Self.validator().validate(Array(xml.utf8), file: "generated-\(seed).jplaw.xml")
        #expect(findings.isEmpty, "seed \(seed): \(findings.prefix(3))")
    }

    @Test func branchNumbersAndErasAreWrittenAsTheStandardDoes() throws {
        let text =
            "---\ntitle: 試験法\njurisdiction: JP\nlanguage: ja\nnumber: 平成五年法律第八十八号\ndates:\n  enacted: 1993-11-12\n---\n@第十条の二（目的）\n本文\n"
        let document = try SourceReader().parse(text).document
        let xml = try JapaneseLawWriter().write(ResolvedDocument(document), file: "t.enact")
        #expect(xml.contains("<Law Era=\"Heisei\" Lang=\"ja\" LawType=\"Act\" Num=\"88\" Year=\"5\">"))
        #expect(xml.contains("<Article Num=\"10_2\">"))
        #expect(xml.contains("<ArticleTitle>第十条の二</ArticleTitle>"))
        #expect(xml.contains("<ArticleCaption>（目的）</ArticleCaption>"))
    }

    @Test func aDocumentWithoutANumberIsRefusedWithAnExplanation() throws {
        let text =
            "---\ntitle: 試験法案\nkind: bill\njurisdiction: JP\nlanguage: ja\ndates:\n  drafted: 2026-11-26\n---\n@条\n本文\n"
        let document = try SourceReader().parse(text).document
        do {
            _ = try JapaneseLawWriter().write(ResolvedDocument(document), file: "draft.enact")
            Issue.record("a bill without a number was written")
        } catch {
            #expect(error.diagnostics.first?.message.contains("number:") == true)
        }
    }
}
