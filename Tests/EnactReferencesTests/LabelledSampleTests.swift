import EnactCore
import EnactFormats
import EnactReferences
import EnactTestSupport
import Foundation
import Testing

/// Precision and recall of detection and resolution on a sample of paragraphs of real laws, their references
/// labelled by hand (`Fixtures/labelled-ja.json`: 55 paragraphs of 行政手続法 and 不正競争防止法, every reference in
/// each, what it names — read from the law text, not from Enact's output).
struct LabelledSampleTests {
    struct Sample: Decodable {
        struct Law: Decodable {
            var file: String
            var paragraphs: [Paragraph]
        }
        struct Paragraph: Decodable {
            var at: String
            var references: [Reference]
        }
        struct Reference: Decodable, Hashable {
            var text: String
            var target: String?
        }
        var laws: [Law]
    }

    /// A target without the numbers of the laws it names, which the labels write or leave out.
    private static func normalized(_ target: String?) -> String? {
        target.map { $0.replacingOccurrences(of: "（[^）]*号）", with: "", options: .regularExpression) }
    }

    /// Whether a reference found in the provision cited `found` stands in the labelled paragraph `paragraph`
    /// (its items included).
    private static func stands(_ found: String, in paragraph: String) -> Bool {
        guard found.hasPrefix(paragraph) else { return false }
        let rest = found.dropFirst(paragraph.count)
        return rest.isEmpty || rest.hasPrefix("第")
            || (rest.first.map { "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス".contains($0) } ?? false)
    }

    /// An English sample (`Fixtures/labelled-en.json`): the US Taiwan Relations Act, titles 9 and 44 of the US Code.
    struct EnglishSample: Decodable {
        struct Document: Decodable {
            var file: String
            var provisions: [Sample.Paragraph]
        }
        var documents: [Document]
    }

    /// Detection and resolution figures over labelled provisions.
    struct Figures: CustomStringConvertible {
        var expected = 0, found = 0, detected = 0, resolved = 0
        var detectionPrecision: Double { Double(detected) / Double(max(found, 1)) }
        var detectionRecall: Double { Double(detected) / Double(max(expected, 1)) }
        var resolutionPrecision: Double { Double(resolved) / Double(max(found, 1)) }
        var resolutionRecall: Double { Double(resolved) / Double(max(expected, 1)) }

        var description: String {
            String(
                format:
                    "%d labelled, %d found; detection precision %.3f recall %.3f; resolution precision %.3f recall %.3f",
                expected, found, detectionPrecision, detectionRecall, resolutionPrecision, resolutionRecall)
        }

        /// Counts the references found in one labelled provision against its labels.
        mutating func count(_ found: [FoundReference], against labels: [Sample.Reference]) {
            expected += labels.count
            self.found += found.count
            var texts = labels.map(\.text)
            var pairs = labels.map { "\($0.text)→\(LabelledSampleTests.normalized($0.target) ?? "-")" }
            for reference in found {
                if let index = texts.firstIndex(of: reference.text) {
                    texts.remove(at: index)
                    detected += 1
                }
                let pair = "\(reference.text)→\(LabelledSampleTests.normalized(reference.target) ?? "-")"
                if let index = pairs.firstIndex(of: pair) {
                    pairs.remove(at: index)
                    resolved += 1
                }
            }
        }
    }

    /// Prints what was labelled and not found (`-`) and found and not labelled (`+`) in one provision.
    private static func printDifferences(_ found: [FoundReference], _ labels: [Sample.Reference], at place: String) {
        let expected = labels.map { "\($0.text)→\(normalized($0.target) ?? "-")" }
        let got = found.map { "\($0.text)→\(normalized($0.target) ?? "-")" }
        let missing = expected.filter { !got.contains($0) }, extra = got.filter { !expected.contains($0) }
        if !missing.isEmpty || !extra.isEmpty { print("\(place): - \(missing) + \(extra)") }
    }

    @Test func detectionAndResolutionAreMeasuredOnTheLabelledSample() throws {
        let data = try Data(
            contentsOf: URL(fileURLWithPath: Fixtures.path("Tests/EnactReferencesTests/Fixtures/labelled-ja.json")))
        let sample = try JSONDecoder().decode(Sample.self, from: data)
        var figures = Figures()
        for law in sample.laws {
            let document = try DocumentLoader().load(try SharedReference.path(law.file)).resolved
            let references = ReferenceFinder().references(in: document)
            for paragraph in law.paragraphs {
                let found = references.filter { Self.stands($0.at, in: paragraph.at) }
                figures.count(found, against: paragraph.references)
                Self.printDifferences(found, paragraph.references, at: paragraph.at)
            }
        }
        #expect(figures.expected >= 100, "the sample holds \(figures.expected) references")
        print("Japanese references: \(figures)")
        // The targets: 0.97 precision, 0.95 recall.
        #expect(figures.detectionPrecision >= 0.97 && figures.detectionRecall >= 0.95)
        #expect(figures.resolutionPrecision >= 0.97 && figures.resolutionRecall >= 0.95)
    }

    @Test func englishDetectionAndResolutionAreMeasuredOnTheLabelledSample() throws {
        let data = try Data(
            contentsOf: URL(fileURLWithPath: Fixtures.path("Tests/EnactReferencesTests/Fixtures/labelled-en.json")))
        let sample = try JSONDecoder().decode(EnglishSample.self, from: data)
        var figures = Figures()
        for document in sample.documents {
            // References the source marks are measured too: the markup is taken away first.
            let marked = try DocumentLoader().load(try SharedReference.path(document.file)).document
            let references = ReferenceFinder().references(in: ResolvedDocument(Unmarked.document(marked)))
            for provision in document.provisions {
                let found = references.filter { $0.at == provision.at }
                figures.count(found, against: provision.references)
                Self.printDifferences(found, provision.references, at: provision.at)
            }
        }
        #expect(figures.expected >= 200, "the sample holds \(figures.expected) references")
        print("English references: \(figures)")
        #expect(figures.detectionPrecision >= 0.97 && figures.detectionRecall >= 0.95)
        #expect(figures.resolutionPrecision >= 0.97 && figures.resolutionRecall >= 0.95)
    }
}
