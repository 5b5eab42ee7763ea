import EnactCore
import Yams

/// Locations and syntax errors of YAML text embedded in or read from a file, for diagnostics.
public struct YAMLDiagnostics: Sendable {
    /// The file the YAML came from.
    public let file: String
    /// The line of the file on which the YAML text starts.
    public let firstLine: Int

    public init(file: String, firstLine: Int = 1) {
        self.file = file
        self.firstLine = firstLine
    }

    /// Where a node starts in the file.
    public func location(of node: Node) -> SourceLocation {
        node.mark.map { SourceLocation(file: file, line: firstLine + $0.line - 1, column: $0.column) }
            ?? SourceLocation(file: file, line: firstLine, column: 1)
    }

    /// The diagnostic for an error Yams threw while composing the text; `what` names the text in the message
    /// ("front matter", "parameter file").
    public func syntaxError(_ error: any Error, in what: String, id: DiagnosticID) -> Diagnostic {
        var location = SourceLocation(file: file, line: firstLine, column: 1)
        var message = "invalid YAML in \(what)"
        if let error = error as? YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                location = SourceLocation(file: file, line: firstLine + mark.line - 1, column: mark.column)
                message = "invalid YAML in \(what): \(problem)"
            case .duplicatedKeysInMapping(let duplicates, let context):
                location = SourceLocation(
                    file: file, line: firstLine + context.mark.line - 1, column: context.mark.column)
                message = "duplicate key '\(duplicates.joined(separator: "', '"))' in \(what)"
            default:
                message = "invalid YAML in \(what): \(error)"
            }
        }
        return Diagnostic(id, message, at: location)
    }
}
