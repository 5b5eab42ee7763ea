import EnactAmend
import EnactCore
import EnactFormats
import EnactTestSupport
import Foundation
import Testing

/// The corpus holds consecutive e-Gov revisions of the same laws (file names `LAWID_DATE_…`): for every pair, the
/// amendment Enact writes from one to the next, read back and applied, reproduces the next as Enact reads it.
struct RealRevisionTests {
    /// Consecutive revisions of the same law in ../shared/reference/corpus/jplaw, by e-Gov's file names.
    static let pairs: [(old: String, new: String)] = {
        let revisions = SharedReference.documents.filter { $0.hasPrefix("corpus/jplaw/") }.sorted()
        return zip(revisions, revisions.dropFirst()).compactMap { old, new in
            func law(_ path: String) -> Substring { path.split(separator: "/").last?.split(separator: "_").first ?? "" }
            return law(old) == law(new) ? (old, new) : nil
        }
    }()

    @Test func theCorpusHoldsRevisionPairs() {
        SharedReference.requireDocuments()
        #expect(Self.pairs.count >= 10)
    }

    @Test(arguments: Self.pairs.map { [$0.old, $0.new] })
    func theAmendmentBetweenConsecutiveRevisionsReproducesTheNext(pair: [String]) throws {
        let old = try DocumentLoader().load(try SharedReference.path(pair[0])).document
        let new = try DocumentLoader().load(try SharedReference.path(pair[1])).document
        for style in AmendmentStyle.allCases {
            let outcome = AmendmentRoundTrip().run(old: old, new: new, style: style)
            #expect(outcome.reproduced, "\(style): \(outcome.failure ?? "")")
            #expect(outcome.instructions > 0, "the revisions differ, so the amendment says something")
        }
    }
}
