import ArgumentParser
import EnactCore
import EnactFormats
import EnactXML
import Foundation

/// `enact validate`: validates XML files against the official schema of their format and Enact's profile.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate Akoma Ntoso, USLM or Japanese law XML against its official schema and Enact's profile.",
        discussion: """
            The format is detected from the root element and its namespace. Official schemas are looked up by file \
            name (akomantoso30.xsd, USLM.xsd, uslm-2.1.0.xsd, XMLSchemaForJapaneseLaw_v3.xsd) under --schemas or \
            ENACT_SCHEMA_PATH; Enact's profiles (enact-akn.sch, enact-uslm.sch, enact-jplaw.sch: ISO Schematron) \
            under --profiles, ENACT_PROFILE_PATH or the project's Schemas folder. Either may be absent, not both. \
            Input is parsed safely: no network, no DTDs, no entity declarations, limits on size and depth.

            Prints each problem as file:line:col: error: message [schema|profile|xml…], and "FILE validates" for each \
            valid file (as xmllint does). Exit status: 0 every file valid, 1 a file is invalid, 2 unreadable or \
            hostile input, or nothing to validate against.

            Examples:
              enact validate out/act.akn.xml --schemas ../shared/reference
              enact validate out/*.xml --format junit > validate.junit.xml     # a test per file for CI
            """)

    @Argument(help: "The XML files to validate.")
    var files: [String]

    @Option(help: "The folder holding the official schemas (default: $ENACT_SCHEMA_PATH).")
    var schemas: String?

    @Option(help: "The folder holding Enact's profiles (default: $ENACT_PROFILE_PATH, then ./Schemas).")
    var profiles: String?

    @Option(help: FindingsFormat.help(junit: true))
    var format: FindingsFormat = .text

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        var validator: DocumentValidator
        do throws(DiagnosticError) {
            validator = try DocumentValidator(
                schemas: SchemaCatalog.configured(schemas), profiles: DocumentValidator.profileFolder(profiles))
        } catch {
            if let report = format.report(error.diagnostics, files: files) {
                Terminal.standardOutput.write(report)
            } else {
                diagnostics.report(error.diagnostics)
            }
            throw ExitStatus.trouble.code
        }
        var findings: [Diagnostic] = []
        var trouble = false
        var validFiles: [String] = []
        for file in files {
            do throws(DiagnosticError) {
                let problems = try validator.validate(file)
                findings += problems
                if !problems.contains(where: { $0.severity == .error }) { validFiles.append(file) }
            } catch {
                trouble = true
                findings += error.diagnostics
            }
        }
        if let report = format.report(findings, files: files) {
            Terminal.standardOutput.write(report)
        } else {
            Terminal.standardOutput.write(
                DiagnosticPrinter(color: diagnostics.color.enabled(for: .standardOutput)).text(findings))
            for file in validFiles { Terminal.standardOutput.write("\(file) validates\n") }
        }
        if trouble { throw ExitStatus.trouble.code }
        if findings.contains(where: { $0.severity == .error }) { throw ExitStatus.findings.code }
    }
}
