import EnactCore
import EnactDiff
import EnactFormats
import EnactPrint
import EnactRendering
import EnactSource
import EnactTestSupport
import Foundation
import Testing

/// Word files printed by LibreOffice, read back with poppler: the pages are plausible in number, the text comes
/// back in reading order with every article's number and heading, Japanese pages are vertical, US pages carry
/// line numbers restarting on each page, and the comparative prints show both versions.
@Suite(.serialized)
struct PrintedPDFTests {
    private static func flagship(_ path: String) throws -> ResolvedDocument {
        try ResolvedDocument(SourceReader().read(contentsOf: Fixtures.path(path)))
    }

    private static let withoutContents = RenderOptions(tableOfContents: .hide)

    @Test(arguments: [
        ("Tests/EnactPrintTests/Fixtures/bill.ja.enact", 1...2), ("Drafts/japan-taiwan-relations-act.ja.enact", 8...60),
    ])
    func aJapaneseBillPrintsVerticallyWithEveryArticleInOrder(path: String, pages: ClosedRange<Int>) throws {
        let folder = try TemporaryFolder()
        let resolved = try Self.flagship(path)
        let pdf = try PrintedPages.pdf(
            WordBillWriter(options: Self.withoutContents).package(resolved), named: "bill.pdf", in: folder)
        #expect(pages.contains(try PrintedPages.pageCount(pdf)))
        let text = try PrintedPages.readingOrder(pdf)
        let labels = PrintedPages.unitLabels(resolved)
        #expect(labels.count > 3)
        #expect(PrintedPages.firstMissing(labels, inOrderIn: text) == nil)
        #expect(text.hasPrefix((resolved.document.metadata.title ?? "").filter { !$0.isWhitespace }))
        #expect(try PrintedPages.verticalShare(pdf, page: 1) > 0.6, "characters run down the page")
    }

