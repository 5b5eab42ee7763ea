import ArgumentParser
import EnactBench
import EnactCore
import EnactFormats
import Foundation

/// `enact verify-amendments`: the round-trip proof of generated amendments, on synthetic and real pairs.
struct VerifyAmendmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-amendments",
        abstract: "Prove that generated amendments reproduce the new version, on synthetic and real version pairs.",
        discussion: """
            For every pair and both styles (jp, us), writes the amendment from OLD to NEW as text, reads it \
            back, applies it to OLD and compares the result with NEW (numbered structure and text). Prints each \
            pair's instruction count against its count of changes — for synthetic pairs the known edits (one per \
            run of changed words, insertion, deletion, move, split, merge or renumbered run; target: at most \
            1.2 instructions per edit), for real pairs the changes 'enact diff' finds — and the pass rate.

            Pairs: --seeds synthetic acts of --sections sections with seeded edits, and each --pair OLD NEW given \
            (two versions of a document in any format Enact reads).

            With --kaisei DIR, applies real amending acts instead: each folder of DIR holding base.xml (a law \
            before an act), amendment.txt (the act's 改め文 as printed) and expected.xml (the law after it), as in \
            ../shared/reference/kaisei; the 改め文 is read, applied to the base, and the main provisions compared \
            with the expected revision's. Each case is a match, a mismatch (the first difference), cannot-apply (the \
            instruction that failed) or unsupported (the line Enact does not read yet).

            Exit status: 0 every pair reproduced (every case matched), 1 some did not, 2 trouble.

            Examples:
              enact verify-amendments --pair Drafts/japan-taiwan-relations-act.ja.enact Drafts/japan-taiwan-relations-act.revised.ja.enact \\
                --pair ../shared/reference/uslm/documents/usc04-rp113-31.xml ../shared/reference/uslm/documents/usc04-rp115-164not141.xml
              enact verify-amendments --kaisei ../shared/reference/kaisei --format json
            """)

    @Option(help: "How many sections each synthetic act has.")
    var sections = 2_000

    @Option(help: "How many synthetic pairs (seeds 1, 2, …).")
    var seeds = 3

    @Option(
        name: .customLong("pair"), parsing: .upToNextOption,
        help: "Two versions of a document, OLD then NEW; repeat for more pairs.")
    var pairs: [String] = []

    @Option(help: "A folder of real amendment cases to apply instead of generated pairs (see the discussion).")
    var kaisei: String?

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard pairs.count.isMultiple(of: 2) else {
            throw ValidationError("--pair takes two documents, the old version and the new, each time")
        }
    }

    func run() throws {
        if let kaisei {
            try runCases(kaisei)
            return
        }
        var verified = AmendmentVerification.syntheticPairs(sections: sections, seeds: seeds)
        do throws(DiagnosticError) {
            for index in stride(from: 0, to: pairs.count, by: 2) {
                let old = pairs[index], new = pairs[index + 1]
                verified.append(
                    AmendmentVerification.Pair(
                        name: "\(Self.name(old)) → \(Self.name(new))", old: try diagnostics.load(old).resolved,
                        new: try diagnostics.load(new).resolved))
            }
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
        let rows = AmendmentVerification.rows(verified)
        Terminal.standardOutput.write(
            format == .json ? try AmendmentVerification.json(rows) : AmendmentVerification.text(rows))
        if rows.contains(where: { !$0.reproduced }) { throw ExitStatus.findings.code }
    }

    private func runCases(_ folder: String) throws {
        let results: [KaiseiBenchmark.Result]
        do throws(DiagnosticError) {
            results = try KaiseiBenchmark.run(folder: folder)
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
        switch format {
        case .json:
            try JSONOutput.write(results)
        case .text:
            var text = ""
            for result in results {
                text += "\(result.name)  \(result.sentences) sentences  \(result.outcome.rawValue)"
                text += result.detail.map { ": \($0.split(separator: "\n").first ?? "")" } ?? ""
                text += "\n"
            }
            let matched = results.count { $0.outcome == .match }
            text += "\(matched) of \(results.count) cases match e-Gov's next revision\n"
            Terminal.standardOutput.write(text)
        }
        if results.contains(where: { $0.outcome != .match }) { throw ExitStatus.findings.code }
    }

    /// A document's file name, without its folders.
    private static func name(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
