import ArgumentParser
import EnactCore
import Foundation

/// `enact explain`: what a diagnostic identifier means, as `rustc --explain` does.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic: what it means, why it matters and how to resolve it, with an example.",
        discussion: """
            Every problem Enact reports ends with its identifier in brackets ([dangling-reference]). Give one or \
            more identifiers to read their explanations; give none to list every identifier with its summary. \
            --all --format markdown prints the whole catalogue as docs/diagnostics.md holds it.

            Exit status: 0 explained, 2 an unknown identifier.

            Examples:
              enact explain dangling-reference
              enact explain
              enact explain --all --format markdown > docs/diagnostics.md
            """)

    @Argument(help: "The identifiers to explain, as printed in brackets after a message.")
    var identifiers: [String] = []

    @Flag(help: "Explain every identifier.")
    var all = false

    @Option(help: "Output format: text (for a terminal) or markdown.")
    var format: ExplanationFormat = .text

    enum ExplanationFormat: String, CaseIterable, ExpressibleByArgument {
        case text, markdown
    }

    func run() throws {
        var ids: [DiagnosticID] = []
        for identifier in identifiers {
            let name = identifier.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            guard let id = DiagnosticID(rawValue: name) else {
                let near = DiagnosticID.allCases.map(\.rawValue).filter { $0.contains(name) || name.contains($0) }
                Terminal.standardError.write(
                    "enact: error: no diagnostic '\(name)'"
                        + (near.isEmpty ? "" : "; did you mean \(near.prefix(3).joined(separator: ", "))?")
                        + " ('enact explain' lists them all)\n")
                throw ExitStatus.trouble.code
            }
            ids.append(id)
        }
        if all { ids = DiagnosticID.allCases }
        switch (format, ids.isEmpty) {
        case (.markdown, _) where all || ids.isEmpty:
            Terminal.standardOutput.write(DiagnosticExplanation.markdown())
        case (_, true):
            Terminal.standardOutput.write(DiagnosticExplanation.list())
        case (.text, false):
            Terminal.standardOutput.write(ids.map { DiagnosticExplanation.text($0) }.joined(separator: "\n"))
        case (.markdown, false):
            Terminal.standardOutput.write(ids.map(DiagnosticExplanation.markdownSection).joined(separator: "\n"))
        }
    }
}
