import ArgumentParser
import EnactCore
import EnactTemplates

/// `enact templates`: lists the templates and documents one.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the templates, or document one with 'show'.",
        discussion: """
            Example:
              enact templates
              enact templates show relations-act
            """,
        subcommands: [List.self, Show.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the templates with their languages and parameters.",
            discussion: "Example:\n  enact templates list --templates Templates")

        @OptionGroup var location: TemplateLocation
        @OptionGroup var diagnostics: DiagnosticOptions

        func run() throws {
            do throws(DiagnosticError) {
                for template in try Template.catalog(in: location.root) {
                    let languages = template.bodies.keys.sorted().joined(separator: ", ")
                    Terminal.standardOutput.write("\(template.name) (\(languages)): \(template.summary)\n")
                    Terminal.standardOutput.write(
                        "  parameters: \(template.parameters.map(\.name).joined(separator: ", "))\n")
                }
            } catch {
                diagnostics.report(error.diagnostics)
                throw ExitStatus.trouble.code
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Document one template: its languages and every parameter with type, default and meaning.",
            discussion: "Example:\n  enact templates show relations-act")

        @Argument(help: "The template's name.")
        var name: String

        @OptionGroup var location: TemplateLocation
        @OptionGroup var diagnostics: DiagnosticOptions

        func run() throws {
            do throws(DiagnosticError) {
                Terminal.standardOutput.write(TemplateDocumentation(try location.template(name)).text)
            } catch {
                diagnostics.report(error.diagnostics)
                throw ExitStatus.trouble.code
            }
        }
    }
}
