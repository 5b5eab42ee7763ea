import ArgumentParser
import EnactChecks
import EnactCore
import EnactFormats
import EnactReferences

/// `enact check`: reports structural and editorial problems, and differences between language versions.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check drafts for numbering, nesting, reference, definition and metadata problems.",
        discussion: """
            Prints one finding per line as file:line:col: severity: message [rule-id].
            Exit status: 0 no errors (warnings allowed unless --strict), 1 errors found, 2 unreadable input.

            Rules: missing-metadata, duplicate-number, number-order, number-gap, invalid-nesting, empty-division,
            repealed-with-text, duplicate-label, dangling-reference, duplicate-definition, undefined-term,
            unused-definition; with --parallel: parallel-missing, parallel-numbering, parallel-label, parallel-work.

            Examples:
              enact check Drafts/japan-taiwan-relations-act.ja.enact
              enact check Drafts/act.ja.enact --parallel Drafts/act.en.enact --format json
              enact check Drafts/*.enact --format sarif > enact.sarif       # for code scanning
              enact check Drafts/*.enact --format github                    # annotations in a GitHub workflow
            """)

    @Argument(help: "The documents to check: Enact source, or XML (what its import could not carry is reported too).")
    var files: [String]

    @Option(
        parsing: .upToNextOption,
        help:
            "Other language versions, one per file, each compared division by division with the file in the same position."
    )
    var parallel: [String] = []

    @Option(help: FindingsFormat.help(junit: false))
    var format: FindingsFormat = .text

    @Flag(help: "Treat warnings as errors (exit 1 when there are any).")
    var strict = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard format != .junit else { throw ValidationError("--format junit is for 'enact validate'") }
        guard parallel.isEmpty || parallel.count == files.count else {
            throw ValidationError(
                "--parallel takes one file for each checked file (\(files.count)), not \(parallel.count)")
        }
    }

    func run() throws {
        var findings: [Diagnostic] = []
        var unreadable = false
        var documents: [Document?] = []
        for file in files + parallel {
            do {
                // What an import could not carry is a finding about the document like any other.
                let loaded = try DocumentLoader().load(file)
                documents.append(loaded.document)
                findings += loaded.warnings + Checker().check(loaded.document, file: file)
                // References written as words that name nothing (a law's own, or a draft's plain text).
                findings += ReferenceFinder().references(in: loaded.resolved).filter { !$0.resolved }.map {
                    Diagnostic(
                        .unresolvedReference, "\($0.at): 「\($0.text)」 names no provision of this document",
                        at: $0.location ?? SourceLocation(file: file, line: 1, column: 1))
                }
                // References whose words name another provision than they refer to (an amended law whose amending
                // act forgot a knock-on amendment).
                findings += StaleReferences.find(in: loaded.resolved).map(\.linkDiagnostic)
            } catch {
                unreadable = true
                documents.append(nil)
                findings += error.diagnostics
            }
        }
        for (index, other) in parallel.enumerated() {
            guard let first = documents[index], let second = documents[files.count + index] else { continue }
            findings += ParallelChecker().check(first, file: files[index], against: second, file: other)
        }
        Terminal.standardOutput.write(
            format.report(findings, files: files + parallel)
                ?? DiagnosticPrinter(color: diagnostics.color.enabled(for: .standardOutput)).text(findings))
        if unreadable { throw ExitStatus.trouble.code }
        let failing = findings.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        if failing { throw ExitStatus.findings.code }
    }
}

/// How a report is printed (the commands whose output is not findings).
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
}
