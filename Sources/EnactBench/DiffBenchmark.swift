import EnactCore
import EnactDiff
import EnactRendering
import EnactSource
import EnactSyntheticDocuments
import Foundation

/// Times `enact diff` on two versions of a large synthetic act with known edits, side by side with
/// `git diff --no-index --word-diff` on the Markdown renderings of the same pair, and checks near-linear growth.
struct DiffBenchmark {
    /// The `enact` executable measured as a process.
    let enact: String
    let sections: Int
    let repetitions: Int

    /// Targets from the diff issue.
    static let targetSeconds = 2.0
    static let targetPeakRatio = 3.0
    static let targetGitRatio = 1.5
    static let targetGrowth = 2.2

    func rows() throws -> [BenchRow] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enact-bench-diff-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let git = PeerTool.find(PeerTool.git)
        var rows: [BenchRow] = []
        var times: [Double] = []
        for count in [sections / 2, sections] {
            let versions = DocumentSynthesizer.revision(sections: count, seed: 1)
            let oldPath = folder.appendingPathComponent("old-\(count).enact").path
            let newPath = folder.appendingPathComponent("new-\(count).enact").path
            try SourcePrinter().print(versions.old).write(toFile: oldPath, atomically: true, encoding: .utf8)
            try SourcePrinter().print(versions.new).write(toFile: newPath, atomically: true, encoding: .utf8)
            let oldMarkdown = folder.appendingPathComponent("old-\(count).md").path
            let newMarkdown = folder.appendingPathComponent("new-\(count).md").path
            try MarkdownRenderer().render(ResolvedDocument(versions.old)).write(
                toFile: oldMarkdown, atomically: true, encoding: .utf8)
            try MarkdownRenderer().render(ResolvedDocument(versions.new)).write(
                toFile: newMarkdown, atomically: true, encoding: .utf8)
            let inputBytes = Self.size(oldPath) + Self.size(newPath)
            let input = String(
                format: "two versions of a %d-section act, %.1f MB", count, Double(inputBytes) / 1_000_000)
            guard
                let measured = MeasuredProcess.best(
                    of: repetitions, enact,
                    ["diff", oldPath, newPath, "-o", folder.appendingPathComponent("diff.txt").path, "--force"]),
                measured.status <= 1
            else { throw BenchmarkFailure(message: "the synthetic input could not be read") }
            times.append(measured.seconds)
            var row = BenchRow(
                operation: "diff (process)", input: input, enact: BenchRow.seconds(measured.seconds),
                enactValue: measured.seconds,
                peer: "git diff --word-diff", target: String(format: "<= %.1fx the peer's time", Self.targetGitRatio))
            if let git,
                let peer = git.measure(
                    ["diff", "--no-index", "--word-diff", oldMarkdown, newMarkdown], repetitions: repetitions)
            {
                row.peerFigure = BenchRow.seconds(peer.seconds) + " (Markdown renderings)"
                row.peerValue = peer.seconds
                let ratio = measured.seconds / peer.seconds
                row.ratio = ratio
                row.met = ratio <= Self.targetGitRatio
            } else {
                row.note = PeerTool.missing(PeerTool.git)
            }
            rows.append(row)
            let peakRatio = Double(measured.peakBytes) / Double(max(1, inputBytes))
            rows.append(
                BenchRow(
                    operation: "diff peak memory", input: input,
                    enact: String(format: "%@, %.1fx the inputs", BenchRow.megabytes(measured.peakBytes), peakRatio),
                    enactValue: peakRatio, target: String(format: "<= %.0fx the inputs", Self.targetPeakRatio),
                    met: peakRatio <= Self.targetPeakRatio))
            if count == sections {
                rows.append(
                    BenchRow(
                        operation: "diff time", input: input, enact: BenchRow.seconds(measured.seconds),
                        enactValue: measured.seconds,
                        target: String(format: "< %.0f s", Self.targetSeconds),
                        met: measured.seconds < Self.targetSeconds))
            }
        }
        if times.count == 2 {
            let growth = times[1] / times[0]
            rows.append(
                BenchRow(
                    operation: "diff growth", input: "\(sections / 2) → \(sections) sections",
                    enact: String(format: "%.2fx the time", growth),
                    enactValue: growth, target: String(format: "<= %.1fx", Self.targetGrowth),
                    met: growth <= Self.targetGrowth))
        }
        return rows
    }

    private static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
