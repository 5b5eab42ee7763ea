import ArgumentParser
import EnactAkomaNtoso
import EnactCore
import EnactJapaneseLaw
import EnactSource
import EnactUSLM
import EnactXML

/// `enact import`: reads legislative XML into an Enact source draft.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import Akoma Ntoso, USLM or Japanese law XML as an Enact source draft.",
        discussion: """
            The format is detected from the root element and namespace; --from forces it. What the model cannot
            hold exactly (tables, figures, deep subitems, number ranges) is kept as plain text and reported as a
            warning with its line. The draft is written atomically; an existing file is not replaced without
            --force. Exit status: 0 imported, 2 unreadable, hostile or unsupported input.

            Example:
              enact import ../shared/reference/jplaw/documents/405AC0000000088_20240401_504AC0100000052.xml -o Drafts/gyosei-tetsuzuki.enact
            """)

    @Argument(help: "The XML file to import.")
    var file: String

    @Option(name: .shortAndLong, help: "The draft to write; '-' or absent for standard output.")
    var output: String?

    @Option(help: "Force the input format: akn, uslm1, uslm or jplaw.")
    var from: String?

    @Flag(help: "Replace an existing draft.")
    var force = false

    @OptionGroup var diagnostics: DiagnosticOptions

    /// Reads the document; libxml2's tree is freed when this returns, before the draft is printed.
    static func read(_ file: String, from: String?) throws(DiagnosticError) -> (Document, [Diagnostic]) {
        let limits = InputLimits.current
        let xml = try ParsedXML.parse(contentsOf: file, limits: limits.xml)
        let format: XMLFormat
        if let from {
            guard let forced = XMLFormat(rawValue: from) else {
                throw DiagnosticError(
                    Diagnostic(.usage, "--from takes akn, uslm1, uslm or jplaw, not '\(from)'", at: nil))
            }
            format = forced
        } else {
            format = try xml.format()
        }
        let (document, warnings) =
            switch format {
            case .japaneseLaw: try JapaneseLawReader().read(xml)
            case .uslm1, .uslm2: try USLMReader().read(xml)
            case .akomaNtoso: try AkomaNtosoReader().read(xml)
            }
        try limits.check(document, file: file)
        return (document, xml.warnings + warnings)
    }

    func run() throws {
        do throws(DiagnosticError) {
            let (document, warnings) = try Self.read(file, from: from)
            diagnostics.report(warnings)
            let text = SourcePrinter().print(document)
            try AtomicFile.deliver(text, to: output, force: force, isOurs: { _ in false })
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
    }
}
