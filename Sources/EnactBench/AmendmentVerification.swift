import EnactAmend
import EnactCore
import EnactDiff
import EnactSyntheticDocuments
import Foundation

/// The round-trip proof of generated amendments: for each pair of versions and both styles, the amendment from
/// the old version to the new is written as text, read back, applied to the old version and compared with the
/// new, and its instructions are counted against the pair's changes.
public enum AmendmentVerification {
    /// The most instructions per known edit the generator may write on synthetic pairs.
    public static let targetRatio = 1.2

    /// Two versions of a document and how many changes lie between them.
    public struct Pair: Sendable {
        public var name: String
        public var old: Document
        public var new: Document
        /// For a synthetic pair the edits made (one per run of changed words, insertion, deletion, move, split,
        /// merge or renumbered run); for a real pair the changes `enact diff` finds.
        public var changes: Int
        public var isSynthetic: Bool

        /// A real pair; its changes are counted by the section-level diff.
        public init(name: String, old: ResolvedDocument, new: ResolvedDocument) {
            self.name = name
            self.old = old.document
            self.new = new.document
            changes = DocumentDiff(old: old, new: new).differences.count
            isSynthetic = false
        }

        init(synthetic revision: SyntheticRevision, name: String) {
            self.name = name
            old = revision.old
            new = revision.new
            changes = revision.editCount
            isSynthetic = true
        }
    }

    /// One pair in one style.
    public struct Row: Codable, Sendable {
        public var pair: String
        public var style: String
        public var changes: Int
        public var instructions: Int
        public var reproduced: Bool
        public var failure: String?
        public var isGenerated: Bool
    }

    /// `seeds` synthetic acts of `sections` sections, each with a seeded revision.
    public static func syntheticPairs(sections: Int, seeds: Int) -> [Pair] {
        (1...max(1, seeds)).map { seed in
            Pair(
                synthetic: DocumentSynthesizer.revision(sections: sections, seed: UInt64(seed)),
                name: "synthetic \(sections) sections, seed \(seed)")
        }
    }

    /// The round trip of every pair in both styles.
    public static func rows(_ pairs: [Pair]) -> [Row] {
        pairs.flatMap { pair in
            AmendmentStyle.allCases.map { style in
                let outcome = AmendmentRoundTrip().run(old: pair.old, new: pair.new, style: style)
                return Row(
                    pair: pair.name, style: style.rawValue, changes: pair.changes, instructions: outcome.instructions,
                    reproduced: outcome.reproduced, failure: outcome.failure, isGenerated: pair.isSynthetic)
            }
        }
    }

    /// The rows as a table, with the pass rate and the instructions per known edit on synthetic pairs.
    public static func text(_ rows: [Row]) -> String {
        var text = "pair                                       style  changes  instructions  per change  reproduced\n"
        for row in rows {
            // Ideographs take two columns on a terminal.
            let width = row.pair.reduce(0) { $0 + (($1.unicodeScalars.first?.value ?? 0) >= 0x1100 ? 2 : 1) }
            text +=
                row.pair + String(repeating: " ", count: max(1, 43 - width))
                + row.style.padding(toLength: 7, withPad: " ", startingAt: 0)
            text += String(
                format: "%7d  %12d  %10.2f  %@\n", row.changes, row.instructions,
                Double(row.instructions) / Double(max(1, row.changes)),
                row.reproduced ? "yes" : "NO: \(row.failure ?? "")")
        }
        let passed = rows.filter(\.reproduced).count
        text += String(
            format: "round trips reproduced: %d of %d (%.0f%%)\n", passed, rows.count,
            100 * Double(passed) / Double(max(1, rows.count)))
        let synthetic = rows.filter(\.isGenerated)
        let ratio =
            Double(synthetic.map(\.instructions).reduce(0, +)) / Double(max(1, synthetic.map(\.changes).reduce(0, +)))
        text += String(
            format: "generated pairs: %.2f instructions per known edit (target <= %.1f): %@\n", ratio, targetRatio,
            ratio <= targetRatio ? "met" : "MISSED")
        return text
    }

    /// The rows as JSON, keys sorted.
    public static func json(_ rows: [Row]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
    }
}
