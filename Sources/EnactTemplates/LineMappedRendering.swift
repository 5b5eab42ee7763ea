import EnactCore
import Foundation
import Mustache

/// Renders a template body and remembers, for every line of the output, the line of the body it came from, so
/// that an error in the generated text is reported in the template.
///
/// Each body line that is not a standalone tag gets an invisible marker (`U+E000` line `U+E001`) before
/// rendering; the markers travel with their text through sections and loops and are removed afterwards. A line
/// produced by a multi-line value belongs to the body line that inserted it.
struct LineMappedRendering {
    /// The generated text, without markers.
    var text: String
    /// For each line of `text` (index 0 is line 1), the body line it came from.
    var bodyLines: [Int]

    private static let open: Character = "\u{E000}"
    private static let close: Character = "\u{E001}"

    init(body: String, file: String, context: [String: Any]) throws(DiagnosticError) {
        guard let template = try? MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + Self.mark(body)) else {
            throw Self.syntaxError(in: body, file: file)
        }
        (text, bodyLines) = Self.unmark(template.render(context))
    }

    /// The error Mustache finds in the body as written (markers would shift its columns).
    private static func syntaxError(in body: String, file: String) -> DiagnosticError {
        do {
            _ = try MustacheTemplate(string: body)
        } catch let error as MustacheTemplate.ParserError {
            return DiagnosticError(
                Diagnostic(
                    .templateSyntax, "Mustache: \(error.error)",
                    at: SourceLocation(file: file, line: error.context.lineNumber, column: error.context.columnNumber)))
        } catch {
            return DiagnosticError(
                Diagnostic(.templateSyntax, "Mustache: \(error)", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return DiagnosticError(
            Diagnostic(
                .templateSyntax, "the template could not be prepared",
                at: SourceLocation(file: file, line: 1, column: 1)))
    }

    private static func mark(_ body: String) -> String {
        body.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            isStandaloneTag(line) ? String(line) : "\(open)\(index + 1)\(close)\(line)"
        }.joined(separator: "\n")
    }

    /// A line holding nothing but one section, comment, partial or delimiter tag, which Mustache removes whole.
    private static func isStandaloneTag(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), trimmed.components(separatedBy: "{{").count == 2 else {
            return false
        }
        let sigil = trimmed.dropFirst(2).drop { $0 == " " }.first
        return sigil.map { "#^/!=>%$<".contains($0) } ?? false
    }

    private static func unmark(_ rendered: String) -> (String, [Int]) {
        var lines: [String] = []
        var origins: [Int] = []
        var current = 1
        for line in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
            var text = ""
            var origin: Int?
            var index = line.startIndex
            while index < line.endIndex {
                if line[index] == open, let end = line[index...].firstIndex(of: close) {
                    if origin == nil { origin = Int(line[line.index(after: index)..<end]) }
                    index = line.index(after: end)
                } else {
                    text.append(line[index])
                    index = line.index(after: index)
                }
            }
            current = origin ?? current
            lines.append(text)
            origins.append(current)
        }
        return (lines.joined(separator: "\n"), origins)
    }
}
