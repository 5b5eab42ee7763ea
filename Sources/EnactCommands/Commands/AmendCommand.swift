import ArgumentParser
import EnactAmend
import EnactCore
import EnactDiff
import EnactFormats
import EnactPrint
import EnactReports
import Foundation

/// `enact amend`: the amending instructions that turn one version of a document into another.
struct AmendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend",
        abstract: "Write the amending provisions that turn one version of a bill or act into another.",
        discussion: """
            Aligns the two versions division by division and writes, in the drafting style asked for, the \
            instructions a drafter would: text struck and inserted with just enough quoted context to be \
            unambiguous, headings changed, provisions rewritten, struck out, inserted, and runs of provisions \
            renumbered together (繰下げ, 繰上げ; "redesignated"). Instructions name provisions by their numbers \
            at the moment they apply, so they can be applied one after another with 'enact apply'; the result is \
            checked against NEW before anything is written. With --table the same diff is also written as a \
            新旧対照表 (comparative table), so both official forms come from one source.

            The amendment format and the controlled language of each style are described in docs/amend.md.

            Exit status: 0 written (or no differences), 2 trouble (unreadable input, a change that cannot be \
            said as instructions, or a check that failed).

            Examples:
              enact amend Drafts/japan-taiwan-relations-act.ja.enact Drafts/japan-taiwan-relations-act.revised.ja.enact --style jp
              enact amend old.xml new.xml --style us -o out/amendment.amend --table out/table.html
              enact amend Drafts/japan-taiwan-relations-act.ja.enact Drafts/japan-taiwan-relations-act.revised.ja.enact --style jp --table out/taishohyo.docx
            """)

    @Argument(help: "The version in force (or the bill as introduced).")
    var old: String

    @Argument(help: "The version the amendment must produce.")
    var new: String

    @Option(help: "Drafting style: jp (改め文, for documents in Japanese) or us (US amendatory instructions).")
    var style: AmendmentStyle

    @Option(help: "The amending document's title (default: '<title>の一部を改正する法律案' or 'A bill to amend the <title>').")
    var title: String?

    @Option(name: .shortAndLong, help: "Write the amendment to this file (atomically) instead of standard output.")
    var output: String?

    @Option(
        help:
            "Also write the comparative table (新旧対照表 for Japanese documents) of the two versions to this file: HTML, or the printed table when its name ends in .docx or .pdf."
    )
    var table: String?

    @Option(
        help:
            "A printed 新旧対照表 (--table T.docx or T.pdf): vertical (two tiers, 改正案 above 現行) or horizontal (two columns, 改正後 | 改正前)."
    )
    var writing: PrintLayout.Writing = .vertical

    @Flag(help: "Replace output files that enact did not write.")
    var force = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        do throws(DiagnosticError) {
            let oldDocument = try diagnostics.load(old).requiringDivisions(file: old).resolved
            let newDocument = try diagnostics.load(new).requiringDivisions(file: new).resolved
            if style == .jp, !oldDocument.document.isJapanese {
                throw DiagnosticError(
                    Diagnostic(
                        .styleLanguage,
                        "改め文 (--style jp) are written in Japanese; use --style us for a document in another language",
                        at: SourceLocation(file: old, line: 1, column: 1)))
            }
            let amendment = try AmendmentGenerator().amendment(
                from: oldDocument.document, to: newDocument.document, style: style, title: title)
            let file = AmendmentFile(for: oldDocument.document)
            let text = file.print(amendment, marked: true)
            try check(
                file.read(text, file: output ?? "<amendment>"), reproduces: newDocument.document,
                from: oldDocument.document)
            if let table {
                let diff = DocumentDiff(old: oldDocument, new: newDocument)
                if let printed = PrintFormat(rawValue: URL(fileURLWithPath: table).pathExtension.lowercased()) {
                    try PrintedOutput.print(
                        WordComparativeWriter(writing: writing).package(diff, new: newDocument), as: printed,
                        file: new, to: table, force: force)
                } else {
                    let report = DiffHTMLReport(wording: newDocument.document.metadata.wording).text(
                        diff, sides: DiffSides(old: old, new: new))
                    try AtomicFile.write(
                        report, to: table, force: force, isOurs: { GeneratedMarker.isPresent(in: $0) })
                }
            }
            try AtomicFile.deliver(text, to: output, force: force)
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
    }

    /// Refuses to hand out instructions that do not give NEW when applied to OLD.
    private func check(_ amendment: Amendment, reproduces target: Document, from base: Document) throws(DiagnosticError)
    {
        let applied = try AmendmentApplier().apply(amendment, to: base)
        if let difference = ComparableDocument(applied).firstDifference(from: ComparableDocument(target)) {
            throw DiagnosticError(
                Diagnostic(
                    .amendmentCheck,
                    "the generated instructions do not reproduce the new version (\(difference)); please report this",
                    at: SourceLocation(file: new, line: 1, column: 1)))
        }
    }
}

extension AmendmentStyle: ExpressibleByArgument {}
