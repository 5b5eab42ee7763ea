import EnactCore
import Testing

struct NumberFormatTests {
    private let japan = Tradition.named(.jp)
    private let unitedStates = Tradition.named(.us)

    @Test func branchNumbersPrintInEachStyle() throws {
        let number = try #require(DivisionNumber([12, 2]))
        #expect(japan.label(of: .article, number: number, japanese: true) == "第十二条の二")
        #expect(japan.label(of: .article, number: number, japanese: false) == "Article 12-2")
        #expect(japan.label(of: .chapter, number: try #require(DivisionNumber([4, 2])), japanese: true) == "第四章の二")
        #expect(
            japan.label(of: .chapter, number: try #require(DivisionNumber([4, 2])), japanese: false) == "Chapter IV-2")
        #expect(japan.label(of: .item, number: number, japanese: true) == "十二の二")
        #expect(
            unitedStates.label(of: .section, number: try #require(DivisionNumber([3, 1])), japanese: false)
                == "SEC. 3A.")
        #expect(
            japan.label(of: .article, number: try #require(DivisionNumber([10, 2, 2])), japanese: true) == "第十条の二の二")
    }

    @Test func everyArticleNumberWithABranchRoundTripsThroughItsToken() throws {
        let format = try #require(japan.level(of: .article)).english
        for main in 1...9999 {
            for number in [DivisionNumber(main), DivisionNumber([main, 2])].compactMap({ $0 }) {
                #expect(format.parseToken(Substring(format.token(number))) == number)
            }
        }
    }

    @Test func japaneseSubdivisionsPrintAsStatutesDo() {
        #expect(japan.label(of: .paragraph, number: DivisionNumber(2), japanese: true) == "２")
        #expect(japan.label(of: .item, number: DivisionNumber(3), japanese: true) == "三")
        #expect(japan.label(of: .subitem, number: DivisionNumber(2), japanese: true) == "ロ")
        #expect(japan.label(of: .subitem2, number: DivisionNumber(1), japanese: true) == "（１）")
        #expect(japan.label(of: .subitem3, number: DivisionNumber(2), japanese: true) == "（ｉｉ）")
        #expect(japan.label(of: .paragraph, number: DivisionNumber(2), japanese: false) == "(2)")
        #expect(japan.label(of: .item, number: DivisionNumber(4), japanese: false) == "(iv)")
        #expect(japan.label(of: .subitem, number: DivisionNumber(1), japanese: false) == "(a)")
    }

    @Test func unitedStatesLevelsFollowTheHouseManual() {
        let labels = [DivisionKind.subsection, .paragraph, .subparagraph, .clause, .subclause, .item, .subitem].map {
            unitedStates.label(of: $0, number: DivisionNumber(1), japanese: false)
        }
        #expect(labels == ["(a)", "(1)", "(A)", "(i)", "(I)", "(aa)", "(AA)"])
    }

    @Test func nestingFollowsTheTradition() {
        #expect(japan.allows(.article, under: .chapter))
        #expect(japan.allows(.item, under: .paragraph))
        #expect(!japan.allows(.item, under: .chapter))
        #expect(!japan.allows(.item, under: .article))
        #expect(!japan.allows(.chapter, under: .article))
        #expect(unitedStates.allows(.paragraph, under: .section))
        #expect(!unitedStates.allows(.subsection, under: .chapter))
    }
}
