/// How serious a diagnostic is.
public enum Severity: String, Hashable, Sendable, Codable, Comparable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A finding about a document: a message with a severity, a stable identifier and a location.
///
/// Prints as `file:line:col: severity: message [id]`.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible, Error {
    public var severity: Severity
    /// The kind of problem, e.g. ``DiagnosticID/danglingReference``; its catalogue entry explains it.
    public var id: DiagnosticID
    public var message: String
    public var location: SourceLocation?
    /// Further locations that explain the finding (e.g. the first definition of a duplicate).
    public var notes: [Note]

    /// A secondary message attached to a diagnostic.
    public struct Note: Hashable, Sendable, Codable {
        public var message: String
        public var location: SourceLocation?

        public init(message: String, location: SourceLocation?) {
            self.message = message
            self.location = location
        }
    }

    /// A diagnostic of the kind `id`, with the severity its catalogue entry gives unless `severity` overrides it
    /// (only where the source of the finding decides, as libxml2 does between its warnings and errors).
    public init(
        _ id: DiagnosticID, _ message: String, at location: SourceLocation?, notes: [Note] = [],
        severity: Severity? = nil
    ) {
        self.severity = severity ?? id.entry.severity
        self.id = id
        self.message = message
        self.location = location
        self.notes = notes
    }

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        var text = "\(place)\(severity.rawValue): \(message) [\(id.rawValue)]"
        for note in notes {
            let notePlace = note.location.map { "\($0): " } ?? ""
            text += "\n\(notePlace)note: \(note.message)"
        }
        return text
    }
}

/// One or more diagnostics raised together, as an error (e.g. by a reader that cannot continue).
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
