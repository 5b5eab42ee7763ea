import EnactCore
import EnactDiff
import EnactFormats
import EnactReferences
import EnactTestSupport
import Testing

/// A version pair made from a real law (行政手続法): an article inserted after 第十四条, the later articles moved
/// down by one, and the words of the references left as they were — the forgotten knock-on amendment.
struct StaleReferenceTests {
    @Test func aReferenceWhoseTargetMovedButWhoseWordsDidNotIsFlagged() throws {
        let path = try SharedReference.path("jplaw/documents/405AC0000000088_20240401_504AC0100000052.xml")
        let old = try DocumentLoader().load(path).document
        var new = old
        ArticleInsertion.movingLaterArticlesDown(after: 14, in: &new)
        let oldResolved = ResolvedDocument(old), newResolved = ResolvedDocument(new)
        let diff = DocumentDiff(old: oldResolved, new: newResolved)
        let stale = StaleReferences.find(old: oldResolved, new: newResolved, diff: diff)
        let first = try #require(stale.first { $0.at == "第一条第一項" && $0.text == "第四十六条" }, "\(stale.prefix(3))")
        #expect(first.names == "第四十六条")
        #expect(first.named == "第四十七条")
        #expect(first.diagnostic.id == .staleReference)
        // A relative reference inside an article that moved with its target is not stale.
        #expect(!stale.contains { $0.text == "前条第一項" && $0.at == "第十七条第一項" })
        // Nothing is stale between a version and itself.
        #expect(
            StaleReferences.find(
                old: oldResolved, new: oldResolved, diff: DocumentDiff(old: oldResolved, new: oldResolved)
            ).isEmpty)
    }
}
