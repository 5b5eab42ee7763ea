import EnactCore
import EnactTestSupport
import Testing

/// `enact explain` prints the catalogue.
struct ExplainCommandTests {
    @Test func everyIdentifierInTheCatalogueIsExplained() throws {
        let ids = DiagnosticID.allCases.map(\.rawValue)
        let output = try EnactProcess.run(["explain"] + ids)
        #expect(output.status == 0, "\(output.standardError)")
        for id in DiagnosticID.allCases {
            #expect(output.standardOutput.contains("\(id.rawValue) (\(id.entry.severity.rawValue)"))
            #expect(output.standardOutput.contains(id.entry.summary))
        }
    }

    @Test func anUnknownIdentifierIsTrouble() throws {
        let output = try EnactProcess.run(["explain", "dangling-referenc"])
        #expect(output.status == 2)
        #expect(output.standardError.contains("no diagnostic 'dangling-referenc'; did you mean dangling-reference"))
    }
}
