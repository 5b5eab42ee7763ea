import EnactAmend
import EnactAmendmentWriters
import EnactCore
import EnactDiff
import EnactFormats
import EnactSource
import EnactTestSupport
import Foundation
import Testing

/// Generated and enacted 改め文 are one language: any Japanese amendment written as an act prints it
/// (``EnactedAmendmentWriter``) reads back (``EnactedAmendment``) into an amendment that makes the same law.
struct EnactedFormTests {
    /// Each real case: the act's 改め文 read, printed again as an act prints it, read back and applied, gives the law
    /// the act's own text gives.
    @Test(arguments: SharedReference.kaiseiCases)
    func aRealActPrintedAgainReadsBackToTheSameLaw(name: String) throws {
        let folder = try SharedReference.path("kaisei/\(name)")
        let base = try DocumentLoader().load("\(folder)/base.xml").document
        let text = try String(contentsOfFile: "\(folder)/amendment.txt", encoding: .utf8)
        let amendment = try EnactedAmendment.read(text, against: base, file: "amendment.txt")
        let printed = try EnactedAmendmentWriter().write(amendment, base: base, file: "amendment.txt")
        let reread = try EnactedAmendment.read(printed, against: base, file: "printed.txt")
        #expect(reread.instructions.count == amendment.instructions.count)
        let direct = try AmendmentApplier().apply(amendment, to: base)
        let again = try AmendmentApplier().apply(reread, to: base)
        #expect(ComparableDocument(again).firstDifference(from: ComparableDocument(direct)) == nil, "\(printed)")
        // Enact joins clauses its own way (the act's sentences may be grouped otherwise), but every line reads.
        #expect(reread.unread.isEmpty)
    }

    /// The amendment `enact amend` generates for the flagship's committee revision, printed as an act prints it,
    /// is read by the reader of real acts and gives the revision's text (references are printed words there, as in
    /// any act: the section-level diff, which compares printed text, finds no change).
    @Test func aGeneratedAmendmentPrintedAsEnactedGivesTheRevision() throws {
        let old = try SourceReader().read(contentsOf: Fixtures.path(Fixtures.flagshipJapanese))
        let new = try SourceReader().read(
            contentsOf: Fixtures.path("Drafts/japan-taiwan-relations-act.revised.ja.enact"))
        let amendment = try AmendmentGenerator().amendment(from: old, to: new, style: .jp)
        let printed = try EnactedAmendmentWriter().write(amendment, base: old, file: "revision.txt")
        #expect(printed.hasPrefix("第一条　我が国と台湾との間の交流及び協力の推進に関する法律案の一部を次のように修正する。\n"))
        #expect(printed.contains("\n　　（監督命令）\n　第十六条　外務大臣は、"), "a new article printed as statutes print it")
        let read = try EnactedAmendment.read(printed, against: old, file: "revision.txt")
        let applied = try AmendmentApplier().apply(read, to: old)
        let diff = DocumentDiff(old: ResolvedDocument(applied), new: ResolvedDocument(new))
        #expect(diff.differences.isEmpty, "\(diff.differences.map { $0.new.map(\.citation) })")
    }

    /// 令和3年法律第49号 amends 医師法 in its 第五条 and 歯科医師法 in its 第七条: given both articles, each law takes
    /// the one that names it, and a law the act does not amend is told which laws it does.
    @Test func anActAmendingSeveralLawsAppliesTheArticleThatNamesTheBase() throws {
        let physicians = try SharedReference.path("kaisei/323AC0000000201_503AC0000000049_art5")
        let dentists = try SharedReference.path("kaisei/323AC0000000202_503AC0000000049_art7")
        let act =
            try String(contentsOfFile: "\(physicians)/amendment.txt", encoding: .utf8)
            + String(contentsOfFile: "\(dentists)/amendment.txt", encoding: .utf8)
        for folder in [physicians, dentists] {
            let base = try DocumentLoader().load("\(folder)/base.xml").document
            let expected = try DocumentLoader().load("\(folder)/expected.xml").document
            let applied = try AmendmentApplier().apply(
                EnactedAmendment.read(act, against: base, file: "act.txt"), to: base)
            #expect(
                ComparableDocument(applied).mainProvisions.firstDifference(
                    from: ComparableDocument(expected).mainProvisions) == nil, "\(folder)")
        }
        let other = try DocumentLoader().load(
            try SharedReference.path("kaisei/325AC0000000158_505AC0000000063_art10/base.xml")
        ).document
        #expect {
            try EnactedAmendment.read(act, against: other, file: "act.txt")
        } throws: { error in
            "\(error)".contains("the amending act amends 医師法、歯科医師法; none of them is 質屋営業法")
        }
    }
}
