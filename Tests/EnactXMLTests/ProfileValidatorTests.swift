import EnactCore
import EnactTestSupport
import EnactXML
import Testing

/// Enact's profiles (Schemas/*.sch) state what its XML guarantees beyond the official schemas.
struct ProfileValidatorTests {
    private func profile(_ name: String) throws -> ProfileValidator {
        try ProfileValidator(profile: Fixtures.path("Schemas/\(name)"))
    }

    @Test func anAkomaNtosoElementWithoutAnEIdFailsTheProfileAtItsLine() throws {
        let xml = """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act">
            <meta><identification source="#enact"><FRBRWork><FRBRthis value="/akn/x/act/1/!main"/><FRBRuri value="/akn/x/act/1"/>
            <FRBRdate date="2026-01-01" name="enacted"/><FRBRauthor href="#x"/><FRBRcountry value="x"/></FRBRWork>
            <FRBRExpression><FRBRthis value="/akn/x/act/1/eng@/!main"/><FRBRuri value="/akn/x/act/1/eng@"/><FRBRdate date="2026-01-01" name="enacted"/>
            <FRBRauthor href="#x"/><FRBRlanguage language="eng"/></FRBRExpression><FRBRManifestation><FRBRthis value="m"/><FRBRuri value="m"/>
            <FRBRdate date="2026-01-01" name="generated"/><FRBRauthor href="#x"/></FRBRManifestation></identification></meta>
            <body>
            <article><num>1</num><content><p>text</p></content></article>
            </body></act></akomaNtoso>
            """
        let findings = try profile("enact-akn.sch").validate(try ParsedXML.parse(Array(xml.utf8), file: "act.xml"))
        #expect(findings.map(\.id.rawValue) == ["profile"])
        #expect(findings.first?.message == "a hierarchical element has no eId")
        #expect(findings.first?.location?.line == 8)
    }

    @Test func aLawWithoutItsNumberFailsTheJapaneseProfile() throws {
        let xml =
            "<Law Era=\"Reiwa\" Year=\"8\" LawType=\"Act\" Lang=\"ja\"><LawNum></LawNum><LawBody><LawTitle>法</LawTitle><MainProvision/></LawBody></Law>"
        let findings = try profile("enact-jplaw.sch").validate(try ParsedXML.parse(Array(xml.utf8), file: "law.xml"))
        #expect(
            Set(findings.map(\.message)) == [
                "the law lacks Era, Year, Num, LawType or Lang", "the law has no LawNum",
            ])
    }

    @Test func officialDocumentsNeedNotMeetEnactsProfile() throws {
        let bill = try ParsedXML.parse(contentsOf: SharedReference.path("uslm/documents/H2157_IH.XML"))
        #expect(!(try profile("enact-uslm.sch").validate(bill)).isEmpty)
    }
}
