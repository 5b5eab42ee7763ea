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

    /// Enact imports one document of a collection (the bill); the collection's other documents (a committee's
    /// report beside the bill) do not come back: a loss the report names, with exit status 1.
    @Test func aLossIsNamedWithWhereItIsAndExitsOne() throws {
        let folder = try TemporaryFolder()
        let collection = try folder.write(
            """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
            <documentCollection name="collection"><collectionBody>
            <component eId="cmp_1"><documentRef eId="dref_1" href="#cmpnts__cmp_1" showAs="Bill"/></component>
            <component eId="cmp_2"><documentRef eId="dref_2" href="#cmpnts__cmp_2" showAs="Report"/></component>
            </collectionBody></documentCollection>
            <components eId="cmpnts">
            <component eId="cmpnts__cmp_1"><bill name="bill"><meta><identification source="#x"><FRBRWork>
            <FRBRthis value="/akn/za/bill/2020/1/!main"/><FRBRuri value="/akn/za/bill/2020/1"/>
            <FRBRdate date="2020-01-01" name="introduced"/><FRBRauthor href="#x"/><FRBRcountry value="za"/></FRBRWork>
            <FRBRExpression><FRBRthis value="/akn/za/bill/2020/1/eng@/!main"/><FRBRuri value="/akn/za/bill/2020/1/eng@"/>
            <FRBRdate date="2020-01-01" name="introduced"/><FRBRauthor href="#x"/><FRBRlanguage language="eng"/>
            </FRBRExpression></identification></meta><body>
            <article eId="art_1"><num>Article 1</num><content><p>The act applies.</p></content></article>
            </body></bill></component>
            <component eId="cmpnts__cmp_2"><doc name="report"><mainBody>
            <paragraph eId="para_1"><num>I.</num><content><p>The committee recommends the bill.</p></content></paragraph>
            </mainBody></doc></component>
            </components></akomaNtoso>
            """, to: "collection.xml")
        let output = try EnactProcess.run(["roundtrip", collection, "--format", "json"])
        #expect(output.status == 1)
        let reports = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]]
        #expect(reports?.first?["designationsLost"] as? [String] == ["I."])
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
