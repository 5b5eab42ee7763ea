import ArgumentParser
import EnactCore
import EnactTemplates
import Foundation

/// `enact new`: generates a draft from a template and a parameter file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Generate a draft from a template and a YAML parameter file.",
        discussion: """
            The parameters are checked against the template's declaration (each problem at its line and column \
            in the parameter file), the template body for the file's language is rendered, and the result is \
            read and checked like any draft; an error in the generated text is reported at the template line \
            that produced it.

            The draft is written in canonical form, atomically. An existing draft is replaced only with \
            --force, and then kept as DRAFT.bak unless --no-backup.

            Exit status: 0 generated cleanly, 1 generated with warnings, 2 not generated.

            Examples:
              enact new relations-act --params Templates/relations-act/examples/japan-taiwan.ja.yaml -o Drafts/japan-taiwan-relations-act.ja.enact --force
              enact new relations-act --params korea-taiwan.yaml --dry-run
            """)

    @Argument(help: "The template: a name under the templates folder, or a path to a template folder.")
    var template: String

    @Option(name: .customLong("params"), help: "The YAML file giving the template's parameters.")
    var parameters: String

    @Option(name: .shortAndLong, help: "The draft to write; absent or '-' for standard output.")
    var output: String?

    @Flag(help: "Replace an existing draft.")
    var force = false

    @Flag(name: .customLong("no-backup"), help: "With --force, do not keep the replaced draft as DRAFT.bak.")
    var noBackup = false

    @Flag(name: .customLong("dry-run"), help: "Generate and check, report, but write nothing.")
    var dryRun = false

    @OptionGroup var location: TemplateLocation
    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let draft: GeneratedDraft
        do throws(DiagnosticError) {
            draft = try DraftGenerator(template: try location.template(template)).generate(parametersFile: parameters)
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
        diagnostics.report(draft.findings)
        do throws(DiagnosticError) {
            if dryRun {
                let target = output.map { " to \($0)" } ?? ""
                Terminal.standardOutput.write(
                    "would write \(draft.text.utf8.count) bytes (\(draft.language))\(target)\n")
            } else if let output, output != "-" {
                try write(draft.text, to: output)
                Terminal.standardOutput.write("wrote \(output)\n")
            } else {
                Terminal.standardOutput.write(draft.text)
            }
        } catch {
            diagnostics.report(error.diagnostics)
            throw ExitStatus.trouble.code
        }
        if !draft.findings.isEmpty { throw ExitStatus.findings.code }
    }

    private func write(_ text: String, to path: String) throws(DiagnosticError) {
        if force, !noBackup, FileManager.default.fileExists(atPath: path) {
            let backup = path + ".bak"
            try AtomicFile.write(
                String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self), to: backup,
                force: true)
        }
        try AtomicFile.write(text, to: path, force: force, isOurs: { _ in false })
    }
}
