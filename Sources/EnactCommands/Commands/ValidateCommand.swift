import ArgumentParser
import EnactCore
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

            Example:
              enact validate out/act.akn.xml --schemas ../shared/reference
            """)

    @Argument(help: "The XML files to validate.")
    var files: [String]

    @Option(help: "The folder holding the official schemas (default: $ENACT_SCHEMA_PATH).")
    var schemas: String?

    @Option(help: "The folder holding Enact's profiles (default: $ENACT_PROFILE_PATH, then ./Schemas).")
    var profiles: String?

    @Option(help: "Output format: text (file:line:col lines) or json.")
    var format: ReportFormat = .text

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let catalog = SchemaCatalog.configured(schemas)
        let profileFolder = ProfileFolder.locate(profiles)
        guard catalog != nil || profileFolder != nil else {
            let problem = Diagnostic(
                .noSchema,
                "nothing to validate against: pass --schemas DIR or set \(SchemaCatalog.environmentVariable) for the official schemas, or --profiles DIR for Enact's profiles",
                at: nil)
            if format == .json {
                Terminal.standardOutput.write(DiagnosticPrinter.json([problem]))
            } else {
                diagnostics.report([problem])
            }
            throw ExitStatus.trouble.code
        }
        var findings: [Diagnostic] = []
        var trouble = false
        var validFiles: [String] = []
        var validators: [XMLFormat: SchemaValidator] = [:]
        var profileValidators: [XMLFormat: ProfileValidator] = [:]
        for file in files {
            do throws(DiagnosticError) {
                let xml = try ParsedXML.parse(contentsOf: file, limits: InputLimits.current.xml)
                let detected = try xml.format()
                var problems: [Diagnostic] = []
                var checked = false
                if let catalog {
                    checked = true
                    if validators[detected] == nil {
                        validators[detected] = try SchemaValidator(schema: catalog.schemaPath(for: detected))
                    }
                    problems += validators[detected]?.validate(xml) ?? []
                }
                if let profileFolder, let name = detected.profileFileName,
                    FileManager.default.fileExists(atPath: profileFolder.appendingPathComponent(name).path)
                {
                    if profileValidators[detected] == nil {
                        profileValidators[detected] = try ProfileValidator(
                            profile: profileFolder.appendingPathComponent(name).path)
                    }
                    problems += profileValidators[detected]?.validate(xml) ?? []
                    checked = true
                }
                guard checked else {
                    throw DiagnosticError(
                        Diagnostic(
                            .noSchema,
                            "nothing to validate \(detected.rawValue) against: no official schema folder and no Enact profile for it",
                            at: SourceLocation(file: file, line: 1, column: 1)))
                }
                findings += problems
                if !problems.contains(where: { $0.severity == .error }) { validFiles.append(file) }
            } catch {
                trouble = true
                findings += error.diagnostics
            }
        }
        switch format {
        case .text:
            Terminal.standardOutput.write(
                DiagnosticPrinter(color: diagnostics.color.enabled(for: .standardOutput)).text(findings))
            for file in validFiles { Terminal.standardOutput.write("\(file) validates\n") }
        case .json:
            Terminal.standardOutput.write(DiagnosticPrinter.json(findings))
        }
        if trouble { throw ExitStatus.trouble.code }
        if findings.contains(where: { $0.severity == .error }) { throw ExitStatus.findings.code }
    }
}

/// Where Enact's profiles are: the option, `ENACT_PROFILE_PATH`, or a `Schemas` folder holding them in the
/// current directory or beside the executable's build folder.
enum ProfileFolder {
    static func locate(_ option: String?) -> URL? {
        if let explicit = option ?? ProcessInfo.processInfo.environment["ENACT_PROFILE_PATH"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        var candidates = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Schemas")
        ]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<4 {
            folder.deleteLastPathComponent()
            candidates.append(folder.appendingPathComponent("Schemas"))
        }
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("enact-akn.sch").path)
        }
    }
}
