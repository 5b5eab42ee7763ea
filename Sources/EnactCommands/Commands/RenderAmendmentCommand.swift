import ArgumentParser
import EnactAmendmentWriters
import EnactCore
import EnactFormats

/// `enact render-amendment`: an amendment for people (Markdown, HTML), as XML, or in canonical form.
struct RenderAmendmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-amendment",
        abstract:
            "Render amending provisions as Markdown, HTML, Akoma Ntoso, USLM, Japanese law XML or 改め文 as printed.",
        discussion: """
            Reads AMENDMENT against BASE (the document it amends, whose numbering reads the provisions it \
            quotes) and writes it: markdown or html for people; akn (a bill whose provisions are <mod>s with \
            <quotedText> and <quotedStructure>), uslm (<amendingAction>, <quotedText>, <quotedContent>) or jplaw \
            (<AmendProvision> with <NewProvision>), each valid against its official schema; kaisei for the 改め文 \
            as an amending act prints it (the provisions it inserts printed as statutes print them, readable by \
            'enact apply'); amend for the amendment itself in canonical form. AMENDMENT may itself be a printed 改め文 or an \
            amending act's law XML. Japanese law XML needs 'number:' and a date ('date:', or the \
            base's) in the amendment's front matter.

            Exit status: 0 written, 2 trouble.

            Examples:
              enact render-amendment Drafts/japan-taiwan-relations-act.ja.enact Drafts/japan-taiwan-relations-act.amendment.ja.amend --to html -o out/amendment.html
              enact render-amendment base.enact change.amend --to akn -o out/change.akn.xml
              enact render-amendment Drafts/japan-taiwan-relations-act.ja.enact change.amend --to kaisei -o change.txt
            """)

    @OptionGroup var arguments: AmendmentArguments

    @Option(help: "Output: markdown, html, akn, uslm, jplaw, kaisei or amend.")
    var to: DocumentFormat

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard AmendmentWriter.formats.contains(to) else {
            throw ValidationError(
                "an amendment cannot be written as \(to.title); --to takes \(AmendmentWriter.formats.map(\.name).joined(separator: ", "))"
            )
        }
    }

    func run() throws {
        do throws(DiagnosticError) {
            let (document, amendment) = try arguments.load(reporting: diagnostics)
            try arguments.deliver(
                AmendmentWriter.write(amendment, base: document, file: arguments.amendment, as: to))
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
    }
}
