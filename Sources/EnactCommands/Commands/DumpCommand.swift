import ArgumentParser
import EnactCore
import EnactFormats

/// `enact dump`: prints the document tree as Enact reads it.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the tree Enact reads from a document, with automatic numbers resolved.",
        discussion: """
            Useful to see how lines nest and which numbers automatic numbering assigns.

            Example:
              enact dump Drafts/japan-taiwan-relations-act.en.enact
            """)

    @Argument(help: "The document to dump: Enact source or XML.")
    var file: String

    @Flag(help: "Print the tree as written, without assigning automatic numbers.")
    var unresolved = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        do {
            let document = try diagnostics.load(file).document
            Terminal.standardOutput.write(
                DocumentDumper.dump(unresolved ? document : NumberingResolver.resolve(document)))
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
    }
}
