import EnactFormats
import EnactTestSupport
import EnactXML
import Foundation
import Testing

/// Real documents imported and written back in their own format: nothing that came back whole may stop doing so,
/// and no document may lose more than it did when the baseline was recorded (issue 13 drives the baseline to no
/// loss at all). `ENACT_RECORD_GOLDEN=1` records a new baseline and fails the test.
struct RoundTripTests {
    /// What the baseline keeps of a document's round trip.
    struct Outcome: Codable, Equatable {
        var imported: Bool
        var unitsLost: Int
        var unitsAdded: Int
        var designationsLost: Int
        var textKept: Bool
        var valid: Bool

        init(_ report: RoundTripReport) {
            imported = report.failure == nil
            unitsLost = report.units.values.filter { $0 > 0 }.reduce(0, +)
            unitsAdded = -report.units.values.filter { $0 < 0 }.reduce(0, +)
            designationsLost = report.designationsLost.count
            textKept = imported && report.textDifference == nil
            valid = imported && report.isValidAsTheOriginal
        }

        /// Whether this outcome is at least as good as `baseline` in every respect.
        func isNoWorse(than baseline: Outcome) -> Bool {
            (imported || !baseline.imported) && unitsLost <= baseline.unitsLost && unitsAdded <= baseline.unitsAdded
                && designationsLost <= baseline.designationsLost && (textKept || !baseline.textKept)
                && (valid || !baseline.valid)
        }
    }

    static let baselinePath = "Tests/EnactFormatsTests/Fixtures/roundtrip-baseline.json"

    @Test func noDocumentLosesMoreThanItsBaseline() throws {
        SharedReference.requireDocuments()
        var roundTrip = RoundTrip(schemas: SchemaCatalog(directory: SharedReference.root.path))
        var outcomes: [String: Outcome] = [:]
        for relative in SharedReference.documents {
            outcomes[relative] = Outcome(roundTrip.run(try SharedReference.path(relative)))
        }
        #expect(outcomes.count == SharedReference.documents.count)
        if ProcessInfo.processInfo.environment["ENACT_RECORD_GOLDEN"] != nil {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(outcomes).write(to: URL(fileURLWithPath: Fixtures.path(Self.baselinePath)))
            Issue.record("recorded \(Self.baselinePath); unset ENACT_RECORD_GOLDEN and run again")
            return
        }
        let baseline = try JSONDecoder().decode(
            [String: Outcome].self, from: Data(contentsOf: URL(fileURLWithPath: Fixtures.path(Self.baselinePath))))
        for (document, outcome) in outcomes.sorted(by: { $0.key < $1.key }) {
            guard let recorded = baseline[document] else {
                Issue.record("\(document) has no baseline: record one with ENACT_RECORD_GOLDEN=1")
                continue
            }
            #expect(outcome.isNoWorse(than: recorded), "\(document) loses more than it did: \(outcome) < \(recorded)")
        }
        let whole = outcomes.values.filter {
            $0.imported && $0.unitsLost == 0 && $0.unitsAdded == 0 && $0.designationsLost == 0 && $0.textKept
                && $0.valid
        }
        #expect(whole.count >= 80, "documents that come back whole: \(whole.count)")
    }
}
