import EnactAmend
import EnactCore
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
}
