import EnactCore
import EnactReferences
import Testing

/// The Japanese citation grammar on the forms drafters write.
struct JapaneseCitationScannerTests {
    private func scan(_ text: String) -> [ScannedReference] { JapaneseCitationScanner().scan(text) }

    private func step(_ kind: DivisionKind, _ components: Int...) -> CitationStep {
        CitationStep(kind: kind, number: DivisionNumber(components) ?? DivisionNumber(1))
    }

    @Test func anAbsoluteCitationReadsEveryLevelAndBranch() {
        let found = scan("第十条の二第二項第三号の規定により")
        #expect(found.map(\.text) == ["第十条の二第二項第三号"])
        #expect(found.first?.from.anchor == .absolute(supplementary: false))
        #expect(found.first?.from.steps == [step(.article, 10, 2), step(.paragraph, 2), step(.item, 3)])
    }

    @Test func rangesListsAndTheLevelsAListLeavesOut() {
        let range = scan("第五条から第八条までの規定")
        #expect(range.map(\.text) == ["第五条から第八条まで"])
        #expect(range.first?.through?.steps == [step(.article, 8)])
        let list = scan("第十条第一項又は第二項の規定")
        #expect(list.map(\.text) == ["第十条第一項", "第二項"])
        #expect(list.last?.from.steps == [step(.article, 10), step(.paragraph, 2)], "read against 第十条")
        let supplementary = scan("附則第二条及び第三条")
        #expect(supplementary.map(\.from.anchor) == [.absolute(supplementary: true), .absolute(supplementary: true)])
    }

    @Test func relativeCitationsKeepTheirDirection() {
        let found = scan("前条第二項、次条、前項、同条第三項、前各項、前二項及び前号")
        #expect(found.map(\.text) == ["前条第二項", "次条", "前項", "同条第三項", "前各項", "前二項", "前号"])
        #expect(found[0].from == CitedProvision(anchor: .article(offset: -1), steps: [step(.paragraph, 2)]))
        #expect(found[3].from.anchor == .sameAsLast(.article))
        #expect(found[4].through == CitedProvision(anchor: .paragraph(offset: -1)), "前各項 runs to the one before")
        #expect(found[5].from.anchor == .paragraph(offset: -2))
    }

    @Test func anotherLawIsCitedWithItsIdentifierAndFollowedBy同法() {
        let found = scan("民法（明治二十九年法律第八十九号）第九十条及び同法第三条並びに地方自治法第二条")
        #expect(found.map(\.text) == ["民法（明治二十九年法律第八十九号）第九十条", "同法第三条", "第二条"])
        guard case .external(let law) = found.first?.from.anchor else {
            Issue.record("民法 is not read as another law")
            return
        }
        #expect(law.title == "民法")
        #expect(law.work == "/akn/jp/act/1896/89")
        #expect(found[1].from.anchor == .external(law))
        guard case .external(let local) = found[2].from.anchor else {
            Issue.record("a law cited by its title is not read as another law")
            return
        }
        #expect(local.title == "地方自治法")
        #expect(local.work == nil)
    }

    @Test func lawNumbersNamesAndQuotedWordsAreNotCitations() {
        #expect(scan("平成十八年法律第七十八号").isEmpty)
        #expect(scan("第三者に対し").isEmpty)
        #expect(scan("第一号被保険者").isEmpty)
        #expect(scan("同項中「前項」とあるのは「第二項」と").map(\.text) == ["同項"])
    }
}
