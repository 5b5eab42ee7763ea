import EnactCore
import Testing

struct NumberFormatTests {
    private let japan = Tradition.named(.jp)
    private let unitedStates = Tradition.named(.us)

    @Test func branchNumbersPrintInEachStyle() throws {
        let number = try #require(DivisionNumber([12, 2]))
        #expect(japan.designation(of: .article, number: number, in: .japanese) == "第十二条の二")
        #expect(japan.designation(of: .article, number: number, in: .english) == "Article 12-2")
        #expect(
            japan.designation(of: .chapter, number: try #require(DivisionNumber([4, 2])), in: .japanese) == "第四章の二")
        #expect(
            japan.designation(of: .chapter, number: try #require(DivisionNumber([4, 2])), in: .english)
                == "Chapter IV-2")
        #expect(japan.designation(of: .item, number: number, in: .japanese) == "十二の二")
        #expect(
            unitedStates.designation(of: .section, number: try #require(DivisionNumber([3, 1])), in: .english)
                == "SEC. 3A.")
        #expect(
            japan.designation(of: .article, number: try #require(DivisionNumber([10, 2, 2])), in: .japanese)
                == "第十条の二の二")
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
        #expect(japan.designation(of: .paragraph, number: DivisionNumber(2), in: .japanese) == "２")
        #expect(japan.designation(of: .item, number: DivisionNumber(3), in: .japanese) == "三")
        #expect(japan.designation(of: .subitem, number: DivisionNumber(2), in: .japanese) == "ロ")
        #expect(japan.designation(of: .subitem2, number: DivisionNumber(1), in: .japanese) == "（１）")
        #expect(japan.designation(of: .subitem3, number: DivisionNumber(2), in: .japanese) == "（ｉｉ）")
        #expect(japan.designation(of: .paragraph, number: DivisionNumber(2), in: .english) == "(2)")
        #expect(japan.designation(of: .item, number: DivisionNumber(4), in: .english) == "(iv)")
        #expect(japan.designation(of: .subitem, number: DivisionNumber(1), in: .english) == "(a)")
    }

    @Test func unitedStatesLevelsFollowTheHouseManual() {
        let labels = [DivisionKind.subsection, .paragraph, .subparagraph, .clause, .subclause, .item, .subitem].map {
            unitedStates.designation(of: $0, number: DivisionNumber(1), in: .english)
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
