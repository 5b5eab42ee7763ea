import EnactAmend
import EnactCore
import EnactJapaneseLaw
import EnactSource
import EnactTestSupport
import Testing

/// The forms of sentence real 改め文 use that Enact's own generator does not write, read into the instructions they
/// state (issue 16).
struct EnactedSentenceTests {
    private static func instructions(_ sentence: String) throws -> [AmendmentInstruction] {
        let base = try SourceReader().read(
            contentsOf: Fixtures.path("Tests/EnactAmendTests/Fixtures/kinds.old.ja.enact"))
        let header = "---\ntitle: 試験実施法の一部を改正する法律案\namends: 試験実施法\nstyle: jp\n---\n"
        return try AmendmentFile(for: base).read(header + sentence + "\n", file: "enacted.amend").instructions
    }

    @Test func severalPairsShareOneVerb() throws {
        #expect(
            try Self.instructions("第一条中「国が行う」を「国の行う」に、「公正」を「適正な実施」に改める。") == [
                .replaceText(address: "第一条", old: "国が行う", new: "国の行う"),
                .replaceText(address: "第一条", old: "公正", new: "適正な実施"),
            ])
    }

    @Test func severalQuotationsAreStruckTogether() throws {
        #expect(
            try Self.instructions("第一条中「、もって」及び「の公正」を削る。") == [
                .replaceText(address: "第一条", old: "、もって", new: ""),
                .replaceText(address: "第一条", old: "の公正", new: ""),
            ])
    }

    @Test func aChainGoesOnTo同条AndEndsWithAClauseAboutIt() throws {
        let read = try Self.instructions(
            "第三条第一項中「毎年度」を「毎年」に改め、同条第二項中「官報」を「公報」に改め、同条に次の一項を加える。\n    @３\n    試験の結果は、公示する。")
        #expect(read.count == 3)
        #expect(read.first == .replaceText(address: "第三条第一項", old: "毎年度", new: "毎年"))
        #expect(read.dropFirst().first == .replaceText(address: "第三条第二項", old: "官報", new: "公報"))
        guard case .insert(.atEnd, let address, _)? = read.last else {
            Issue.record("the last clause adds a paragraph: \(read)")
            return
        }
        #expect(address == "第三条")
    }

    /// 「第三条中「試験」を「検定」に改める。」 on an article of two paragraphs changes both, as real acts mean it.
    @Test func wordsNamedInAnArticleAreChangedInEachOfItsParagraphs() throws {
        let base = try SourceReader().read(
            contentsOf: Fixtures.path("Tests/EnactAmendTests/Fixtures/kinds.old.ja.enact"))
        let header = "---\ntitle: 試験実施法の一部を改正する法律案\namends: 試験実施法\nstyle: jp\n---\n"
        let amendment = try AmendmentFile(for: base).read(header + "第三条中「試験」を「検定」に改める。\n", file: "a.amend")
        let amended = try AmendmentApplier().apply(amendment, to: base)
        var texts: [String] = []
        amended.walkDivisions { division, _ in texts.append(division.content.plainText) }
        #expect(texts.contains("国は、毎年度一回以上、検定を実施するものとする。"))
        #expect(texts.contains("検定の期日及び場所は、あらかじめ官報で公示する。"))
        #expect(texts.contains("この法律において「試験」とは、国が行う資格試験をいう。"), "第二条 is not named")
    }

    /// The fixture law after `sentences`; `printsNoContents` reads it as a law printed without a 目次.
    private static func applied(_ sentences: String, printsNoContents: Bool = false) throws -> Document {
        var base = try SourceReader().read(
            contentsOf: Fixtures.path("Tests/EnactAmendTests/Fixtures/kinds.old.ja.enact"))
        if printsNoContents { base.tableOfContents = .none }
        let header = "---\ntitle: 試験実施法の一部を改正する法律案\namends: 試験実施法\nstyle: jp\n---\n"
        return try AmendmentApplier().apply(
            AmendmentFile(for: base).read(header + sentences, file: "a.amend"), to: base)
    }

    private static func texts(_ document: Document) -> [String] {
        var texts: [String] = []
        document.walkDivisions { division, _ in texts.append(division.content.plainText) }
        return texts
    }

    /// 「第三十八条中第七項を第九項とし、…、同項を同条第五項とし」: clauses within an article name its paragraphs, and a
    /// 同項 after a renumbering names the paragraph by its new number.
    @Test func clausesWithinAnArticleNameItsParagraphs() throws {
        #expect(
            try Self.instructions("第三条中第二項を第三項とし、同条第一項中「毎年度」を「毎年」に改め、同項を同条第二項とする。") == [
                .redesignate(address: "第三条第二項", as: "第三項"),
                .replaceText(address: "第三条第一項", old: "毎年度", new: "毎年"),
                .redesignate(address: "第三条第一項", as: "第二項"),
            ])
        #expect(
            try Self.instructions("本則中第七条を第八条とし、第二章中第六条を第七条とし、同条の次に次の一条を加える。\n    @第七条の二\n    条文。")
                .prefix(2) == [.redesignate(address: "第七条", as: "第八条"), .redesignate(address: "第六条", as: "第七条")])
    }

    /// 「同条後段を次のように改める。」 with the new 後段 and the cells of its 読替え table, 「同項後段を削る。」 and
    /// 「同項に後段として次のように加える。」 change the sentences they name and keep the rest.
    @Test func latterSentencesAreReplacedAddedAndStruck() throws {
        let replaced = try Self.applied(
            """
            第三条第二項に後段として次のように加える。
                この場合において、次の表の上欄に掲げる規定中同表の中欄に掲げる字句は、それぞれ同表の下欄に掲げる字句に読み替えるものとする。
                第二条
                資格試験
                国家試験
                試験
                検定
            第一条中「公正」を「適正」に改める。

            """)
        var paragraph: Division?
        replaced.walkDivisions { division, _ in
            if division.content.plainText.hasPrefix("試験の期日") { paragraph = division }
        }
        #expect(
            paragraph?.content.first?.plainText
                == "試験の期日及び場所は、あらかじめ官報で公示する。この場合において、次の表の上欄に掲げる規定中同表の中欄に掲げる字句は、それぞれ同表の下欄に掲げる字句に読み替えるものとする。\n")
        guard case .preserved(let table)? = paragraph?.content.last else {
            Issue.record("the table follows the sentences: \(String(describing: paragraph?.content))")
            return
        }
        #expect(table.text == "第二条\n資格試験\n国家試験\n試験\n検定")
        #expect(table.markup.contains(#"<TableColumn BorderBottom="none""#), "第二条 spans two rows")
        let struck = try Self.applied("第三条第二項に後段として次のように加える。\n    この場合において、公示は電子的に行う。\n第三条第二項後段を削る。\n")
        #expect(Self.texts(struck).contains("試験の期日及び場所は、あらかじめ官報で公示する。"))
        #expect(throws: DiagnosticError.self) { try Self.applied("第三条第二項後段を削る。\n") }
    }

    /// A 目次 attached to a law that has none, then amended across its entries as the page reads.
    @Test func aTableOfContentsIsAttachedAndAmendedAcrossEntries() throws {
        let amended = try Self.applied(
            """
            題名の次に次の目次を付する。
                目次
                第一章　総則（第一条−第三条）
                第二章　試験委員（第四条−第七条）
                附則
            目次中「（第一条−第三条）第二章　試験委員」を「（第一条・第二条）第二章　試験及び試験委員」に改める。

            """, printsNoContents: true)
        guard case .kept(let kept) = amended.tableOfContents, let contents = PrintedContents(kept) else {
            Issue.record("the law has a printed 目次: \(amended.tableOfContents)")
            return
        }
        #expect(contents.lines == ["第一章　総則（第一条・第二条）", "第二章　試験及び試験委員（第四条―第七条）", "附則"])
        #expect(kept.markup.contains("<TOCChapter Num=\"2\">"))
    }

    /// 「第三条第一項及び第二項中」: a paragraph named after another is in the same article.
    @Test func aParagraphNamedAfterAnotherIsInTheSameArticle() throws {
        let texts = Self.texts(try Self.applied("第三条第一項及び第二項中「試験」を「検定」に改める。\n"))
        #expect(texts.contains("国は、毎年度一回以上、検定を実施するものとする。"))
        #expect(texts.contains("検定の期日及び場所は、あらかじめ官報で公示する。"))
    }

    /// 「…ただし書中「A」を「B」に改める」 and 「…各号列記以外の部分中」 change that part of the text only, though the
    /// words occur elsewhere in the provision too.
    @Test func wordsNamedInAPartOfATextChangeThereOnly() throws {
        let proviso = try Self.applied(
            """
            第三条第二項に次のただし書を加える。
                ただし、試験の期日は、官報以外の方法で公示することができる。
            第三条第二項ただし書中「試験」を「検定」に改める。

            """)
        #expect(
            Self.texts(proviso).contains(
                "試験の期日及び場所は、あらかじめ官報で公示する。ただし、検定の期日は、官報以外の方法で公示することができる。"))
        let chapeau = try Self.applied(
            """
            第二条に次の一号を加える。
                @号
                国家試験
            第二条各号列記以外の部分中「試験」を「検定」に改める。

            """)
        let texts = Self.texts(chapeau)
        #expect(texts.contains("この法律において「検定」とは、国が行う資格検定をいう。"))
        #expect(texts.contains("国家試験"), "the item is not the text named")
    }

    /// 「第十条（見出しを含む。）を次のように改める。」 names the article: the quotation holds its 見出し.
    @Test func anArticleRewrittenWithItsHeadingIsNamedAsIs() throws {
        #expect(
            try Self.instructions("第七条（見出しを含む。）を次のように改める。\n    @第七条（報告）\n    試験の結果を公表する。").count == 1)
        let texts = Self.texts(
            try Self.applied("第七条（見出しを含む。）を次のように改める。\n    @第七条（報告）\n    試験の結果を公表する。\n"))
        #expect(texts.contains("試験の結果を公表する。"))
    }

    /// 「第五条に見出しとして「（定義）」を付する。」 gives an article without one its heading; 「第二条各号中」 names each
    /// item.
    @Test func aHeadingIsAttachedAndEachItemIsNamed() throws {
        #expect(
            try Self.instructions("第二条に見出しとして「（用語）」を付する。") == [.setHeading(address: "第二条", heading: "用語")])
        let amended = try Self.applied(
            """
            第二条に次の二号を加える。
                @号
                国家試験
                @号
                地方試験
            第二条各号中「試験」を「検定」に改める。

            """)
        let texts = Self.texts(amended)
        #expect(texts.contains("国家検定") && texts.contains("地方検定"))
        #expect(texts.contains("この法律において「試験」とは、国が行う資格試験をいう。"), "the article's own text is not an item")
    }

    /// 「本則中「A」を「B」に改める」 changes A wherever the main provisions have it (as the 整理法 of 令和4年法律第68号
    /// amend 「懲役」 throughout a law); 「「A」の上に「B」を加える」 puts B before A.
    @Test func wordsAreChangedThroughoutTheMainProvisionsAndInsertedBefore() throws {
        let amended = try Self.applied("本則中「試験」を「検定」に改める。\n第一条中「公正」の上に「適正かつ」を加える。\n")
        let texts = Self.texts(amended)
        #expect(!texts.contains { $0.contains("試験") && !$0.contains("検定") }, "\(texts)")
        #expect(texts.contains("この法律は、国が行う検定の実施に関し必要な事項を定め、もって検定の適正かつ公正を確保することを目的とする。"))
        #expect(texts.contains("この法律は、公布の日から施行する。"), "附則 is not 本則")
    }

    /// Subitems renumbered in a chain: 同号 names the item of the subitem named before.
    @Test func subitemsAreRenumberedInAChain() throws {
        #expect(
            try Self.instructions("第二条第一号ロを同号ハとし、同号イを同号ロとする。") == [
                .redesignate(address: "第二条第一号ロ", as: "ハ"), .redesignate(address: "第二条第一号イ", as: "ロ"),
            ])
    }
}
