import ArgumentParser
import EnactCore
import EnactFormats
import EnactSource

/// `enact fmt`: rewrites sources in canonical form.
struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite source files in canonical form (atomically), or check that they are.",
        discussion: """
            Canonical form: front matter keys in fixed order, one blank line before each @ line, each text on one
            line, numbers written the standard way. A byte-order mark and CRLF line ends are removed.
            Exit status: 0 canonical (or rewritten), 1 with --check when a file is not canonical, 2 unreadable input.

            Examples:
              enact fmt Drafts/japan-taiwan-relations-act.ja.enact
              enact fmt --check Drafts/*.enact
              enact fmt --check Drafts/*.enact --format github     # annotations in a GitHub workflow
            """)

    @Argument(help: "The source files to format.")
    var files: [String]

    @Flag(help: "Only report files that are not canonical; change nothing.")
    var check = false

    @Option(help: FindingsFormat.help(junit: false, lead: "With --check: "))
    var format: FindingsFormat = .text

    func validate() throws {
        guard format == .text || check else { throw ValidationError("--format needs --check") }
        guard format != .junit else { throw ValidationError("--format junit is for 'enact validate'") }
    }

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        var status = ExitStatus.clean
        var findings: [Diagnostic] = []
        for file in files {
            do throws(DiagnosticError) {
                var loader = DocumentLoader()
                loader.repairsLineEnds = true
                let loaded = try loader.load(file)
                guard loaded.format == .source else {
                    throw DiagnosticError(
                        Diagnostic(
                            .usage,
                            "fmt rewrites Enact source, and this is \(loaded.format.title); 'enact import' turns it into source",
                            at: SourceLocation(file: file, line: 1, column: 1)))
                }
                let original = try SourceReader.load(file)
                let canonical = SourcePrinter().print(loaded.document)
                guard Array(canonical.utf8) != original else { continue }
                if check {
                    findings.append(
                        Diagnostic(
                            .notCanonical, "not in canonical form; 'enact fmt \(file)' rewrites it",
                            at: SourceLocation(
                                file: file, line: Self.firstDifferingLine(original, Array(canonical.utf8)), column: 1)))
                    if format == .text { Terminal.standardOutput.write("\(file): not in canonical form\n") }
                    if status == .clean { status = .findings }
                } else {
                    try AtomicFile.write(canonical, to: file, force: true)
                    Terminal.standardOutput.write("formatted \(file)\n")
                }
            } catch {
                if format == .text { diagnostics.report(error.diagnostics) } else { findings += error.diagnostics }
                status = .trouble
            }
        }
        if let report = format.report(findings, files: files) { Terminal.standardOutput.write(report) }
        if status != .clean { throw status.code }
    }

    /// The line (from 1) of the first byte where `original` and `canonical` differ.
    static func firstDifferingLine(_ original: [UInt8], _ canonical: [UInt8]) -> Int {
        let same = zip(original, canonical).prefix { $0 == $1 }.count
        return original.prefix(same).count { $0 == UInt8(ascii: "\n") } + 1
    }
}
