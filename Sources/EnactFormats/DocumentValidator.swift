import EnactCore
import EnactXML
import Foundation

/// Validates XML documents against the official schema of their format and Enact's profile of it, each compiled
/// once and reused for every document of that format.
public struct DocumentValidator {
    /// Where the official schemas are, if anywhere.
    public let schemas: SchemaCatalog?
    /// The folder holding Enact's profiles, if any.
    public let profiles: URL?
    public var limits: InputLimits
    private var schemaValidators: [DocumentFormat: SchemaValidator] = [:]
    private var profileValidators: [DocumentFormat: ProfileValidator] = [:]

    /// A validator, or an error when there is nothing to validate against.
    public init(schemas: SchemaCatalog?, profiles: URL?, limits: InputLimits = .current) throws(DiagnosticError) {
        guard schemas != nil || profiles != nil else {
            throw DiagnosticError(
                Diagnostic(
                    .noSchema,
                    "nothing to validate against: pass --schemas DIR or set \(SchemaCatalog.environmentVariable) for the official schemas, or --profiles DIR for Enact's profiles",
                    at: nil))
        }
        self.schemas = schemas
        self.profiles = profiles
        self.limits = limits
    }

    /// The problems the schema and the profile of the document's format find in it (warnings among them);
    /// throws when the file cannot be read, is no format Enact knows, or has nothing to validate it against.
    public mutating func validate(_ file: String) throws(DiagnosticError) -> [Diagnostic] {
        let xml = try ParsedXML.parse(contentsOf: file, limits: limits.xml)
        let format = try DocumentFormat.detect(xml)
        var problems: [Diagnostic] = []
        var checked = false
        if let schemas, let schemaFile = format.schemaFileName {
            checked = true
            if schemaValidators[format] == nil {
                schemaValidators[format] = try SchemaValidator(schema: schemas.schemaPath(named: schemaFile))
            }
            problems += schemaValidators[format]?.validate(xml) ?? []
        }
        if let profiles, let name = format.profileFileName,
            FileManager.default.fileExists(atPath: profiles.appendingPathComponent(name).path)
        {
            checked = true
            if profileValidators[format] == nil {
                profileValidators[format] = try ProfileValidator(profile: profiles.appendingPathComponent(name).path)
            }
            problems += profileValidators[format]?.validate(xml) ?? []
        }
        guard checked else {
            throw DiagnosticError(
                Diagnostic(
                    .noSchema,
                    "nothing to validate \(format.title) against: no official schema folder and no Enact profile for it",
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return problems
    }

    /// Where Enact's profiles are: `option`, `ENACT_PROFILE_PATH`, or a `Schemas` folder holding them in the
    /// current directory or beside the executable's build folder.
    public static func profileFolder(_ option: String?) -> URL? {
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
        let marker = DocumentFormat.allCases.compactMap(\.profileFileName).first ?? ""
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent(marker).path) }
    }
}
