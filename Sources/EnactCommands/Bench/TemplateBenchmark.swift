import EnactCore
import EnactTemplates
import Foundation

/// Times generating every example of every template: the whole family, as `enact new` would, without writing.
struct TemplateBenchmark {
    let root: String

    /// The target for generating a whole family in a release build.
    static let targetSeconds = 1.0

    /// One line of figures, or nil when there are no templates under `root`.
    func report(measure: (() -> Void) -> Double) throws(DiagnosticError) -> String? {
        let jobs = try Template.catalog(in: root).flatMap { template in
            examples(of: template).map { (DraftGenerator(template: template), $0) }
        }
        guard !jobs.isEmpty else { return nil }
        var failure: DiagnosticError?
        var bytes = 0
        let seconds = measure {
            bytes = 0
            for (generator, parameters) in jobs {
                do throws(DiagnosticError) {
                    bytes += try generator.generate(parametersFile: parameters).text.utf8.count
                } catch { failure = error }
            }
        }
        if let failure { throw failure }
        let verdict = seconds < Self.targetSeconds ? "met" : "MISSED"
        return String(
            format: "templates: %d drafts (%.2f MB) from %@ in %.3f s   target < %.0f s: %@\n",
            jobs.count, Double(bytes) / 1_000_000, root, seconds, Self.targetSeconds, verdict)
    }

    private func examples(of template: Template) -> [String] {
        let folder = (template.folder as NSString).appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }
}
