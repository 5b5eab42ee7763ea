import ArgumentParser
import EnactAmend
import EnactCore
import EnactReferences
import EnactSource

/// `enact apply`: a document with amending instructions applied.
struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply amending provisions to a bill or act and write the amended text as Enact source.",
        discussion: """
            Applies the instructions of AMENDMENT (written by 'enact amend' or by hand in the same controlled \
            language, see docs/amend.md) to BASE one after another. An instruction whose quoted text is not found \
            or is found more than once, or whose provision does not exist, is an error at the instruction's line \
            saying what was found instead; nothing is written then. A reference whose words the amendment leaves \
            naming another provision than the one it refers to (a knock-on amendment it forgot: 「第十条」 still \
            written after 第十条 became 第十一条) is a warning [stale-reference]; the amended text keeps the words, as \
            the law would.

            Exit status: 0 applied, 2 trouble.

            Examples:
              enact apply Drafts/japan-taiwan-relations-act.ja.enact Drafts/japan-taiwan-relations-act.amendment.ja.amend
              enact apply base.xml change.amend -o out/amended.enact
            """)

    @OptionGroup var arguments: AmendmentArguments

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        do throws(DiagnosticError) {
            let (document, instructions) = try arguments.load(reporting: diagnostics)
            var amended = try AmendmentApplier().apply(instructions, to: document)
            diagnostics.report(StaleReferences.find(in: ResolvedDocument(amended)).map(\.linkDiagnostic))
            amended.frontMatterComments.append(
                "\(GeneratedMarker.text) apply: \(arguments.base) amended by \(arguments.amendment)")
            let source = SourcePrinter().print(amended)
            try arguments.deliver(source)
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
    }
}
