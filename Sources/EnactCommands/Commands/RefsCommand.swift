import ArgumentParser
import EnactCore
import EnactFormats
import EnactReferences
import Foundation

/// `enact refs`: the references written in a document's text, each with what it resolves to.
struct RefsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refs",
        abstract: "List the references in a document's text and what each resolves to.",
        discussion: """
            Finds the citations written as plain text in a Japanese law or draft — 第十条第二項, 附則第二条, 別表第一, \
            ranges and lists (第五条から第八条まで, 第十条第一項又は第二項), relative ones (前条, 前項第二号, 前各項, \
            同条第三項) and other laws (民法（明治二十九年法律第八十九号）第九十条, 同法第三条) — and resolves each \
            against the document: where it stands, its text, the absolute citation of what it names (both ends of a \
            range) or the other law with its work identifier, and whether it resolved. References already marked \
            ({ref:} in a draft) are not listed. docs/references.md gives the grammar.

            Exit status: 0 every reference resolves, 1 some do not, 2 unreadable input.

            Examples:
              enact refs ../shared/reference/jplaw/documents/405AC0000000088_20240401_504AC0100000052.xml
              enact refs law.xml --format json
            """)

    @Argument(help: "The document: Enact source or XML in any format Enact reads.")
    var file: String

    @Option(help: "Output format: text (one line a reference: file:line:col, where, text → target) or json.")
    var format: ReportFormat = .text

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let references: [FoundReference]
        do throws(DiagnosticError) {
            references = ReferenceFinder().references(in: try diagnostics.load(file).resolved)
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
        switch format {
        case .text:
            var text = ""
            for reference in references {
                let place = reference.location.map { "\($0.file):\($0.line):\($0.column): " } ?? ""
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
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.standardOutput.write(String(decoding: try encoder.encode(references), as: UTF8.self) + "\n")
        }
        if references.contains(where: { !$0.resolved }) { throw ExitStatus.findings.code }
    }
}
