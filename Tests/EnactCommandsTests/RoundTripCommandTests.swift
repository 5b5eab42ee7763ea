import EnactTestSupport
import Testing

/// `enact roundtrip` says document by document what a migration keeps, with diff-like exit statuses.
struct RoundTripCommandTests {
    @Test func aDocumentThatComesBackWholeExitsZero() throws {
        let law = try SharedReference.path("jplaw/documents/405AC0000000088_20240401_504AC0100000052.xml")
        let output = try EnactProcess.run(["roundtrip", law, "--schemas", SharedReference.root.path])
        #expect(output.status == 0, "\(output.standardOutput)\(output.standardError)")
        #expect(output.standardOutput.contains("1 of 1 documents came back whole"))
        #expect(output.standardOutput.contains("valid"))
    }

    @Test func aLossIsNamedWithWhereItIsAndExitsOne() throws {
        let code = try SharedReference.path("uslm/documents/usc04-rp113-31.xml")
        let output = try EnactProcess.run(["roundtrip", code, "--format", "json"])
        #expect(output.status == 1)
        #expect(output.standardOutput.contains("\"textDifference\""))
        #expect(output.standardOutput.contains("\"designationsLost\""))
    }

    @Test func anUnreadableFileIsReportedNotImported() throws {
        let folder = try TemporaryFolder()
        let broken = try folder.write("<Law><LawBody>", to: "broken.xml")
        let output = try EnactProcess.run(["roundtrip", broken])
        #expect(output.status == 1)
        #expect(output.standardOutput.contains("NOT IMPORTED"))
        #expect(output.standardOutput.contains("broken.xml:1:"))
    }
}
