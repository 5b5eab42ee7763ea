import EnactCore
import EnactTemplates
import Foundation

/// Times generating every example of every template: the whole family, as `enact new` would, without writing.
struct TemplateBenchmark {
    let root: String

    /// The target for generating a whole family in a release build.
    static let targetSeconds = 1.0

    /// The row for generating the whole family, or nil when there are no templates under `root`.
    func rows(repetitions: Int) throws(DiagnosticError) -> [BenchRow] {
        let jobs = try Template.catalog(in: root).flatMap { template in
            examples(of: template).map { (DraftGenerator(template: template), $0) }
        }
        guard !jobs.isEmpty else { return [] }
        var failure: DiagnosticError?
        var bytes = 0
        let seconds = Timing.best(of: repetitions) {
            bytes = 0
            for (generator, parameters) in jobs {
                do throws(DiagnosticError) {
                    bytes += try generator.generate(parametersFile: parameters).text.utf8.count
                } catch { failure = error }
            }
        }
        if let failure { throw failure }
        return [
            BenchRow(
                operation: "generate every template example (in process)",
                input: String(format: "%d drafts, %.2f MB, from %@", jobs.count, Double(bytes) / 1_000_000, root),
                enact: BenchRow.seconds(seconds), enactValue: seconds,
                target: String(format: "< %.0f s", Self.targetSeconds),
                met: seconds < Self.targetSeconds)
        ]
    }

    private func examples(of template: Template) -> [String] {
        let folder = (template.folder as NSString).appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }
}
