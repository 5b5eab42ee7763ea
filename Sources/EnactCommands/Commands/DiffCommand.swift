import ArgumentParser
import EnactCore
import EnactDiff
import EnactFormats
import EnactPrint
import EnactReferences
import EnactReports

/// `enact diff`: section-level differences between two versions of a document.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show the section-level differences between two versions of a bill.",
        discussion: """
            Articles and sections are aligned first — by identical text, by label, by citation, then by \
            similarity — so that moved, renumbered, split and merged provisions are recognised as such; each \
            aligned pair then shows its word-level changes ([-deleted-]{+inserted+}). Either version may be \
            Enact source or XML (Akoma Ntoso, USLM, Japanese law XML). Groups of supplementary provisions (附則) \
            are compared whole. The algorithm is described in docs/diff.md. In Japanese documents, a reference \
            written as words (第十条, 前条) whose words did not change but which now names another provision than \
            it did in OLD is reported as a warning [stale-reference] (docs/references.md).

            docx and pdf write the comparative print legislatures circulate: for Japanese documents the 新旧対照表, in \
            vertical writing with 改正案 above 現行 (--writing vertical, the default) or in two columns 改正後 | 改正前 \
            (--writing horizontal), the changed words underlined (傍線) and unchanged provisions as （略）; for \
            others the House's comparative print (omitted matter in black brackets, new matter in italic). pdf \
            needs LibreOffice Writer.

            Exit status like diff(1): 0 no differences, 1 differences, 2 trouble.

            Examples:
              enact diff Drafts/japan-taiwan-relations-act.ja.enact Drafts/japan-taiwan-relations-act.revised.ja.enact
              enact diff old.xml new.xml --format json --ignore-numbering
              enact diff old.enact new.enact --format html -o out/comparison.html
              enact diff Drafts/japan-taiwan-relations-act.ja.enact Drafts/japan-taiwan-relations-act.revised.ja.enact --format docx -o out/taishohyo.docx
            """)

    @Argument(help: "The old version.")
    var old: String

    @Argument(help: "The new version.")
    var new: String

    @Option(
        help:
            "Output: text (for a terminal), markdown, html (a comparative print; 新旧対照表 for Japanese), json, docx or pdf (the printed comparative print)."
    )
    var format: DiffFormat = .text

    @Option(
        help:
            "docx and pdf of Japanese documents: vertical (two tiers, 改正案 above 現行) or horizontal (two columns, 改正後 | 改正前)."
    )
    var writing: PrintLayout.Writing = .vertical

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Replace an output file that enact did not write.")
    var force = false

    @Flag(
        name: .customLong("ignore-numbering"),
        help: "Do not report renumbering: a provision whose number alone changed is unchanged.")
    var ignoresNumbering = false

    @Flag(name: .customLong("ignore-whitespace"), help: "Treat every run of whitespace as one space.")
    var ignoresWhitespace = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let diff: DocumentDiff
        var stale: [StaleReference] = []
        let newResolved: ResolvedDocument
        do throws(DiagnosticError) {
            let oldDocument = try diagnostics.load(old).requiringDivisions(file: old).resolved
            let newDocument = try diagnostics.load(new).requiringDivisions(file: new).resolved
            guard oldDocument.document.metadata.wording == newDocument.document.metadata.wording else {
                throw DiagnosticError(
                    Diagnostic(
                        .mixedLanguages,
                        "the two documents are in different languages; compare them with 'enact compare'",
                        at: SourceLocation(file: new, line: 1, column: 1)))
            }
            newResolved = newDocument
            diff = DocumentDiff(
                old: oldDocument, new: newDocument,
                options: DocumentDiff.Options(ignoresNumbering: ignoresNumbering, ignoresWhitespace: ignoresWhitespace))
            // References written as words that now name another provision (the forgotten knock-on amendment).
            stale = StaleReferences.find(old: oldDocument, new: newDocument, diff: diff)
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
        diagnostics.report(stale.map(\.diagnostic))
        let sides = DiffSides(old: old, new: new)
        let report: String
        switch format {
        case .text:
            report = DiffTextReport(color: output == nil && diagnostics.color.enabled(for: .standardOutput)).text(
                diff, sides: sides)
        case .markdown: report = DiffMarkdownReport().text(diff, sides: sides)
        case .html: report = DiffHTMLReport(wording: newResolved.document.metadata.wording).text(diff, sides: sides)
        case .json: report = try DiffJSONReport().text(diff, sides: sides)
        case .docx, .pdf:
            do throws(DiagnosticError) {
                try PrintedOutput.print(
                    WordComparativeWriter(writing: writing).package(diff, new: newResolved),
                    as: format == .pdf ? .pdf : .docx, file: new, to: output, force: force)
            } catch {
                diagnostics.report(error.diagnostics)
                throw ExitStatus.trouble.code
            }
            if !diff.differences.isEmpty { throw ExitStatus.findings.code }
            return
        }
        if let output, output != "-" {
            do throws(DiagnosticError) {
                try AtomicFile.write(report, to: output, force: force, isOurs: { $0.contains(GeneratedMarker.text) })
            } catch {
                diagnostics.report(error.diagnostics)
                throw ExitStatus.trouble.code
            }
        } else {
            Terminal.standardOutput.write(report)
        }
        if !diff.differences.isEmpty { throw ExitStatus.findings.code }
    }
}

/// The output formats of `enact diff`.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, html, json, docx, pdf
}
