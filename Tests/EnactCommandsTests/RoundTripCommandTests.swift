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

    /// Markup of Akoma Ntoso 2.0 (older Indigo by-laws) has no place in the 3.0 Enact writes, so a block list's
    /// item numbers come back as text: a loss the report names, with exit status 1.
    @Test func aLossIsNamedWithWhereItIsAndExitsOne() throws {
        let folder = try TemporaryFolder()
        let bylaw = try folder.write(
            """
            <akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act name="act"><meta><identification source="#x">
            <FRBRWork><FRBRthis value="/akn/za/act/2020/1/!main"/><FRBRuri value="/akn/za/act/2020/1"/>
            <FRBRdate date="2020-01-01" name="enacted"/><FRBRauthor href="#x"/><FRBRcountry value="za"/></FRBRWork>
            <FRBRExpression><FRBRthis value="/akn/za/act/2020/1/eng@/!main"/><FRBRuri value="/akn/za/act/2020/1/eng@"/>
            <FRBRdate date="2020-01-01" name="enacted"/><FRBRauthor href="#x"/><FRBRlanguage language="eng"/>
            </FRBRExpression></identification></meta><body>
            <section eId="sec_1"><num>1.</num><content><blockList eId="sec_1__list_1">
            <item eId="sec_1__list_1__item_a"><num>(a)</num><p>first;</p></item>
            <item eId="sec_1__list_1__item_b"><num>(b)</num><p>second.</p></item>
            </blockList></content></section></body></act></akomaNtoso>
            """, to: "bylaw.xml")
        let output = try EnactProcess.run(["roundtrip", bylaw, "--format", "json"])
        #expect(output.status == 1)
        let reports = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]]
        #expect(reports?.first?["designationsLost"] as? [String] == ["(a)", "(b)"])
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
