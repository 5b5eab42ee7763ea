import ArgumentParser
import EnactAmend
import EnactCore
import EnactDiff
import EnactFormats
import EnactSource
import Foundation

/// `enact verify-amendments`: the round-trip proof of generated amendments, on generated and real pairs.
struct VerifyAmendmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-amendments",
        abstract: "Prove that generated amendments reproduce the new version, on generated and real version pairs.",
        discussion: """
            For every pair and both styles (jp, us), writes the amendment from OLD to NEW as text, reads it \
            back, applies it to OLD and compares the result with NEW (numbered structure and text). Prints each \
            pair's instruction count against its count of changes — for generated pairs the known edits (one per \
            run of changed words, insertion, deletion, move, split, merge or renumbered run; target: at most \
            1.2 instructions per edit), for real pairs the changes 'enact diff' finds — and the pass rate.

            Pairs: --seeds synthetic acts of --sections sections with seeded edits; with --reference, the two \
            versions of 行政手続法 (jplaw) and the US Code titles 4 and 44 at two release points (uslm); and the \
            flagship against its committee revision (Drafts/).

            Exit status: 0 every pair reproduced, 1 some did not, 2 trouble.

            Example:
              enact verify-amendments --reference ../shared/reference
            """)

    @Option(help: "How many sections each synthetic act has.")
    var sections = 2_000

    @Option(help: "How many synthetic pairs (seeds 1, 2, …).")
    var seeds = 3

    @Option(help: "The reference folder with the real version pairs (e.g. ../shared/reference).")
    var reference: String?

    @Option(help: "The folder with the flagship and its revision.")
    var drafts = "Drafts"

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @OptionGroup var diagnostics: DiagnosticOptions

    /// The most instructions per known edit the generator may write on generated pairs.
    static let targetRatio = 1.2

    struct Row: Codable {
        var pair: String
        var style: String
        var changes: Int
        var instructions: Int
        var reproduced: Bool
        var failure: String?
        var isGenerated: Bool
    }

    func run() throws {
        var pairs: [(name: String, old: Document, new: Document, changes: Int, generated: Bool)] = []
        for seed in 1...max(1, seeds) {
            let versions = EditedVersions(sections: sections, seed: UInt64(seed))
            pairs.append(
                ("synthetic \(sections) sections, seed \(seed)", versions.old, versions.new, versions.editCount, true))
        }
        do throws(DiagnosticError) {
            var real: [(String, String, String)] = [
                (
                    "flagship → committee revision", "\(drafts)/japan-taiwan-relations-act.ja.enact",
                    "\(drafts)/japan-taiwan-relations-act.revised.ja.enact"
                )
            ]
            if let reference {
                real += [
                    (
                        "行政手続法 2018 → 2024",
                        "\(reference)/jplaw/documents/405AC0000000088_20180401_429AC0000000004.xml",
                        "\(reference)/jplaw/documents/405AC0000000088_20240401_504AC0100000052.xml"
                    ),
                    (
                        "US Code title 4, rp 113-31 → 115-164", "\(reference)/uslm/documents/usc04-rp113-31.xml",
                        "\(reference)/uslm/documents/usc04-rp115-164not141.xml"
                    ),
                    (
                        "US Code title 44, rp 113-31 → 115-164", "\(reference)/uslm/documents/usc44-rp113-31.xml",
                        "\(reference)/uslm/documents/usc44-rp115-164not141.xml"
                    ),
                ]
            }
            for (name, oldPath, newPath) in real {
                let old = try diagnostics.load(oldPath).resolved, new = try diagnostics.load(newPath).resolved
                pairs.append(
                    (name, old.document, new.document, DocumentDiff(old: old, new: new).differences.count, false))
            }
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
        var rows: [Row] = []
        for pair in pairs {
            for style in AmendmentStyle.allCases {
                let outcome = AmendmentRoundTrip().run(old: pair.old, new: pair.new, style: style)
                rows.append(
                    Row(
                        pair: pair.name, style: style.rawValue, changes: pair.changes,
                        instructions: outcome.instructions,
                        reproduced: outcome.reproduced, failure: outcome.failure, isGenerated: pair.generated))
            }
        }
        Terminal.standardOutput.write(format == .json ? try Self.json(rows) : Self.text(rows))
        if rows.contains(where: { !$0.reproduced }) { throw ExitStatus.findings.code }
    }

    static func text(_ rows: [Row]) -> String {
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
        let generated = rows.filter(\.isGenerated)
        let ratio =
            Double(generated.map(\.instructions).reduce(0, +)) / Double(max(1, generated.map(\.changes).reduce(0, +)))
        text += String(
            format: "generated pairs: %.2f instructions per known edit (target <= %.1f): %@\n", ratio, targetRatio,
            ratio <= targetRatio ? "met" : "MISSED")
        return text
    }

    static func json(_ rows: [Row]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
    }
}
