import EnactAmend
import EnactAmendmentWriters
import EnactCore
import EnactFormats
import EnactSource
import EnactTestSupport
import EnactXML
import Testing

/// The XML forms of amendments — Akoma Ntoso `<mod>`, USLM amending markup, Japanese law XML `<AmendProvision>` —
/// validate against the official schemas, for every instruction kind and for the flagship's amendments.
struct AmendmentXMLTests {
    static let formats: [DocumentFormat] = [.akomaNtoso, .uslm2, .japaneseLaw]

    /// The official schema of a format, under ../shared/reference.
    static func schema(_ format: DocumentFormat) throws -> String {
        let folder = format == .japaneseLaw ? "jplaw" : (format == .akomaNtoso ? "akn" : "uslm")
        return try SharedReference.path("\(folder)/schema/\(format.schemaFileName ?? "")")
    }

    static func write(_ amendment: Amendment, base: Document, as format: DocumentFormat) throws -> String {
        try AmendmentWriter.write(amendment, base: base, file: "test.amend", as: format)
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
        ("ja", AmendmentStyle.jp, DocumentFormat.akomaNtoso), ("ja", .jp, .uslm2), ("ja", .jp, .japaneseLaw),
        ("en", .us, .akomaNtoso),
        ("en", .us, .uslm2),
    ])
    func everyInstructionKindValidates(language: String, style: AmendmentStyle, format: DocumentFormat) throws {
        let (amendment, base) = try Self.generated(language, style: style)
        let xml = try Self.write(amendment, base: base, as: format)
        let problems = try SchemaValidator(schema: Self.schema(format)).validate(
            Array(xml.utf8), file: "amendment.xml")
        #expect(problems.isEmpty, "\(problems.prefix(5).map(\.description).joined(separator: "\n"))\n\(xml)")
        #expect(
            xml.contains(
                format == .japaneseLaw ? "<AmendProvision>" : (format == .akomaNtoso ? "<mod eId=" : "<amendingAction"))
        )
    }

    @Test(arguments: Self.formats)
    func theFlagshipsAmendingBillValidates(format: DocumentFormat) throws {
        let base = try Self.document("Drafts/japan-taiwan-relations-act.ja.enact")
        let text = try Fixtures.text("Drafts/japan-taiwan-relations-act.amendment.ja.amend")
        let amendment = try AmendmentFile(for: base).read(text, file: "amendment.ja.amend")
        let xml = try Self.write(amendment, base: base, as: format)
        let problems = try SchemaValidator(schema: Self.schema(format)).validate(
            Array(xml.utf8), file: "amendment.xml")
        #expect(problems.isEmpty, "\(problems.prefix(5).map(\.description).joined(separator: "\n"))")
        #expect(xml.contains("デジタル分野における協力"), "the quoted article is written out")
    }
}
