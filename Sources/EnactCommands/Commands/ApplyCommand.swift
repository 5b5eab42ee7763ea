import ArgumentParser
import EnactAmend
import EnactCore
import EnactFormats
import EnactReferences
import EnactSource

/// `enact apply`: a document with amending instructions applied.
struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply amending provisions to a bill or act and write the consolidated text.",
        discussion: """
            Applies AMENDMENT to BASE one sentence after another. AMENDMENT is an Enact amendment (written by \
            'enact amend' or by hand, see docs/amend.md) or the 改め文 of a real amending act as printed (the \
            sentences of one article of the act, one a line, the provisions they insert printed after them). The \
            consolidated text is written in BASE's format (Japanese law XML for an e-Gov law, Enact source for a \
            draft) unless --to says otherwise.

            A sentence that cannot be applied is a finding at its line with a reason code: not-found (the \
            provision or words are not there), ambiguous (they are there more than once), overlap (the change \
            collides with what is there: a number already taken) or unsupported (a sentence Enact does not read). \
            Nothing is written then, unless --partial is given: the text is then written with every other \
            sentence applied. A reference whose words the amendment leaves naming another provision (a knock-on \
            amendment it forgot) is a warning [stale-reference].

            Exit status: 0 applied, 1 findings (written only with --partial), 2 trouble.

            Examples:
              enact apply Drafts/japan-taiwan-relations-act.ja.enact Drafts/japan-taiwan-relations-act.amendment.ja.amend
              enact apply ../shared/reference/kaisei/416AC0000000045_505AC0000000053_art241/base.xml \\
                ../shared/reference/kaisei/416AC0000000045_505AC0000000053_art241/amendment.txt --explain -o 労働審判法.xml
              enact apply base.xml change.amend --to source -o out/amended.enact
            """)

    @OptionGroup var arguments: AmendmentArguments

    @Option(help: "The format to write (\(DocumentFormat.writableNames)); BASE's own by default.")
    var to: DocumentFormat?

    @Flag(help: "Print, for every sentence, the operations read from it (on standard error).")
    var explain = false

    @Flag(help: "Write the text even when some sentences cannot be applied (they are left out and reported).")
    var partial = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        var hasFindings = false
        do throws(DiagnosticError) {
            let (document, format, amendment) = try arguments.loadWithFormat(
                reporting: diagnostics, keepingUnread: true)
            if explain { Terminal.standardError.write(Self.explanation(of: amendment)) }
            var (amended, findings) = AmendmentApplier().applyEverySentence(amendment, to: document)
            diagnostics.report(
                findings.map { finding in
                    Diagnostic(
                        finding.diagnostic.id, "\(finding.reason.rawValue): \(finding.diagnostic.message)",
                        at: finding.diagnostic.location)
                })
            hasFindings = !findings.isEmpty
            if !hasFindings || partial {
                diagnostics.report(StaleReferences.find(in: ResolvedDocument(amended)).map(\.linkDiagnostic))
                let output = to ?? (format == .amendment ? .source : format)
                if output == .source {
                    amended.frontMatterComments.append(
                        "\(GeneratedMarker.text) apply: \(arguments.base) amended by \(arguments.amendment)")
                }
                try arguments.deliver(
                    try output.text(of: ResolvedDocument(amended), file: arguments.output ?? arguments.base))
            }
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
        if hasFindings { throw ExitStatus.findings.code }
    }

    /// Every sentence's operations, at its line: `amendment.txt:7:1: note: renumber 第三十三条の三 as 第三十三条の四`.
    private static func explanation(of amendment: Amendment) -> String {
        zip(amendment.instructions, amendment.locations).map { instruction, location in
            "\(location.map { "\($0): " } ?? "")note: \(instruction.explanation)\n"
        }.joined()
    }
}
