import EnactTestSupport
import Foundation
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

    /// Text standing loose in the body between two sections (which the schema does not allow, and real files
    /// hold) belongs to no provision and does not come back: a loss the report names with where it is, exit 1.
    @Test func aLossIsNamedWithWhereItIsAndExitsOne() throws {
        let folder = try TemporaryFolder()
        let act = try folder.write(
            AkomaNtosoSample.act(
                body: """
                    <section eId="sec_1"><num>1.</num><content><p>The act applies.</p></content></section>
                    Loose text between sections.
                    <section eId="sec_2"><num>2.</num><content><p>The end.</p></content></section>
                    """), to: "loose.xml")
        let output = try EnactProcess.run(["roundtrip", act, "--format", "json"])
        #expect(output.status == 1)
        let reports = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]]
        let difference = reports?.first?["textDifference"] as? String
        #expect(difference?.contains("after '…1.Theactapplies.': original 'Loosetextbetweensections.") == true)
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
