import EnactCore
import Testing

struct ResolutionTests {
    private func article(_ label: String, numbering: Numbering = .automatic, number: Int? = nil, text: [Inline])
        -> Division
    {
        Division(
            kind: .article, numbering: numbering, number: number.map(DivisionNumber.init), label: label,
            children: [Division(kind: .paragraph, content: text)])
    }

    @Test func automaticArticlesRunOnThroughChaptersAndFollowExplicitNumbers() throws {
        let document = Document(
            metadata: Metadata(jurisdiction: "JP", language: "ja"),
            body: [
                Division(
                    kind: .chapter, children: [article("a", text: [.text("一")]), article("b", text: [.text("二")])]),
                Division(
                    kind: .chapter,
                    children: [
                        article("c", numbering: .explicit, number: 10, text: [.text("三")]),
                        article("d", text: [.text("四")]),
                    ]),
            ],
            supplementaryProvisions: [SupplementaryProvisions(divisions: [article("e", text: [.text("五")])])])
        let resolved = ResolvedDocument(document)
        #expect(resolved.targets["a"]?.citation == "第一条")
        #expect(resolved.targets["b"]?.citation == "第二条")
        #expect(resolved.targets["c"]?.citation == "第十条")
        #expect(resolved.targets["d"]?.citation == "第十一条")
        #expect(resolved.targets["e"]?.citation == "附則第一条")
        #expect(resolved.targets["d"]?.eId.rawValue == "chp_2__art_11")
        #expect(resolved.targets["e"]?.eId.rawValue == "suppl_1__art_1")
    }

    @Test func citationsNameParagraphsAndItemsInTheDocumentsLanguage() {
        let item = Division(kind: .item, label: "item", content: [.text("x")])
        let paragraphs = [
            Division(kind: .paragraph, content: [.text("x")]),
            Division(kind: .paragraph, label: "para", content: [.text("y")], children: [item]),
        ]
        let body = [Division(kind: .article, children: paragraphs)]
        let japanese = ResolvedDocument(Document(metadata: Metadata(jurisdiction: "JP", language: "ja"), body: body))
        #expect(japanese.targets["para"]?.citation == "第一条第二項")
        #expect(japanese.targets["item"]?.citation == "第一条第二項第一号")
        let english = ResolvedDocument(Document(metadata: Metadata(jurisdiction: "JP", language: "en"), body: body))
        #expect(english.targets["item"]?.citation == "Article 1, paragraph (2), item (i)")
    }

    @Test func danglingReferencesUndefinedTermsAndDuplicatesAreReported() {
        let body = [
            Division(
                kind: .section, label: "s",
                content: [
                    .reference(CrossReference(target: .label("nowhere"))), .termUse(TermUse(term: "Widget")),
                    .definition(TermDefinition(term: "Gadget")),
                ]),
            Division(kind: .section, label: "s", content: [.definition(TermDefinition(term: "gadget"))]),
        ]
        let resolved = ResolvedDocument(Document(metadata: Metadata(jurisdiction: "US", language: "en"), body: body))
        #expect(
            Set(resolved.diagnostics.map(\.id.rawValue)) == [
                "dangling-reference", "undefined-term", "duplicate-label", "duplicate-definition",
            ])
    }

    @Test func eIdsFollowTheAkomaNtosoNamingConvention() {
        let eId = EId(
            parent: EId(
                parent: EId(parent: nil, kind: .chapter, number: DivisionNumber(1)), kind: .article,
                number: DivisionNumber([3, 2])), kind: .paragraph, number: DivisionNumber(2))
        #expect(eId.rawValue == "chp_1__art_3-2__para_2")
    }
}
