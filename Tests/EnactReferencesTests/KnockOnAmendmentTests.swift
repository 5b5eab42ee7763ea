import EnactAmend
import EnactCore
import EnactFormats
import EnactReferences
import EnactTestSupport
import Testing

/// An article inserted into a real law (行政手続法, imported and its references linked): every reference that
/// pointed past it names the renumbered provision, in the law as printed and in the 改め文 that turns the old law
/// into the new one — the knock-on amendments (ハネ改正) a drafter otherwise finds by eye.
struct KnockOnAmendmentTests {
    private static let law = "jplaw/documents/405AC0000000088_20240401_504AC0100000052.xml"

    /// The law with an article inserted after 第十条 (in 第二章), the later articles of the main provisions moved
    /// down by one.
    private static func inserting(into law: Document) throws -> Document {
        var law = law
        ArticleInsertion.movingLaterArticlesDown(after: 10, in: &law)
        let chapter = try #require(law.body.firstIndex { $0.children.contains { $0.number == DivisionNumber(10) } })
        let position = try #require(law.body[chapter].children.firstIndex { $0.number == DivisionNumber(10) })
        let paragraph = Division(
            kind: .paragraph, numbering: .explicit, number: DivisionNumber(1),
            content: [.text("行政庁は、申請者の求めに応じ、申請の処理の状況を通知するよう努めなければならない。")])
        let article = Division(
            kind: .article, numbering: .explicit, number: DivisionNumber(11), heading: "処理状況の通知",
            children: [paragraph])
        law.body[chapter].children.insert(article, at: position + 1)
        return law
    }

    /// The eId of a provision after the insertion: an article of the main provisions numbered after 第十条 is one
    /// further on.
    private static func moved(_ eId: String) -> String {
        guard !eId.hasPrefix("suppl") else { return eId }
        return eId.split(separator: "__", omittingEmptySubsequences: false).map { step -> String in
            // `art_36-2` is 第三十六条の二.
            guard step.hasPrefix("art_"), let number = Int(step.dropFirst(4).prefix { $0 != "-" }), number > 10 else {
                return String(step)
            }
            return "art_\(number + 1)" + step.dropFirst(4).drop { $0 != "-" }
        }.joined(separator: "__")
    }

    @Test func everyReferencePastTheInsertedArticleIsRenumberedInTheLawAndInThe改め文() throws {
        let plain = try DocumentLoader().load(SharedReference.path(Self.law)).document
        let old = ReferenceLinker().linking(plain)
        let new = try Self.inserting(into: old)

        // In the law as printed, every reference names what it named before, under its new number.
        let before = ReferenceFinder().references(in: ResolvedDocument(plain)).compactMap(\.targetEId)
        let after = ReferenceFinder().references(in: ResolvedDocument(Unmarked.document(new))).compactMap(\.targetEId)
        let pointingPast = before.filter { Self.moved($0) != $0 }
        #expect(pointingPast.count > 40, "the law cites its later articles often: \(pointingPast.count)")
        #expect(before.map(Self.moved).sorted() == after.sorted())

        // The 改め文 amends the words of each of them, then renumbers and inserts.
        let amendment = try AmendmentGenerator().amendment(from: old, to: new, style: .jp)
        let text = AmendmentFile(for: old).print(amendment)
        #expect(text.contains("第一条第一項中「第四十六条」を「第四十七条」に改める。"), "\(text.prefix(600))")
        #expect(text.contains("第十条の次に次の一条を加える。"))
        let knockOns = amendment.instructions.filter {
            if case .replaceText(_, let old, let new) = $0 { old.hasPrefix("第") && new.hasPrefix("第") } else { false }
        }
        #expect(knockOns.count > 20, "\(knockOns.count) knock-on amendments\n\(text)")
        // Applied to the old law, it gives the new one, word for word.
        let applied = try AmendmentApplier().apply(amendment, to: old)
        #expect(ComparableDocument(applied).firstDifference(from: ComparableDocument(new)) == nil)
    }

    @Test func anAmendmentThatForgetsTheKnockOnsLeavesReferencesThatCheckReportsStale() throws {
        let old = ReferenceLinker().linking(try DocumentLoader().load(SharedReference.path(Self.law)).document)
        let new = try Self.inserting(into: old)
        let amendment = try AmendmentGenerator().amendment(from: old, to: new, style: .jp)
        // The complete amendment leaves every reference's words naming what it refers to.
        #expect(StaleReferences.find(in: ResolvedDocument(try AmendmentApplier().apply(amendment, to: old))).isEmpty)
        // Without its knock-on amendments, the words stay as they were while the provisions move: 平成三十年法律第七十五
        // 号 and 公職選挙法.
        var forgetful = amendment
        forgetful.instructions.removeAll {
            if case .replaceText(_, let old, let new) = $0 { old.hasPrefix("第") && new.hasPrefix("第") } else { false }
        }
        let stale = StaleReferences.find(in: ResolvedDocument(try AmendmentApplier().apply(forgetful, to: old)))
        let first = try #require(stale.first { $0.at == "第一条第一項" && $0.text == "第四十六条" }, "\(stale.prefix(3))")
        #expect(first.names == "第四十六条" && first.named == "第四十七条")
        #expect(first.linkDiagnostic.id == .staleReference)
        #expect(stale.count > 20)
    }
}
