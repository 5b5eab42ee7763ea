import EnactAmend
import EnactCore
import EnactSource
import EnactTestSupport
import Testing

/// Every way applying an amendment fails is an error at the instruction's line (or the quoted line) saying what
/// was found instead; nothing is applied then.
struct ApplyErrorTests {
    static let header = "---\ntitle: 試験実施法の一部を改正する法律案\namends: 試験実施法\nstyle: jp\n---\n"

    /// The error applying `body` (instructions after the front matter, which ends on line 5) to the act gives.
    static func failure(_ body: String, header: String = header, base: String = "kinds.old.ja.enact") throws
        -> Diagnostic?
    {
        let base = try SourceReader().read(contentsOf: Fixtures.path("Tests/EnactAmendTests/Fixtures/\(base)"))
        do {
            let amendment = try AmendmentFile(for: base).read(header + body, file: "change.amend")
            _ = try AmendmentApplier().apply(amendment, to: base)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    @Test func quotedTextThatDoesNotOccurIsAnErrorShowingTheText() throws {
        let error = try #require(try Self.failure("第一条中「公平」を「公正」に改める。\n"))
        #expect(error.location?.line == 6)
        #expect(
            error.message.contains("'公平' does not occur in 第一条, whose text is 'この法律は、国が行う試験の実施"), "\(error.message)")
    }

    @Test func quotedTextThatOccursTwiceInAnEnglishInstructionIsAnError() throws {
        let header = "---\ntitle: A bill to amend the Examinations Act\namends: Examinations Act\nstyle: us\n---\n"
        let error = try #require(
            try Self.failure(
                "Section 1 is amended by striking “cited” and inserting “known”.\n"
                    + "Section 2 is amended by striking “examination” and inserting “test”.\n",
                header: header, base: "kinds.old.en.enact"))
        #expect(error.location?.line == 7, "the first instruction applies; the second fails")
        #expect(
            error.message.contains("'examination' occurs 2 times in Section 2; quote more of the text around it"),
            "\(error.message)")
    }

    /// In 改め文, 「A」を「B」に改める changes every A of the provision named.
    @Test func quotedTextThatOccursTwiceInA改め文IsChangedEverywhere() throws {
        let base = try SourceReader().read(
            contentsOf: Fixtures.path("Tests/EnactAmendTests/Fixtures/kinds.old.ja.enact"))
        let amendment = try AmendmentFile(for: base).read(
            Self.header + "第一条中「試験」を「検定」に改める。\n", file: "change.amend")
        let amended = try AmendmentApplier().apply(amendment, to: base)
        var texts: [String] = []
        amended.walkDivisions { division, _ in texts.append(division.content.plainText) }
        #expect(texts.contains("この法律は、国が行う検定の実施に関し必要な事項を定め、もって検定の公正を確保することを目的とする。"))
        #expect(texts.contains("この法律において「試験」とは、国が行う資格試験をいう。"), "第二条 is not named")
    }

    @Test func aMissingProvisionIsAnErrorNamingTheNearestOne() throws {
        let error = try #require(try Self.failure("第九条を削る。\n"))
        #expect(error.location?.line == 6)
        #expect(error.message.hasPrefix("there is no 第九条; the nearest is 第"), "\(error.message)")
    }

    @Test func aSentenceOutsideTheControlledLanguageIsAnError() throws {
        let error = try #require(try Self.failure("第一条を適当に直す。\n"))
        #expect(error.location?.line == 6)
        #expect(error.message == "not an instruction in the jp style: '第一条を適当に直す。'")
    }

    @Test func anInstructionWithoutItsQuotedProvisionsIsAnError() throws {
        let error = try #require(try Self.failure("第一条を次のように改める。\n第二条を削る。\n"))
        #expect(error.location?.line == 6)
        #expect(error.message.contains("must be followed by the quoted provisions"))
    }

    @Test func quotedProvisionsAfterAnInstructionThatTakesNoneAreAnError() throws {
        let error = try #require(try Self.failure("第二条を削る。\n    @第二条（定義）\n"))
        #expect(error.location?.line == 7)
        #expect(error.message.contains("quotes no provisions"))
    }

    @Test func frontMatterWithoutAStyleIsAnError() throws {
        let error = try #require(try Self.failure("第二条を削る。\n", header: "---\ntitle: t\n---\n"))
        #expect(error.message == "missing key 'style' (jp or us)")
        let unknown = try #require(try Self.failure("第二条を削る。\n", header: "---\nstyle: uk\n---\n"))
        #expect(unknown.location?.line == 2)
        #expect(unknown.message == "style must be jp or us, not 'uk'")
    }

    @Test func aNumberAlreadyTakenIsAnError() throws {
        let error = try #require(try Self.failure("第一条を第二条とする。\n"))
        #expect(error.message == "第二条 already exists")
    }

    @Test func aRunWhoseLastProvisionDoesNotFollowIsAnError() throws {
        let error = try #require(try Self.failure("第三条から第二条までを一条ずつ繰り下げる。\n"))
        #expect(error.message == "no 第二条 follows 第三条")
    }

    @Test func brokenQuotedProvisionsAreAnErrorAtTheirLine() throws {
        let error = try #require(try Self.failure("第三条の次に次の一条を加える。\n    @第四条（新設）\n    {ref:本文\n"))
        #expect(error.location?.file == "change.amend")
        #expect(error.location?.line == 8, "\(error)")
    }
}
