import Foundation
import Testing

/// Paths of the repository and of test fixtures, independent of the working directory.
public enum Fixtures {
    /// The root of the package (the folder holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// A path relative to the package root.
    public static func path(_ relative: String) -> String {
        packageRoot.appendingPathComponent(relative).path
    }

    /// The text of a file relative to the package root.
    public static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// The flagship drafts.
    public static let flagshipJapanese = "Drafts/japan-taiwan-relations-act.ja.enact"
    public static let flagshipEnglish = "Drafts/japan-taiwan-relations-act.en.enact"
}

/// Compares output with a golden file; with `ENACT_RECORD_GOLDEN=1` in the environment, records the output
/// instead and fails the test so that a recorded file is always reviewed.
public func assertGolden(
    _ actual: String, _ goldenPath: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let path = Fixtures.path(goldenPath)
    if ProcessInfo.processInfo.environment["ENACT_RECORD_GOLDEN"] != nil {
        try? FileManager.default.createDirectory(
            at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(toFile: path, atomically: true, encoding: .utf8)
        Issue.record(
            "recorded golden file \(goldenPath); unset ENACT_RECORD_GOLDEN and run again",
            sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        Issue.record(
            "missing golden file \(goldenPath); run with ENACT_RECORD_GOLDEN=1 to create it",
            sourceLocation: sourceLocation)
        return
    }
    if actual != expected {
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference =
            zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let shown = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>"
        let wanted = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>"
        Issue.record(
            "output differs from \(goldenPath) at line \(firstDifference + 1):\n  got:      \(shown)\n  expected: \(wanted)",
            sourceLocation: sourceLocation)
    }
}
