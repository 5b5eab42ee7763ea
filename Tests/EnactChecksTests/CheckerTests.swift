import EnactChecks
import EnactCore
import EnactSource
import EnactTestSupport
import Testing

struct CheckerTests {
    private func findings(_ body: String, language: String = "ja", frontMatter: String? = nil) throws -> [Diagnostic] {
        let header =
            frontMatter ?? "title: 法律\nkind: bill\njurisdiction: JP\nlanguage: \(language)\nwork: /akn/jp/bill/2026/x\n"
        let document = try SourceReader().parse("---\n\(header)---\n" + body, file: "t.enact").document
        return Checker().check(document, file: "t.enact")
    }

    @Test(arguments: [Fixtures.flagshipJapanese, Fixtures.flagshipEnglish])
    func theFlagshipIsClean(path: String) throws {
        let document = try SourceReader().read(contentsOf: Fixtures.path(path))
        #expect(Checker().check(document, file: path) == [])
    }

    @Test func theFlagshipLanguageVersionsAreParallel() throws {
        let japanese = try SourceReader().read(contentsOf: Fixtures.path(Fixtures.flagshipJapanese))
        let english = try SourceReader().read(contentsOf: Fixtures.path(Fixtures.flagshipEnglish))
        #expect(ParallelChecker().check(japanese, file: "ja", against: english, file: "en") == [])
    }

    @Test func theFlagshipHasAtLeast25ArticlesInSeparateCooperationChapters() throws {
        let document = ResolvedDocument(try SourceReader().read(contentsOf: Fixtures.path(Fixtures.flagshipJapanese)))
            .document
        var articles = 0
        for chapter in document.body { chapter.forEachDivision { if $0.kind == .article { articles += 1 } } }
        #expect(articles >= 25)
        let headings = document.body.compactMap(\.heading)
        for word in ["経済", "文化", "政治", "安全保障"] {
            #expect(headings.contains { $0.contains(word) }, "no chapter on \(word)")
        }
        #expect(!document.supplementaryProvisions.isEmpty)
    }

    @Test func duplicateAndOutOfOrderNumbersAreErrors() throws {
        let ids = try findings("@第二条\n甲\n@第二条\n乙\n@第一条\n丙\n").map(\.id.rawValue)
        #expect(ids.contains("duplicate-number"))
        #expect(ids.contains("number-order"))
    }

    @Test func gapsAreWarnings() throws {
        let found = try findings("@第一条\n甲\n@第三条\n乙\n")
        #expect(found.map(\.id.rawValue) == ["number-gap"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location?.line == 10)
    }

    @Test func anItemCannotStandUnderAChapter() throws {
        let found = try findings("@章　総則\n@号\n甲\n")
        #expect(found.map(\.id.rawValue) == ["invalid-nesting"])
    }

    @Test func aSubsectionCannotStandUnderAChapter() throws {
        let header = "title: Act\nkind: bill\njurisdiction: US\nlanguage: en\nwork: /us/bill/1\n"
        let found = try findings("@chapter General\n@subsection\ntext\n", frontMatter: header)
        #expect(found.map(\.id.rawValue) == ["invalid-nesting"])
    }

    @Test func emptyAndRepealedDivisions() throws {
        #expect(try findings("@第一条\n@第二条\n乙\n").map(\.id.rawValue) == ["empty-division"])
        #expect(try findings("@第一条\n@repealed\n@第二条\n乙\n").isEmpty)
    }

    @Test func termsDefinedButUnusedAndUsedButUndefined() throws {
        let found = try findings("@第一条\n「{def:台湾}」とは、…をいう。{term:協会}\n")
        #expect(Set(found.map(\.id.rawValue)) == ["unused-definition", "undefined-term"])
    }

    @Test func danglingReferencesAndMissingMetadata() throws {
        let found = try findings("@第一条\n{ref:#nowhere}の規定\n", frontMatter: "language: ja\njurisdiction: JP\n")
        #expect(found.filter { $0.id.rawValue == "missing-metadata" }.count == 3)
        #expect(found.contains { $0.id.rawValue == "dangling-reference" })
    }

    @Test func parallelCheckReportsMissingAndRenumberedDivisions() throws {
        let japanese = try SourceReader().parse(
            "---\nlanguage: ja\njurisdiction: JP\n---\n@条 {#a}\n甲\n@条 {#b}\n乙\n@条 {#c}\n丙\n", file: "ja"
        ).document
        let english = try SourceReader().parse(
            "---\nlanguage: en\njurisdiction: JP\n---\n@article {#a}\nA\n@article {#c}\nC\n", file: "en"
        ).document
        let found = ParallelChecker().check(japanese, file: "ja", against: english, file: "en")
        #expect(found.map(\.id.rawValue).sorted() == ["parallel-missing", "parallel-numbering", "parallel-numbering"])
    }
}
