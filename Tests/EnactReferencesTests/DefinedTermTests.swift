import EnactCore
import EnactFormats
import EnactReferences
import EnactSource
import EnactTestSupport
import EnactXML
import Testing

/// Definitions written as words become definitions of the model, and their uses term uses, within the scope each
/// definition states.
struct DefinedTermTests {
    /// The text of each article, terms shown as `{term:X}` and definitions as `{def:X}`.
    private static func articles(_ document: Document) -> [String] {
        ResolvedDocument(document).document.body.map { article in
            (article.children.isEmpty ? [article] : article.children).map { InlineSource.print($0.content) }
                .joined()
        }
    }

    @Test func aDefinitionAppliesInTheScopeItStates() throws {
        let draft = try SourceReader().read(
            contentsOf: Fixtures.path("Tests/EnactReferencesTests/Fixtures/definitions.ja.enact"))
        let texts = Self.articles(DefinedTermLinker().linking(draft))
        // この法律において: the whole law.
        #expect(texts[0].contains("{def:試験}"))
        #expect(texts[1].contains("{term:試験}を受けようとする") && texts[2].contains("{term:試験}の期日"))
        // この条において: its article only.
        #expect(texts[1].contains("{def:受験者}") && texts[1].contains("{term:受験者}は、"))
        #expect(texts[2].hasPrefix("受験者は、"), "第三条 is outside the scope: \(texts[2])")
        // 以下: from the definition on.
        #expect(texts[2].contains("（以下「{def:出頭者}」という。）") && texts[2].contains("{term:出頭者}は、"))
        #expect(!texts[2].contains("{term:出頭者}は、身分"), "the 出頭した者 before it is not a use")
    }

    @Test func theLawsListOfDefinitionsLinksItsUsesInHTMLAndAkomaNtoso() throws {
        let law = try SharedReference.path("jplaw/documents/405AC0000000088_20240401_504AC0100000052.xml")
        let resolved = ResolvedDocument(TextLinks.linking(try DocumentLoader().load(law).document))
        // 第二条: 「この法律において、次の各号に掲げる用語の意義は、…」, then 「一　法令　法律、…」.
        for term in ["法令", "処分", "申請", "不利益処分", "行政機関", "行政指導", "届出"] {
            #expect(resolved.definitions[term] != nil, "\(term) is defined")
            #expect((resolved.termUseCounts[term] ?? 0) > 5, "\(term) is used")
        }
        #expect(resolved.diagnostics.filter { $0.id == .duplicateDefinition }.isEmpty)
        let html = try DocumentFormat.html.text(of: resolved, file: "gyosei.html")
        #expect(html.contains("<a class=\"term\" href=\"#chp_1__art_2__para_1__point_2__def_1\">処分</a>"))
        let akn = try DocumentFormat.akomaNtoso.text(of: resolved, file: "gyosei.akn.xml")
        #expect(akn.contains("<def eId=\"chp_1__art_2__para_1__point_2__def_1\""))
        #expect(akn.contains("<term refersTo="))
        let validator = try SchemaValidator(schema: SharedReference.path("akn/schema/akomantoso30.xsd"))
        let problems = try validator.validate(Array(akn.utf8), file: "gyosei.akn.xml").filter { $0.severity == .error }
        #expect(problems.isEmpty, "\(problems.prefix(3))")
    }

    @Test func anEnglishDefinitionAndItsUsesAreLinked() throws {
        var document = Document(metadata: Metadata(title: "Examinations Act", language: "en"))
        document.body = [
            Division(
                kind: .section, numbering: .explicit, number: DivisionNumber(1),
                content: [.text("In this Act, the term “examination” means a licensing examination.")]),
            Division(
                kind: .section, numbering: .explicit, number: DivisionNumber(2),
                content: [.text("Each examination is held once a year; re-examination is free.")]),
        ]
        let linked = DefinedTermLinker().linking(document)
        #expect(linked.body[0].content.contains(.definition(TermDefinition(term: "examination"))))
        #expect(linked.body[1].content.first == .text("Each "))
        #expect(linked.body[1].content.dropFirst().first == .termUse(TermUse(term: "examination")))
        #expect(linked.body[1].content.last == .text(" is held once a year; re-examination is free."))
    }
}
