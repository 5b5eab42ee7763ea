import ArgumentParser
import EnactCore
import EnactXML

/// `enact validate`: validates XML files against the official schema of their format.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate Akoma Ntoso, USLM or Japanese law XML against the official schema of its format.",
        discussion: """
            The format is detected from the root element and its namespace. Schemas are looked up by file name
            (akomantoso30.xsd, USLM.xsd, uslm-2.1.0.xsd, XMLSchemaForJapaneseLaw_v3.xsd) under the folder given
            by --schemas or the ENACT_SCHEMA_PATH environment variable. Input is parsed safely: no network, no
            DTDs, no entity declarations, limits on size and depth.
            Exit status: 0 every file valid, 1 a file is invalid, 2 unreadable input, hostile input or no schema.

            Example:
              enact validate out/act.akn.xml --schemas ../shared/reference
            """)

    @Argument(help: "The XML files to validate.")
    var files: [String]

    @Option(help: "The folder holding the official schemas (default: $ENACT_SCHEMA_PATH).")
    var schemas: String?

    @Option(help: "Output format: text (file:line:col lines) or json.")
    var format: ReportFormat = .text

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        guard let catalog = SchemaCatalog.configured(schemas) else {
            let problem = Diagnostic.error(
                "no-schema", "no schema folder: pass --schemas DIR or set \(SchemaCatalog.environmentVariable) to the folder holding the official schemas",
                at: nil)
            if format == .json { Terminal.standardOutput.write(DiagnosticPrinter.json([problem])) } else { diagnostics.report([problem]) }
            throw ExitStatus.trouble.code
        }
        var findings: [Diagnostic] = []
        var trouble = false
        var validators: [XMLFormat: SchemaValidator] = [:]
        for file in files {
            do {
                let xml = try ParsedXML.parse(contentsOf: file)
                let detected = try xml.format()
                let validator: SchemaValidator
                if let compiled = validators[detected] {
                    validator = compiled
                } else {
                    validator = try SchemaValidator(schema: catalog.schemaPath(for: detected))
                    validators[detected] = validator
                }
                findings += validator.validate(xml)
            } catch {
                trouble = true
                findings += error.diagnostics
            }
        }
        switch format {
        case .text: Terminal.standardOutput.write(DiagnosticPrinter(color: diagnostics.color.enabled(for: .standardOutput)).text(findings))
        case .json: Terminal.standardOutput.write(DiagnosticPrinter.json(findings))
        }
        if trouble { throw ExitStatus.trouble.code }
        if findings.contains(where: { $0.severity == .error }) { throw ExitStatus.findings.code }
    }
}
