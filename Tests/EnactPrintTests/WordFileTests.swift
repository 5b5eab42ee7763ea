import EnactCore
import EnactDiff
@testable import EnactPrint
import EnactRendering
import EnactSource
import EnactTestSupport
import EnactXML
import Foundation
import Testing

/// The Word files Enact writes: well-formed packages whose every paragraph and run has a named style, laid out as
/// each tradition prints its bills; `word/document.xml` golden-tested for a small bill of each tradition.
struct WordFileTests {
    static let traditions = ["ja", "us", "au", "kr"]

    @Test(arguments: traditions)
    func eachTraditionsBillMatchesItsGolden(tradition: String) throws {
        let package = WordBillWriter().package(try PrintedPages.fixture("bill.\(tradition).enact"))
        assertGolden(package.document, "Tests/EnactPrintTests/Golden/bill.\(tradition).document.xml")
    }

    @Test(arguments: traditions)
    func theWordFileIsAWellFormedPackageWithNamedStyles(tradition: String) throws {
        let data = try WordBillWriter().package(try PrintedPages.fixture("bill.\(tradition).enact")).data()
        let names = try PrintedPages.partNames(of: data)
        #expect(names.first == "[Content_Types].xml")
        #expect(
            Set(names) == [
                "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
                "word/styles.xml", "word/settings.xml", "docProps/core.xml",
            ])
        // The first part is stored, so that the marker by which Enact knows its own files is in the first bytes.
        #expect(GeneratedMarker.isPresent(in: String(decoding: data.prefix(1024), as: UTF8.self)))
        for name in names {
            let text = try PrintedPages.part(name, of: data)
            #expect(throws: Never.self, "\(name) is well-formed XML") {
                _ = try ParsedXML.parse(Array(text.utf8), file: name)
            }
        }
        let document = try PrintedPages.part("word/document.xml", of: data)
        let styles = try PrintedPages.part("word/styles.xml", of: data)
        let used = Set(document.matches(of: /<w:[pr]Style w:val="([^"]+)"/).map { String($0.1) })
        #expect(!used.isEmpty)
        for style in used {
            let definition = try #require(
                styles.firstMatch(of: try Regex("w:styleId=\"\(style)\"><w:name w:val=\"([^\"]+)\"")),
                "style \(style) is used but not defined")
            #expect((definition.output[1].substring ?? "").hasPrefix("Enact "), "style \(style) has an Enact name")
        }
        // Styles, not direct formatting: no paragraph or run of the body carries its own formatting.
        #expect(!document.contains("<w:rPr><w:b"))
        #expect(!document.contains("<w:ind "))
    }

    @Test func aJapaneseBillIsVerticalOnA4LandscapeUnlessAskedForHorizontal() throws {
        let resolved = try PrintedPages.fixture("bill.ja.enact")
        let vertical = WordBillWriter().package(resolved).document
        #expect(vertical.contains("<w:textDirection w:val=\"tbRl\"/>"))
        #expect(vertical.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        let horizontal = WordBillWriter(writing: .horizontal).package(resolved).document
        #expect(!horizontal.contains("tbRl"))
        #expect(horizontal.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        // 見出し above the article, the article's number running into its first paragraph, 項 in full-width digits.
        #expect(vertical.contains("（目的）"))
        #expect(vertical.contains("第一条　この法律は、"))
        #expect(vertical.contains(">２　国土交通大臣は、"))
        #expect(vertical.contains(">一　港湾　"))
    }

    @Test func aUSBillNumbersItsLinesFromOneOnEveryPage() throws {
        let document = WordBillWriter().package(try PrintedPages.fixture("bill.us.enact")).document
        #expect(document.contains("<w:lnNumType w:countBy=\"1\" w:distance=\"360\" w:restart=\"newPage\"/>"))
        #expect(document.contains("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"))
        #expect(document.contains(">A Bill<"))
        #expect(document.contains("(a) PROGRAM.—The Secretary"))
    }

    /// The 新旧対照表 of a small revision, two columns: 改正後 | 改正前, the changed words underlined on each side.
    @Test func theHorizontalComparativeTableMatchesItsGolden() throws {
        let old = try ResolvedDocument(
            SourceReader().read(contentsOf: Fixtures.path("Tests/EnactAmendTests/Fixtures/kinds.old.ja.enact")))
        let new = try ResolvedDocument(
            SourceReader().read(contentsOf: Fixtures.path("Tests/EnactAmendTests/Fixtures/kinds.new.ja.enact")))
        let package = WordComparativeWriter(writing: .horizontal).package(
            DocumentDiff(old: old, new: new), wording: new.document.metadata.wording,
            layout: WordBillWriter().layout(of: new), title: PageWording(new).title)
        #expect(package.document.contains(">改正後<"))
        #expect(package.document.contains("<w:rStyle w:val=\"EnactInserted\"/>"))
        assertGolden(package.document, "Tests/EnactPrintTests/Golden/kinds.table.ja.document.xml")
    }

    /// The line pairs of a changed provision: the same and similar paragraphs side by side, a paragraph inserted
    /// before them (renumbering the ones after it) beside an empty cell.
    @Test func paragraphsArePairedByTheirWords() {
        let new = [
            [WordRun("第三条　国は、毎年度一回以上、試験を実施するものとする。")], [WordRun("２　試験は、筆記及び口述により行う。")],
            [WordRun("３　試験の期日及び場所は、あらかじめ公示する。")],
        ]
        let old = [
            [WordRun("第三条　国は、毎年度一回以上、試験を実施するものとする。")], [WordRun("２　試験の期日及び場所は、あらかじめ官報で公示する。")],
        ]
        let rows = WordComparativeWriter.paired(new, old)
        #expect(rows.count == 3)
        #expect(rows.map { $0.0?.first?.text.prefix(1) } == ["第", "２", "３"])
        #expect(rows.map { $0.1?.first?.text.prefix(1) } == ["第", nil, "２"])
    }

    /// A paragraph longer than a page of the vertical table is cut into pieces that keep their runs' styles.
    @Test func aLongParagraphIsCutIntoPiecesThatKeepTheirStyles() {
        let line = [WordRun("あいうえお"), WordRun("かきくけこさしす", style: "EnactInserted"), WordRun("せそ")]
        let pieces = WordComparativeWriter.cut(line, every: 6).map { $0 ?? [] }
        #expect(pieces.map { $0.map(\.text).joined() } == ["あいうえおか", "きくけこさし", "すせそ"])
        #expect(pieces[1].allSatisfy { $0.style == "EnactInserted" })
        #expect(pieces[2].map(\.style) == ["EnactInserted", nil])
    }
}
