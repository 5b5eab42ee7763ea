import EnactCore
import Foundation

/// Prints diagnostics as `file:line:col: severity: message [rule-id]` (coloured on a terminal) or as JSON.
struct DiagnosticPrinter {
    var color: Bool

    func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(line).joined()
    }

    private func line(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.location.map { "\($0): " } ?? ""
        let severity = paint(diagnostic.severity.rawValue, diagnostic.severity)
        var text = "\(bold(place))\(severity): \(diagnostic.message) [\(diagnostic.id.rawValue)]\n"
        for note in diagnostic.notes {
            text += "\(bold(note.location.map { "\($0): " } ?? ""))\(paint("note", .note)): \(note.message)\n"
        }
        return text
    }

    private func paint(_ text: String, _ severity: Severity) -> String {
        guard color else { return text }
        let code =
            switch severity {
            case .error: "31"
            case .warning: "33"
            case .note: "36"
            }
        return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
    }

    private func bold(_ text: String) -> String {
        color && !text.isEmpty ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    /// A JSON report: `{"diagnostics": [...], "errors": n, "warnings": n}`, keys sorted for stable output.
    static func json(_ diagnostics: [Diagnostic]) -> String {
        struct Report: Encodable {
            var diagnostics: [Entry]
            var errors: Int
            var warnings: Int
        }
        struct Entry: Encodable {
            var file: String?
            var line: Int?
            var column: Int?
            var severity: String
            var rule: String
            var message: String
            var notes: [Diagnostic.Note]
        }
        let entries = diagnostics.map {
            Entry(
                file: $0.location?.file, line: $0.location?.line, column: $0.location?.column,
                severity: $0.severity.rawValue, rule: $0.id.rawValue, message: $0.message, notes: $0.notes)
        }
        let report = Report(
            diagnostics: entries, errors: diagnostics.count { $0.severity == .error },
            warnings: diagnostics.count { $0.severity == .warning })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