    @Test func aJapaneseBillPrintedHorizontallyRunsAcrossThePage() throws {
        let folder = try TemporaryFolder()
        let resolved = try Self.flagship(Fixtures.flagshipJapanese)
        let pdf = try PrintedPages.pdf(
            WordBillWriter(options: Self.withoutContents, writing: .horizontal).package(resolved), named: "h.pdf",
            in: folder)
        #expect(
            PrintedPages.firstMissing(PrintedPages.unitLabels(resolved), inOrderIn: try PrintedPages.readingOrder(pdf))
                == nil)
        #expect(try PrintedPages.verticalShare(pdf, page: 1) < 0.2)
    }

    /// The US bill (a fixture) and the Taiwan Relations Act as enacted (USLM, from the shared reference).
    @Test(arguments: ["fixture", "pl96-8"])
    func aUSBillCarriesLineNumbersRestartingOnEveryPage(source: String) throws {
        let folder = try TemporaryFolder()
        let resolved =
            source == "fixture"
            ? try PrintedPages.fixture("bill.us.enact")
            : try DocumentLoader().load(SharedReference.path("uslm/documents/pl96-8-taiwan-relations-act.xml"))
                .resolved
        let pdf = try PrintedPages.pdf(WordBillWriter().package(resolved), named: "us.pdf", in: folder)
        let pages = try PrintedPages.pageCount(pdf)
        #expect(source == "fixture" ? pages == 1 : (5...30).contains(pages))
        for page in 1...pages {
            let lines = try PrintedPages.text(pdf, ["-layout", "-f", "\(page)", "-l", "\(page)"])
                .split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) && $0 != "\u{0C}" }
            let numbers = lines.compactMap { Int($0.drop { $0 == " " }.prefix { $0.isNumber }) }
            #expect(numbers.first == 1, "page \(page) numbers its lines from 1")
            #expect(numbers == Array(1...max(1, numbers.count)), "page \(page) numbers every line in turn")
            #expect(numbers.count >= lines.count - 1, "page \(page): every line is numbered")
        }
        let labels = PrintedPages.unitLabels(resolved)
        #expect(PrintedPages.firstMissing(labels, inOrderIn: try PrintedPages.readingOrder(pdf)) == nil)
    }

    @Test(arguments: ["au", "kr"])
    func australianAndKoreanBillsPrintEverySectionInOrder(tradition: String) throws {
        let folder = try TemporaryFolder()
        let resolved = try PrintedPages.fixture("bill.\(tradition).enact")
        let pdf = try PrintedPages.pdf(WordBillWriter().package(resolved), named: "\(tradition).pdf", in: folder)
        #expect(try PrintedPages.pageCount(pdf) == 1)
        #expect(
            PrintedPages.firstMissing(PrintedPages.unitLabels(resolved), inOrderIn: try PrintedPages.readingOrder(pdf))
                == nil)
        #expect(try PrintedPages.verticalShare(pdf, page: 1) < 0.2)
    }

    /// The flagship and its committee revision give the 新旧対照表 in both layouts: both versions' headings, the
    /// changed provisions in order, （略） for what did not change, vertical pages for the two-tier layout.
    @Test(arguments: [PrintLayout.Writing.vertical, .horizontal])
    func theFlagshipsRevisionGivesAComparativeTable(writing: PrintLayout.Writing) throws {
        let folder = try TemporaryFolder()
        let old = try Self.flagship(Fixtures.flagshipJapanese)
        let new = try Self.flagship("Drafts/japan-taiwan-relations-act.revised.ja.enact")
        let diff = DocumentDiff(old: old, new: new)
        let package = WordComparativeWriter(writing: writing).package(
            diff, wording: new.document.metadata.wording, layout: WordBillWriter().layout(of: new),
            title: PageWording(new).title)
        #expect(package.document.contains("<w:rStyle w:val=\"EnactInserted\"/>"), "changed words are underlined")
        let pdf = try PrintedPages.pdf(package, named: "table.pdf", in: folder)
        #expect((1...60).contains(try PrintedPages.pageCount(pdf)))
        let text = try PrintedPages.readingOrder(pdf)
        let (upper, lower) = writing == .vertical ? ("改正案", "現行") : ("改正後", "改正前")
        #expect(text.contains(upper) && text.contains(lower))
        #expect(text.contains("（略）"))
        #expect(text.contains("（傍線部分は改正部分）"))
        let changed = diff.differences.compactMap { $0.new.first?.citation }
        #expect(changed.count > 3)
        #expect(PrintedPages.firstMissing(changed, inOrderIn: text) == nil)
        let vertical = try PrintedPages.verticalShare(pdf, page: 1)
        #expect(writing == .vertical ? vertical > 0.6 : vertical < 0.2)
    }

    /// The English flagship's revision as the House prints changes in existing law: omitted matter in black
    /// brackets, new matter in italic.
    @Test func anEnglishRevisionGivesTheHousesComparativePrint() throws {
        let folder = try TemporaryFolder()
        let old = try Self.flagship(Fixtures.flagshipEnglish)
        let new = try Self.flagship("Drafts/japan-taiwan-relations-act.revised.en.enact")
        let package = WordComparativeWriter().package(
            DocumentDiff(old: old, new: new), wording: new.document.metadata.wording,
            layout: WordBillWriter().layout(of: new), title: PageWording(new).title)
        #expect(package.document.contains("<w:rStyle w:val=\"EnactInserted\"/>"))
        #expect(package.document.contains("<w:rStyle w:val=\"EnactOmitted\"/>"))
        let pdf = try PrintedPages.pdf(package, named: "ramseyer.pdf", in: folder)
        let text = try PrintedPages.text(pdf)
        #expect(text.contains("CHANGES IN EXISTING LAW MADE BY THE BILL"))
        #expect(text.contains("enclosed in black brackets"))
        #expect(text.contains("["))
    }
}
