import ArgumentParser
import EnactCore

/// `enact dump`: prints the document tree as Enact reads it.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the tree Enact reads from a source file, with automatic numbers resolved.",
        discussion: """
            Useful to see how lines nest and which numbers automatic numbering assigns.

            Example:
              enact dump Drafts/japan-taiwan-relations-act.en.enact
            """)

    @Argument(help: "The source file to dump.")
    var file: String

    @Flag(help: "Print the tree as written, without assigning automatic numbers.")
    var unresolved = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        do {
            let document = try DocumentLoading.load(file)
            Terminal.standardOutput.write(
                DocumentDumper.dump(unresolved ? document : NumberingResolver.resolve(document)))
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
    }
}
