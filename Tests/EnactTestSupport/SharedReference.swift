import Foundation
import Testing

/// The read-only reference material in ../shared/reference: official schemas and real documents.
///
/// Tests that need it fail loudly when it is missing, never pass silently.
public enum SharedReference {
    /// The folder, beside the package root.
    public static let root = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/reference")

    /// The path of a file under ../shared/reference; records a test failure when it does not exist.
    public static func path(_ relative: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> String
    {
        let path = root.appendingPathComponent(relative).path
        guard FileManager.default.fileExists(atPath: path) else {
            Issue.record(
                "missing reference file \(path): this test needs ../shared/reference beside the repository",
                sourceLocation: sourceLocation)
            throw MissingReference(path: path)
        }
        return path
    }

    /// Thrown when a reference file is missing, after the failure is recorded.
    public struct MissingReference: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "missing reference file \(path)" }
    }
}
