import EnactCore
import EnactFormats
import EnactReferences
import EnactTestSupport
import Foundation
import Testing

/// The titles of the US Code mark their own references (`<ref href="/us/usc/t9/s301">section 301 of this
/// title</ref>`): with the markup taken away, the English detector must find them again and resolve them to the same
/// identifiers — a second, automatic measure of recall, on thousands of references nobody labelled for Enact.
struct CodeRedetectionTests {
    static let titles = [
        "corpus/uslm/usc01-rp2018.xml", "corpus/uslm/usc03-rp2018.xml", "corpus/uslm/usc09-rp2018.xml",
        "corpus/uslm/usc17-rp2018.xml", "corpus/uslm/usc27-rp2018.xml", "corpus/uslm/usc35-rp2018.xml",
        "uslm/documents/usc04-rp115-164not141.xml", "uslm/documents/usc22-ch48-taiwan-relations.xml",
        "uslm/documents/usc44-rp115-164not141.xml",
    ]

    /// The words and target of a reference, as the Code marks it and as Enact finds it: `et seq.`, `note` and
    /// `, United States Code` left out of both (the Code marks some inside the reference and some not; Enact cites
    /// the section).
    static func key(_ text: String, _ identifier: String?) -> (text: String, pair: String) {
        var text = text
        for suffix in [" et seq.", " note", ", United States Code"] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count))
        }
        var identifier = identifier ?? "-"
        for suffix in ["/etseq", "/note"] where identifier.hasSuffix(suffix) {
            identifier = String(identifier.dropLast(suffix.count))
        }
        return (text, text + "→" + identifier)
    }

    /// `section 3310(a)(3)` for the path `3310/a/3` of an identifier.
    static func citation(of path: Substring) -> String {
        let steps = path.split(separator: "/")
        return "section " + (steps.first ?? "") + steps.dropFirst().map { "(\($0))" }.joined()
    }

    @Test func theCodesOwnReferencesAreFoundAgainWithoutTheirMarkup() throws {
        var marked = 0, detected = 0, resolved = 0
        for title in Self.titles {
            let document = try DocumentLoader().load(try SharedReference.path(title)).document
            let numbered = ResolvedDocument(document)
            let work = document.metadata.work?.description ?? "-"
            // The references the Code marks in the text of its provisions: to another work by identifier, to a
            // provision of the title by the eId the reader gave its target.
            var texts: [String: Int] = [:], pairs: [String: Int] = [:]
            var count = 0
            document.walkDivisions { division, _ in
                for inline in division.content {
                    guard case .reference(let reference) = inline, let words = reference.text else { continue }
                    let target: String
                    switch reference.target {
                    case .external(let href) where href.hasPrefix(work + "/s"):
                        // A provision of this title, which an extract of it marks by identifier.
                        target = Self.citation(of: href.dropFirst(work.count + 2))
                    case .external(let href) where href.hasPrefix("/us/"): target = href
                    case .label(let label): target = numbered.targets[label].map { "#" + $0.eId.rawValue } ?? "-"
                    default: continue
                    }
                    let key = Self.key(words, target)
                    texts[key.text, default: 0] += 1
                    pairs[key.pair, default: 0] += 1
                    count += 1
                }
            }
            var foundTexts = 0, foundPairs = 0
            for reference in ReferenceFinder().references(in: ResolvedDocument(Unmarked.document(document))) {
                // A provision of this document is compared by eId or, where the Code marks it by identifier, by
                // citation.
                var key = Self.key(reference.text, reference.external?.work ?? reference.targetEId.map { "#" + $0 })
                if pairs[key.pair] ?? 0 == 0, reference.targetEId != nil {
                    key = Self.key(reference.text, reference.target)
                }
                if let left = texts[key.text], left > 0 {
                    texts[key.text] = left - 1
                    foundTexts += 1
                }
                if let left = pairs[key.pair], left > 0 {
                    pairs[key.pair] = left - 1
                    foundPairs += 1
                }
            }
            print(
                "\(title): \(count) marked; found again \(foundTexts), resolved alike \(foundPairs); missed e.g. \(pairs.filter { $0.value > 0 }.keys.sorted().prefix(12))"
            )
            marked += count
            detected += foundTexts
            resolved += foundPairs
        }
        let detectionRecall = Double(detected) / Double(max(marked, 1))
        let resolutionRecall = Double(resolved) / Double(max(marked, 1))
        print(
            String(
                format: "US Code re-detection: %d references marked; recall of detection %.3f, of resolution %.3f",
                marked, detectionRecall, resolutionRecall))
        #expect(marked > 300)
        #expect(detectionRecall >= 0.95 && resolutionRecall >= 0.95)
    }
}
