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
            """)

    @Argument(help: "The source files to format.")
    var files: [String]

    @Flag(help: "Only report files that are not canonical; change nothing.")
    var check = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        var status = ExitStatus.clean
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
                    Terminal.standardOutput.write("\(file): not in canonical form\n")
                    if status == .clean { status = .findings }
                } else {
                    try AtomicFile.write(canonical, to: file, force: true)
                    Terminal.standardOutput.write("formatted \(file)\n")
                }
            } catch {
                diagnostics.report(error.diagnostics)
                status = .trouble
            }
        }
        if status != .clean { throw status.code }
    }
}
