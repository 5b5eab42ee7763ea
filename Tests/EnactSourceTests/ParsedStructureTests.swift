import EnactCore
import EnactSource
import EnactTestSupport
import Testing

struct ParsedStructureTests {
    @Test func theEverythingFixtureReadsAsATree() throws {
        let path = "Tests/EnactSourceTests/Fixtures/everything.enact"
        let document = try SourceReader().read(contentsOf: Fixtures.path(path))
        assertGolden(
            DocumentDumper.dump(NumberingResolver.resolve(document)), "Tests/EnactSourceTests/Fixtures/everything.dump")
    }
}
