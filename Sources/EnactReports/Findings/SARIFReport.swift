import EnactCore
import Foundation

/// Findings as SARIF 2.1.0 (the Static Analysis Results Interchange Format code-scanning services read): one run
/// of the tool `enact`, a rule for every diagnostic identifier that occurs (its catalogue summary and explanation),
/// and a result for every finding with its file, line and column.
public struct SARIFReport: Sendable {
    /// Enact's version, recorded as the tool's.
    public var version: String

    public init(version: String) {
        self.version = version
    }

    /// The SARIF log of `findings`, as pretty-printed JSON with sorted keys.
    public func text(_ findings: [Diagnostic]) -> String {
        let ids = Array(Set(findings.map(\.id))).sorted { $0.rawValue < $1.rawValue }
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let rules = ids.map { id in
            Rule(
                id: id.rawValue, name: id.rawValue, shortDescription: Message(text: id.entry.summary),
                fullDescription: Message(text: id.entry.explanation), help: Message(text: id.entry.explanation),
                defaultConfiguration: Configuration(level: Self.level(id.entry.severity)))
        }
        let results = findings.map { finding in
            Result(
                ruleId: finding.id.rawValue, ruleIndex: index[finding.id] ?? 0, level: Self.level(finding.severity),
                message: Message(text: finding.message),
                locations: finding.location.map { [Self.location($0)] } ?? [],
                relatedLocations: finding.notes.compactMap { note in
                    note.location.map { Self.location($0, message: note.message) }
                })
        }
        let log = Log(
            runs: [
                Run(
                    tool: Tool(driver: Driver(name: "enact", semanticVersion: version, rules: rules)),
                    results: results)
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    private static func location(_ location: SourceLocation, message: String? = nil) -> Location {
        let uri = location.file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? location.file
        return Location(
            physicalLocation: PhysicalLocation(
                artifactLocation: ArtifactLocation(uri: uri),
                region: Region(startLine: max(1, location.line), startColumn: max(1, location.column))),
            message: message.map(Message.init))
    }

    // MARK: The SARIF objects Enact writes

    private struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    private struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    private struct Tool: Encodable {
        var driver: Driver
    }

    private struct Driver: Encodable {
        var name: String
        var semanticVersion: String
        var rules: [Rule]
    }

    private struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var defaultConfiguration: Configuration
    }

    private struct Configuration: Encodable {
        var level: String
    }

    private struct Message: Encodable {
        var text: String
    }

    private struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]
    }

    private struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var message: Message?
    }

    private struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    private struct ArtifactLocation: Encodable {
        var uri: String
    }

    private struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }
}
