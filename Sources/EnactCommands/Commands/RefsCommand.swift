import ArgumentParser
import EnactCore
import EnactFormats
import EnactReferences
import Foundation

/// `enact refs`: the references written in a document's text, each with what it resolves to.
struct RefsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refs",
        abstract: "List the references (or defined terms) in a document's text and what each resolves to.",
        discussion: """
            Finds the citations written as plain text in a law or draft — in Japanese 第十条第二項, 附則第二条, 別表第一, \
            ranges and lists (第五条から第八条まで, 第十条第一項又は第二項), relative ones (前条, 前項第二号, 前各項, \
            同条第三項) and other laws (民法（明治二十九年法律第八十九号）第九十条, 同法第三条); in English section \
            3(a)(1)(B), subsection (b), paragraph (2) of this subsection, sections 5 through 8, Article 10(2), this \
            Act, 22 U.S.C. 3301, Public Law 96-8, section 4 of the Taiwan Relations Act — and resolves each against \
            the document: where it stands, its text, the absolute citation of what it names (both ends of a range) or \
            the other work with its identifier, and whether it resolved. References already marked ({ref:} in a \
            draft, <ref> in XML) are not listed. docs/references.md gives the grammar.

            With --terms, lists the terms the text defines instead (「X」とは…をいう, （以下「X」という。）, the items \
            of a list of definitions, “X” means …): where each is defined, the scope the definition states, and how \
            many uses of it the text has there.

            Exit status: 0 every reference resolves, 1 some do not, 2 unreadable input (with --terms: 0, or 2).

            Examples:
              enact refs ../shared/reference/jplaw/documents/405AC0000000088_20240401_504AC0100000052.xml
              enact refs ../shared/reference/uslm/documents/pl96-8-taiwan-relations-act.xml --format json
              enact refs law.xml --terms
            """)

    @Argument(help: "The document: Enact source or XML in any format Enact reads.")
    var file: String

    @Option(help: "Output format: text (one line a reference: file:line:col, where, text → target) or json.")
    var format: ReportFormat = .text

    @Flag(help: "List the terms the text defines (with their scopes and uses) instead of its references.")
    var terms = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let loaded: LoadedDocument
        do throws(DiagnosticError) {
            loaded = try diagnostics.load(file)
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
        if terms {
            try listTerms(DefinedTermLinker().definitions(in: loaded.document))
            return
        }
        let references = ReferenceFinder().references(in: loaded.resolved)
        switch format {
        case .text:
            var text = ""
            for reference in references {
                let place = reference.location.map { "\($0): " } ?? ""
                let target =
                    reference.target.map { target in
                        target + (reference.external?.work.map { " (\($0))" } ?? "")
                    } ?? "unresolved"
                text += "\(place)\(reference.at): \(reference.text) → \(target)\n"
            }
            let unresolved = references.count { !$0.resolved }
            text += "\(references.count) reference\(references.count == 1 ? "" : "s"), \(unresolved) unresolved\n"
            Terminal.standardOutput.write(text)
        case .json:
            try JSONOutput.write(references)
        }
        if references.contains(where: { !$0.resolved }) { throw ExitStatus.findings.code }
    }

    private func listTerms(_ definitions: [FoundDefinition]) throws {
        switch format {
        case .text:
            var text = ""
            for definition in definitions {
                let place = definition.location.map { "\($0): " } ?? ""
                let scope = (definition.onlyAfter ? "after it, in " : "in ") + definition.scope
                text += "\(place)\(definition.at): 「\(definition.term)」 \(scope); \(definition.uses) uses\n"
            }
            text += "\(definitions.count) definition\(definitions.count == 1 ? "" : "s")\n"
            Terminal.standardOutput.write(text)
        case .json:
            try JSONOutput.write(definitions)
        }
    }

}
