import EnactCore
import EnactRendering
import EnactSource
import EnactTestSupport
import Testing

/// Golden files for both renderers; record new ones with ENACT_RECORD_GOLDEN=1.
struct RendererGoldenTests {
    static let sources = [
        ("Tests/EnactSourceTests/Fixtures/everything.enact", "everything"),
        (Fixtures.flagshipJapanese, "flagship.ja"),
        (Fixtures.flagshipEnglish, "flagship.en"),
    ]

    @Test(arguments: sources)
    func markdownMatchesItsGoldenFile(source: String, name: String) throws {
        let resolved = ResolvedDocument(try SourceReader().read(contentsOf: Fixtures.path(source)))
        assertGolden(MarkdownRenderer().render(resolved), "Tests/EnactRenderingTests/Golden/\(name).md")
    }

    @Test(arguments: sources)
    func htmlMatchesItsGoldenFile(source: String, name: String) throws {
        let resolved = ResolvedDocument(try SourceReader().read(contentsOf: Fixtures.path(source)))
        assertGolden(HTMLRenderer().render(resolved), "Tests/EnactRenderingTests/Golden/\(name).html")
    }
}
