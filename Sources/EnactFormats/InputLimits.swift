import EnactCore
import EnactSource
import EnactXML
import Foundation

/// The limits on what Enact reads, the same for every command: input size, nesting depth and number of
/// divisions. Each has a default (docs/limits.md gives them with the measured cost of the worst inputs) and is
/// overridden by an environment variable.
public struct InputLimits: Sendable {
    /// The largest file read, in bytes: `ENACT_MAX_INPUT_BYTES` (default 256 MiB).
    public var maximumBytes: Int
    /// The deepest nesting of XML elements and of divisions: `ENACT_MAX_DEPTH` (default 256).
    public var maximumDepth: Int
    /// The most divisions in one document: `ENACT_MAX_DIVISIONS` (default 1,000,000).
    public var maximumDivisions: Int
    /// The longest a command may run, in seconds, before it stops with an error: `ENACT_MAX_SECONDS` (default
    /// 600; no input known takes more than a few seconds, so this only ends what would otherwise hang).
    public var maximumSeconds: Int

    public init(maximumBytes: Int, maximumDepth: Int, maximumDivisions: Int, maximumSeconds: Int) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumDivisions = maximumDivisions
        self.maximumSeconds = maximumSeconds
    }

    public static let defaults = InputLimits(
        maximumBytes: 256 * 1024 * 1024, maximumDepth: 256, maximumDivisions: 1_000_000, maximumSeconds: 600)

    /// The limits in force: the defaults, each overridden by its environment variable when set to a number.
    public static var current: InputLimits {
        let environment = ProcessInfo.processInfo.environment
        func value(_ name: String, _ fallback: Int) -> Int {
            environment[name].flatMap { Int($0) }.map { max(1, $0) } ?? fallback
        }
        return InputLimits(
            maximumBytes: value("ENACT_MAX_INPUT_BYTES", defaults.maximumBytes),
            maximumDepth: value("ENACT_MAX_DEPTH", defaults.maximumDepth),
            maximumDivisions: value("ENACT_MAX_DIVISIONS", defaults.maximumDivisions),
            maximumSeconds: value("ENACT_MAX_SECONDS", defaults.maximumSeconds))
    }

    /// The error with the variable that raises the limit named where a reader reports a file too large or
    /// nested too deep (the readers know the limits, not where they come from).
    public static func explained(_ error: DiagnosticError) -> DiagnosticError {
        DiagnosticError(
            error.diagnostics.map { diagnostic in
                let variable: String
                switch diagnostic.id {
                case .fileTooLarge: variable = "ENACT_MAX_INPUT_BYTES"
                case .xmlTooDeep: variable = "ENACT_MAX_DEPTH"
                default: return diagnostic
                }
                var explained = diagnostic
                explained.message += " (set \(variable) to raise it)"
                return explained
            })
    }

    /// The limits for the XML parser.
    public var xml: XMLLimits { XMLLimits(maximumBytes: maximumBytes, maximumDepth: maximumDepth) }

    /// A source reader held to the limits.
    public var sourceReader: SourceReader { SourceReader(maximumFileSize: maximumBytes) }

    /// Throws when `document` has more divisions, or deeper ones, than the limits allow.
    public func check(_ document: Document, file: String) throws(DiagnosticError) {
        var count = 0
        var deepest = 0
        document.walkDivisions { _, context in
            count += 1
            deepest = max(deepest, context.depth + 1)
        }
        let here = SourceLocation(file: file, line: 1, column: 1)
        if count > maximumDivisions {
            throw DiagnosticError(
                Diagnostic(
                    .limitDivisions,
                    "the document has \(count) divisions, more than the limit of \(maximumDivisions) (set ENACT_MAX_DIVISIONS to raise it)",
                    at: here))
        }
        if deepest > maximumDepth {
            throw DiagnosticError(
                Diagnostic(
                    .limitDepth,
                    "divisions nest \(deepest) deep, deeper than the limit of \(maximumDepth) (set ENACT_MAX_DEPTH to raise it)",
                    at: here))
        }
    }
}
