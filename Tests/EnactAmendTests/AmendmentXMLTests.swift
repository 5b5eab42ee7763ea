import EnactAmend
import EnactAmendForms
import EnactCore
import EnactSource
import EnactTestSupport
import EnactXML
import Testing

/// The XML forms of amendments — Akoma Ntoso `<mod>`, USLM amending markup, Japanese law XML `<AmendProvision>` —
/// validate against the official schemas, for every instruction kind and for the flagship's amendments.
struct AmendmentXMLTests {
    enum Format: String, CaseIterable {
        case akn, uslm, jplaw

        var schema: String {
            switch self {
            case .akn: "akn/schema/akomantoso30.xsd"
            case .uslm: "uslm/schema/uslm-2.1.0.xsd"
            case .jplaw: "jplaw/schema/XMLSchemaForJapaneseLaw_v3.xsd"
            }
        }

        func write(_ amendment: Amendment, base: Document) throws -> String {
            switch self {
            case .akn: try AkomaNtosoAmendmentWriter().write(amendment, base: base, file: "test.amend")
            case .uslm: try USLMAmendmentWriter().write(amendment, base: base, file: "test.amend")
            case .jplaw: try JapaneseLawAmendmentWriter().write(amendment, base: base, file: "test.amend")
            }
        }
    }

    static func document(_ path: String) throws -> Document {
        try SourceReader().read(contentsOf: Fixtures.path(path))
    }

    /// Every generated instruction kind, from the small act's two versions.
    static func generated(_ language: String, style: AmendmentStyle) throws -> (Amendment, Document) {
        let old = try document("Tests/EnactAmendTests/Fixtures/kinds.old.\(language).enact")
        let new = try document("Tests/EnactAmendTests/Fixtures/kinds.new.\(language).enact")
        var amendment = try AmendmentGenerator().amendment(from: old, to: new, style: style)
        amendment.number = "令和九年法律第十一号"
        amendment.date = LegalDate(year: 2027, month: 3, day: 31)
        return (amendment, old)
    }

    @Test(arguments: [
        ("ja", AmendmentStyle.jp, Format.akn), ("ja", .jp, .uslm), ("ja", .jp, .jplaw), ("en", .us, .akn),
        ("en", .us, .uslm),
    ])
    func everyInstructionKindValidates(language: String, style: AmendmentStyle, format: Format) throws {
        let (amendment, base) = try Self.generated(language, style: style)
        let xml = try format.write(amendment, base: base)
        let problems = try SchemaValidator(schema: SharedReference.path(format.schema)).validate(
            Array(xml.utf8), file: "amendment.xml")
        #expect(problems.isEmpty, "\(problems.prefix(5).map(\.description).joined(separator: "\n"))\n\(xml)")
        #expect(
            xml.contains(format == .jplaw ? "<AmendProvision>" : (format == .akn ? "<mod eId=" : "<amendingAction")))
    }

    @Test(arguments: Format.allCases)
    func theFlagshipsAmendingBillValidates(format: Format) throws {
        let base = try Self.document("Drafts/japan-taiwan-relations-act.ja.enact")
        let text = try Fixtures.text("Drafts/japan-taiwan-relations-act.amendment.ja.amend")
        let amendment = try AmendmentFile(for: base).read(text, file: "amendment.ja.amend")
        let xml = try format.write(amendment, base: base)
        let problems = try SchemaValidator(schema: SharedReference.path(format.schema)).validate(
            Array(xml.utf8), file: "amendment.xml")
        #expect(problems.isEmpty, "\(problems.prefix(5).map(\.description).joined(separator: "\n"))")
        #expect(
            xml.contains("第二十二条の二") || xml.contains("22_2") || xml.contains("22-2"), "the quoted article is written out"
        )
    }
}
