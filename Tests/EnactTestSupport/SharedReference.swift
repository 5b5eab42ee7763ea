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

    /// Every real document in the reference folder (`*/documents/` and `corpus/*/`), as paths relative to it,
    /// sorted; empty when the folder is missing (``requireDocuments()`` says so).
    public static let documents: [String] = {
        let manager = FileManager.default
        var found: [String] = []
        for folder in [
            "akn/documents", "jplaw/documents", "uslm/documents", "corpus/akn", "corpus/jplaw", "corpus/uslm",
        ] {
            let names = (try? manager.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            found += names.filter { $0.lowercased().hasSuffix(".xml") }.map { folder + "/" + $0 }
        }
        return found.sorted()
    }()

    /// The real amendment cases of `kaisei/` (folders holding base.xml, amendment.txt and expected.xml), sorted;
    /// empty when the folder is missing (a test over them must check their count).
    public static let kaiseiCases: [String] = {
        let folder = root.appendingPathComponent("kaisei").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: "\(folder)/\($0)/amendment.txt") }.sorted()
    }()

    /// Records a failure when the reference folder holds no documents (so that a test over ``documents`` cannot
    /// pass by running over nothing).
    public static func requireDocuments(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        if documents.isEmpty {
            Issue.record(
                "no documents under \(root.path): these tests need ../shared/reference beside the repository",
                sourceLocation: sourceLocation)
        }
    }

    /// Thrown when a reference file is missing, after the failure is recorded.
    public struct MissingReference: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "missing reference file \(path)" }
    }
}
