import EnactCore
import EnactSource
import EnactTestSupport
import Testing

struct ReaderTests {
    private func read(_ body: String, language: String = "ja", jurisdiction: String = "JP") throws
        -> SourceReader.Result
    {
        try SourceReader().parse(
            "---\nlanguage: \(language)\njurisdiction: \(jurisdiction)\n---\n" + body, file: "t.enact")
    }

    @Test func japaneseDesignationsGiveKindsAndNumbers() throws {
        let result = try read("@第二章　雑則\n@第十二条の二（委任）\n本文\n@２\n次に掲げる\n@十の二\n号\n@ハ\n細分\n@（３）\n細細分\n@（ｉｖ）\n最下位\n")
        #expect(result.diagnostics.isEmpty)
        let chapter = try #require(result.document.body.first)
        #expect(chapter.kind == .chapter && chapter.number == DivisionNumber(2) && chapter.heading == "雑則")
        let article = try #require(chapter.children.first)
        #expect(article.number == DivisionNumber([12, 2]) && article.heading == "委任")
        #expect(article.children.map(\.kind) == [.paragraph, .paragraph])
        #expect(article.children[0].numbering == .automatic && article.children[0].content == [.text("本文")])
        let item = try #require(article.children[1].children.first)
        #expect(item.kind == .item && item.number == DivisionNumber([10, 2]))
        let subitem = try #require(item.children.first)
        #expect(subitem.kind == .subitem && subitem.number == DivisionNumber(3))
        #expect(subitem.children.first?.kind == .subitem2 && subitem.children.first?.number == DivisionNumber(3))
        #expect(subitem.children.first?.children.first?.number == DivisionNumber(4))
    }

    @Test func itemsRightUnderAnArticleOpenItsFirstParagraph() throws {
        let result = try read("@条（定義）\n@号\n一つ目\n@号\n二つ目\n@項\n第二項\n")
        let article = try #require(result.document.body.first)
        #expect(article.children.map(\.kind) == [.paragraph, .paragraph])
        #expect(article.children[0].children.count == 2)
    }

    @Test func japaneseLinesJoinWithoutSpacesEvenAroundReferences() throws {
        let result = try read("@条\n{ref:#a}\n{ref:#b}の規定は、\n適用しない。\n")
        let paragraph = try #require(result.document.body.first?.children.first)
        #expect(
            paragraph.content == [
                .reference(CrossReference(target: .label("a"))), .reference(CrossReference(target: .label("b"))),
                .text("の規定は、適用しない。"),
            ])
    }

    @Test func bracketedNumbersMayBeWrittenBare() throws {
        let result = try read("@article 1\n@paragraph 2\ntext\n@paragraph (3)\ntext\n", language: "en")
        let article = try #require(result.document.body.first)
        #expect(article.children.map(\.number) == [DivisionNumber(2), DivisionNumber(3)])
    }

    @Test func aBackslashKeepsAHeadingFromBeingReadAsANumber() throws {
        let result = try read("@chapter \\2025 Expo\n@article\ntext\n", language: "en")
        let chapter = try #require(result.document.body.first)
        #expect(chapter.numbering == .automatic && chapter.heading == "2025 Expo")
        #expect(SourcePrinter().print(result.document).contains("@chapter \\2025 Expo\n"))
    }

    @Test func frontMatterCommentsAreKept() throws {
        let text = "---\n# reviewed 2026-11-20\ntitle: Act\n---\n"
        let document = try SourceReader().parse(text).document
        #expect(document.frontMatterComments == ["reviewed 2026-11-20"])
        #expect(SourcePrinter().print(document) == text)
    }

    @Test func inlineMarkupIsRead() throws {
        let result = try read(
            "@section\nSee {ref:#s2}, {ref:/us/usc/t22/s3301|22 U.S.C. 3301}, {def:Taiwan}, {term:Taiwan|Taiwan's}, {em:not}, {date:1979-04-10|April 10, 1979} \\{x\\}.\n",
            language: "en", jurisdiction: "US")
        #expect(result.diagnostics.isEmpty)
        let content = try #require(result.document.body.first?.content)
        #expect(content.count == 13)
        #expect(content[1] == .reference(CrossReference(target: .label("s2"))))
        #expect(
            content[3] == .reference(CrossReference(target: .external("/us/usc/t22/s3301"), text: "22 U.S.C. 3301")))
        #expect(content[7] == .termUse(TermUse(term: "Taiwan", text: "Taiwan's")))
        #expect(content.last == .text(" {x}."))
    }

    @Test func annotationsAndCommentsAttachToTheirDivision() throws {
        let result = try read(
            "// 要検討\n@条（目的）\n@note: 米国法第二条に相当\n@corresponds-to: /us/usc/t22/s3301\n本文\n@条\n@repealed\n")
        let articles = result.document.body
        #expect(articles[0].comments == ["要検討"])
        #expect(articles[0].annotations == [.note("米国法第二条に相当"), .correspondsTo("/us/usc/t22/s3301")])
        #expect(articles[1].isRepealed)
    }

    @Test func anUnprintedRepealPrintsNoWordAndIsWrittenBackAsRead() throws {
        let text =
            "---\njurisdiction: US\nlanguage: en\n---\n\n@section 1\n@repealed unprinted\n\n@section 2\n@repealed\n"
        let document = try SourceReader().parse(text).document
        let designations = Designations(document)
        #expect(document.body.map(\.isRepealed) == [true, true])
        #expect(designations.printedText(of: document.body[0]).isEmpty)
        #expect(designations.printedText(of: document.body[1]) == [.text("[Repealed]")])
        #expect(SourcePrinter().print(document) == text)
    }

    @Test func supplementaryProvisionsTextBecomesAParagraph() throws {
        let result = try read("@条\n本則\n@附則\nこの法律は、公布の日から施行する。\n")
        let group = try #require(result.document.supplementaryProvisions.first)
        #expect(group.divisions.map(\.kind) == [.paragraph])
    }
}

struct SupplementaryProvisionsRoundTripTests {
    @Test func itemsRightUnderSupplementaryProvisionsOpenAParagraph() throws {
        let text = "---\njurisdiction: JP\nlanguage: ja\n---\n\n@附則\n\n@号\n一つ目\n"
        let document = try SourceReader().parse(text).document
        let group = try #require(document.supplementaryProvisions.first)
        #expect(group.divisions.map(\.kind) == [.paragraph])
        #expect(group.divisions.first?.children.map(\.kind) == [.item])
        #expect(SourcePrinter().print(document) == text)
        #expect(try SourceReader().parse(SourcePrinter().print(document)).document == document)
    }
}
