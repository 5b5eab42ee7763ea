import EnactCore
import EnactDiff
import EnactRendering
import EnactSource
import Foundation

/// Times `enact diff` on two versions of a large synthetic act with known edits, side by side with
/// `git diff --no-index --word-diff` on the Markdown renderings of the same pair, and checks near-linear growth.
struct DiffBenchmark {
    let sections: Int
    let repetitions: Int

    /// Targets from the diff issue.
    static let targetSeconds = 2.0
    static let targetPeakRatio = 3.0
    static let targetGitRatio = 1.5
    static let targetGrowth = 2.2

    func report() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enact-bench-diff-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let enact = CommandLine.arguments[0]
        var text = "\ndiff: two versions of a synthetic act with seeded edits (3% reworded, 1% each inserted, deleted, moved; runs renumbered, splits, merges)\n"
        text += "sections  input MB  enact diff s  peak MB  peak/inputs  git word-diff s  ratio to git\n"
        var times: [Double] = []
        for count in [sections / 2, sections] {
            let versions = EditedVersions(sections: count, seed: 1)
            let oldPath = folder.appendingPathComponent("old-\(count).enact").path
            let newPath = folder.appendingPathComponent("new-\(count).enact").path
            try SourcePrinter().print(versions.old).write(toFile: oldPath, atomically: true, encoding: .utf8)
            try SourcePrinter().print(versions.new).write(toFile: newPath, atomically: true, encoding: .utf8)
            let oldMarkdown = folder.appendingPathComponent("old-\(count).md").path
            let newMarkdown = folder.appendingPathComponent("new-\(count).md").path
            try MarkdownRenderer().render(ResolvedDocument(versions.old)).write(toFile: oldMarkdown, atomically: true, encoding: .utf8)
            try MarkdownRenderer().render(ResolvedDocument(versions.new)).write(toFile: newMarkdown, atomically: true, encoding: .utf8)
            let inputBytes = Self.size(oldPath) + Self.size(newPath)
            guard let measured = MeasuredProcess.best(of: repetitions, enact, ["diff", oldPath, newPath, "-o", folder.appendingPathComponent("diff.txt").path, "--force"]),
                measured.status <= 1
            else { throw ExitStatus.trouble.code }
            let git = MeasuredProcess.best(of: repetitions, "git", ["diff", "--no-index", "--word-diff", oldMarkdown, newMarkdown])
            times.append(measured.seconds)
            let gitColumn = git.map { String(format: "%15.3f  %8.2fx (target <= %.1fx)", $0.seconds, measured.seconds / $0.seconds, Self.targetGitRatio) }
                ?? "  git not found"
            text += String(
                format: "%8d  %8.1f  %12.3f  %7.1f  %8.2fx    ", count, Double(inputBytes) / 1_000_000, measured.seconds,
                Double(measured.peakBytes) / 1_000_000, Double(measured.peakBytes) / Double(max(1, inputBytes))) + gitColumn + "\n"
        }
        if times.count == 2 {
            let growth = times[1] / times[0]
            text += String(format: "doubling the sections took %.2fx the time (target <= %.1fx): %@; %d sections in %.3f s (target < %.0f s): %@\n",
                growth, Self.targetGrowth, growth <= Self.targetGrowth ? "met" : "MISSED", sections, times[1], Self.targetSeconds,
                times[1] < Self.targetSeconds ? "met" : "MISSED")
        }
        return text
    }

    private static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
