import ArgumentParser
import EnactCore
import EnactDiff
import EnactFormats
import EnactReports

/// `enact compare`: the section-by-section concordance of a bill with a reference instrument.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a bill section by section with a reference instrument (a model or foreign statute).",
        discussion: """
            For each provision of the reference, lists the bill's provisions that correspond to it: declared in \
            the bill's source (@corresponds-to: /us/usc/t22/s3305) or, when both are in the same language, found \
            by weighted-word similarity (marked automatic, with the score, from --min-score up); then the bill's \
            provisions without a counterpart. Where the bill declares counterparts for some subdivisions of a \
            reference provision only (/us/usc/t22/s3302/c), the other subdivisions are listed as having none. \
            Either side may be Enact source or XML.

            Exit status: 0 every provision of the reference (and every subdivision of one declared in part) has a \
            counterpart, 1 some have none, 2 trouble.

            Examples:
              enact compare Drafts/japan-taiwan-relations-act.en.enact ../shared/reference/uslm/documents/usc22-ch48-taiwan-relations.xml
              enact compare Drafts/japan-taiwan-relations-act.ja.enact usc22-ch48.xml --format json --declared-only
            """)

    @Argument(help: "The bill.")
    var bill: String

    @Argument(help: "The reference instrument.")
    var reference: String

    @Option(help: "Output: text, markdown, html (a side-by-side comparative print) or json.")
    var format: ConcordanceFormat = .text

    @Flag(name: .customLong("declared-only"), help: "Show only the correspondences the bill declares.")
    var declaredOnly = false

    @Option(
        name: .customLong("min-score"),
        help: ArgumentHelp(
            "The lowest similarity (0 to 1) of an automatic match shown; lower scores mostly reflect shared vocabulary, not shared subject matter.",
            valueName: "score"))
    var minimumScore = Concordance.defaultMinimumScore

    @Option(
        help:
            "A codified title (USLM) whose source credits say where each section of the reference, an act as enacted, was codified, so that correspondences the bill declares to codified sections count for the act."
    )
    var codification: String?

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let concordance: Concordance
        let sameLanguage: Bool
        do throws(DiagnosticError) {
            let billDocument = try diagnostics.load(bill).requiringDivisions(file: bill).resolved
            let referenceDocument = try diagnostics.load(reference).requiringDivisions(file: reference).resolved
            let codified = try codification.map { path throws(DiagnosticError) in
                Codification(codified: try diagnostics.load(path).requiringDivisions(file: path).resolved)
            }
            concordance = Concordance(
                bill: billDocument, reference: referenceDocument, codification: codified, minimumScore: minimumScore)
            sameLanguage = billDocument.document.isJapanese == referenceDocument.document.isJapanese
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
        diagnostics.report(
            concordance.danglingDeclarations.map { dangling in
                Diagnostic(
                    .danglingCorrespondence,
                    "\(dangling.citation) declares a correspondence to \(dangling.target), which is not a provision of the reference",
                    at: dangling.location)
            })
        let shown = declaredOnly ? concordance.keepingDeclared() : concordance
        let sides = DiffSides(old: reference, new: bill)
        switch format {
        case .text: Terminal.standardOutput.write(ConcordanceTextReport().text(shown, sides: sides))
        case .html:
            Terminal.standardOutput.write(ConcordanceHTMLReport(sameLanguage: sameLanguage).text(shown, sides: sides))
        case .markdown: Terminal.standardOutput.write(ConcordanceMarkdownReport().text(shown, sides: sides))
        case .json: Terminal.standardOutput.write(try ConcordanceJSONReport().text(shown, sides: sides))
        }
        if shown.entries.contains(where: \.lacksCounterpart) { throw ExitStatus.findings.code }
    }
}

/// The output formats of `enact compare`.
enum ConcordanceFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, html, json
}
