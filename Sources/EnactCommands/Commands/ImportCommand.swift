import ArgumentParser
import EnactCore
import EnactFormats
import EnactReferences

/// `enact import`: reads a document in any format Enact reads into an Enact source draft.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import Akoma Ntoso, USLM or Japanese law XML as an Enact source draft.",
        discussion: """
            The format is detected from the root element and namespace; --from forces it. What the model cannot
            hold exactly (tables, figures, deep subitems) is kept as plain text and reported as a warning with its
            line; numbers as the document writes them are kept (@designation:). References written in a Japanese
            law's text (第十条第二項, 前条, 附則第二条) become references of the draft ({ref:#label}), which follow
            renumbering and link in HTML (docs/references.md). The draft is written atomically; an
            existing file is not replaced without --force. Exit status: 0 imported, 2 unreadable, hostile or
            unsupported input.

            Example:
              enact import ../shared/reference/jplaw/documents/405AC0000000088_20240401_504AC0100000052.xml -o Drafts/gyosei-tetsuzuki.enact
            """)

    @Argument(help: "The XML file to import.")
    var file: String

    @Option(name: .shortAndLong, help: "The draft to write; '-' or absent for standard output.")
    var output: String?

    @Option(help: "Force the input format: akn, uslm1, uslm or jplaw.")
    var from: DocumentFormat?

    @Flag(help: "Replace an existing draft.")
    var force = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if let from, !from.isXML {
            throw ValidationError("--from takes akn, uslm1, uslm or jplaw, not '\(from.name)'")
        }
    }

    func run() throws {
        do throws(DiagnosticError) {
            let loaded = try diagnostics.load(file, as: from)
            let linked = TextLinks.linking(loaded.document)
            let text = try DocumentFormat.source.text(of: ResolvedDocument(linked), file: file)
            try AtomicFile.deliver(text, to: output, force: force, isOurs: { _ in false })
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
    }
}
