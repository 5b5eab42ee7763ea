import ArgumentParser
import EnactAmend
import EnactAmendForms
import EnactCore

/// `enact render-amendment`: an amendment for people (Markdown, HTML) or as XML.
struct RenderAmendmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-amendment",
        abstract: "Render amending provisions as Markdown, HTML, Akoma Ntoso, USLM or Japanese law XML.",
        discussion: """
            Reads AMENDMENT against BASE (the document it amends, whose numbering reads the provisions it \
            quotes) and writes it: markdown or html for people; akn (a bill whose provisions are <mod>s with \
            <quotedText> and <quotedStructure>), uslm (<amendingAction>, <quotedText>, <quotedContent>) or jplaw \
            (<AmendProvision> with <NewProvision>), each valid against its official schema. Japanese law XML \
            needs 'number:' and a date ('date:', or the base's) in the amendment's front matter.

            Exit status: 0 written, 2 trouble.

            Examples:
              enact render-amendment Drafts/japan-taiwan-relations-act.ja.enact Drafts/japan-taiwan-relations-act.amendment.ja.amend --to html -o out/amendment.html
              enact render-amendment base.enact change.amend --to akn -o out/change.akn.xml
            """)

    enum Target: String, CaseIterable, ExpressibleByArgument {
        case markdown, html, akn, uslm, jplaw
    }

    @OptionGroup var arguments: AmendmentArguments

    @Option(help: "Output: markdown, html, akn, uslm or jplaw.")
    var to: Target

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        do throws(DiagnosticError) {
            let (document, read) = try arguments.load(reporting: diagnostics)
            let text =
                switch to {
                case .markdown:
                    try AmendmentPrint(format: .markdown).render(read, base: document, file: arguments.amendment)
                case .html: try AmendmentPrint(format: .html).render(read, base: document, file: arguments.amendment)
                case .akn: try AkomaNtosoAmendmentWriter().write(read, base: document, file: arguments.amendment)
                case .uslm: try USLMAmendmentWriter().write(read, base: document, file: arguments.amendment)
                case .jplaw: try JapaneseLawAmendmentWriter().write(read, base: document, file: arguments.amendment)
                }
            try arguments.deliver(text)
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
    }
}
