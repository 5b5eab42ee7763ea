import EnactCore
import Foundation

/// Finds the official schemas in a directory tree such as ../shared/reference.
public struct SchemaCatalog: Sendable {
    public let directory: String

    /// The environment variable that names the schema directory.
    public static let environmentVariable = "ENACT_SCHEMA_PATH"

    public init(directory: String) {
        self.directory = directory
    }

    /// The catalog named by `--schemas` or by `ENACT_SCHEMA_PATH`, if either is set.
    public static func configured(_ option: String?) -> SchemaCatalog? {
        let directory = option ?? ProcessInfo.processInfo.environment[environmentVariable]
        guard let directory, !directory.isEmpty else { return nil }
        return SchemaCatalog(directory: directory)
    }

    /// The path of the schema file named `fileName` under the directory; throws with what to set when it is not
    /// there.
    public func schemaPath(named fileName: String) throws(DiagnosticError) -> String {
        let root = URL(fileURLWithPath: directory)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if url.lastPathComponent == fileName { return url.path }
        }
        throw DiagnosticError(
            Diagnostic(
                .noSchema,
                "no \(fileName) under \(directory); point --schemas or \(Self.environmentVariable) at the folder holding the official schemas",
                at: nil))
    }
}
