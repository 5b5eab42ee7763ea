import EnactCore
import EnactJapaneseLaw
import EnactTestSupport
import EnactXML
import Foundation
import Testing

/// The articles real amending acts quote as printed (`../shared/reference/kaisei/*/amendment.txt`) read into the same
/// provisions e-Gov's revision after the act holds (`expected.xml`).
struct PrintedProvisionsReaderTests {
    /// The articles a 改め文 quotes: the lines after each sentence, up to the next sentence, that begin with an article
    /// (or its 見出し).
    static func quotedArticles(_ text: String) -> [[String]] {
        var quotations: [[String]] = []
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let body = line.drop { $0 == "\u{3000}" }
            let indent = line.count - body.count
            // A sentence: two spaces, then not a 見出し, an item or a subitem.
            let isSentence =
                indent == 2 && !body.hasPrefix("（")
                && PrintedProvisionsReaderTests.label(body).map { $0.allSatisfy { !"第".contains($0) } } != true
            if isSentence || indent == 0 || indent >= 3 {
                if let quoted = current, !quoted.isEmpty { quotations.append(quoted) }
                current = isSentence ? [] : nil
                continue
            }
            current?.append(line)
        }
        if let quoted = current, !quoted.isEmpty { quotations.append(quoted) }
        return quotations.filter { lines in
            lines.first { !$0.drop { $0 == "\u{3000}" }.hasPrefix("（") }.map {
                let body = $0.drop { $0 == "\u{3000}" }
                return body.hasPrefix("第") && (label(body)?.contains("条") ?? false)
            } ?? false
        }
    }

    /// The label before the first ideographic space of a printed line.
    static func label(_ body: Substring) -> Substring? {
        body.firstIndex(of: "\u{3000}").map { body[..<$0] }
    }

    /// Every article of a document by number, in its main provisions.
    static func articles(_ divisions: [Division]) -> [DivisionNumber: Division] {
        var found: [DivisionNumber: Division] = [:]
        for division in divisions {
            if division.kind == .article, let number = division.number { found[number] = division }
            found.merge(articles(division.children)) { first, _ in first }
        }
        return found
    }

    /// What is compared: the heading, then each paragraph's, item's and subitem's number and text.
    static func outline(_ division: Division) -> [String] {
        [division.heading ?? "-"]
            + division.children.flatMap { child -> [String] in
                ["\(child.kind.rawValue) \(child.number?.description ?? "?"): \(child.content.plainText)"]
                    + outline(child).dropFirst()
            }
    }

    @Test func theArticlesAmendingActsQuoteReadAsTheRevisionAfterThemHoldsThem() throws {
        let folder = try SharedReference.path("kaisei")
        var compared = 0
        for case_ in try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        where !case_.hasSuffix(".md") {
            let text = try String(contentsOfFile: "\(folder)/\(case_)/amendment.txt", encoding: .utf8)
            let xml = try ParsedXML.parse(
                Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(case_)/expected.xml"))),
                file: "expected.xml")
            let expected = Self.articles(try JapaneseLawReader().read(xml).0.body)
            for quoted in Self.quotedArticles(text) {
                let read = try PrintedProvisionsReader().divisions(quoted, file: "\(case_)/amendment.txt")
                for article in read where article.kind == .article {
                    let number = try #require(article.number)
                    guard let official = expected[number] else {
                        Issue.record("\(case_): 第\(number)条 is not in expected.xml")
                        continue
                    }
                    #expect(Self.outline(article).count >= 2, "\(case_): article \(number) has text")
                    #expect(Self.outline(article) == Self.outline(official), "\(case_): article \(number)")
                    compared += 1
                }
            }
        }
        #expect(compared >= 8, "\(compared) quoted articles compared")
        print("printed articles read as e-Gov holds them: \(compared)")
    }

    @Test func aLineThatIsNoProvisionIsAnErrorNamingIt() {
        #expect(throws: DiagnosticError.self) {
            try PrintedProvisionsReader().divisions(["　第十条　本文", "これは条文ではない。"], file: "q.txt")
        }
        let read = try? PrintedProvisionsReader().divisions(
            ["　　（目的）", "　第十条の二　本文", "　２　第二項", "　　一　第一号", "　　　イ　細目", "　第十一条　削除"], file: "q.txt")
        #expect(read?.count == 2)
        #expect(read?.first?.heading == "目的" && read?.first?.number == DivisionNumber([10, 2]))
        #expect(read?.first?.children.last?.children.first?.children.first?.kind == .subitem)
        #expect(read?.last?.isRepealed == true)
    }
}
