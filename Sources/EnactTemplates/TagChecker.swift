import EnactCore
import Foundation

/// Checks that every tag of a template body names a declared parameter (Mustache would render an unknown name
/// as nothing, silently), and that the body uses no partials, which templates here do not have.
struct TagChecker {
    let file: String
    let parameters: [TemplateParameter]

    /// The problems found, each at the tag's line and column.
    func check(_ body: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var scopes: [[String: ParameterType]] = [
            Dictionary(parameters.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        ]
        for (lineIndex, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let start = rest.range(of: "{{") {
                guard let end = rest[start.upperBound...].range(of: "}}") else { break }
                let tag = rest[start.upperBound..<end.lowerBound].trimmingCharacters(
                    in: CharacterSet(charactersIn: "{} "))
                let column = line.distance(from: line.startIndex, to: start.lowerBound) + 1
                let here = SourceLocation(file: file, line: lineIndex + 1, column: column)
                rest = rest[end.upperBound...]
                guard let sigil = tag.first else { continue }
                let name = "#^/&>".contains(sigil) ? tag.dropFirst().trimmingCharacters(in: .whitespaces) : tag
                switch sigil {
                case "!", "%": continue
                case "=", ">", "<", "$":
                    diagnostics.append(
                        Diagnostic(
                            .templateTag, "templates use plain variables and sections only, not '{{\(tag)}}'",
                            at: here))
                case "/":
                    if scopes.count > 1 { scopes.removeLast() }
                case "#", "^":
                    let type = resolve(name, in: scopes)
                    if type == nil { diagnostics.append(unknown(name, at: here)) }
                    scopes.append(sigil == "#" ? Self.scope(inside: type) : [:])
                default:
                    if name != ".", resolve(name, in: scopes) == nil { diagnostics.append(unknown(name, at: here)) }
                }
            }
        }
        return diagnostics
    }

    private func unknown(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .unknownParameter, "the template uses '\(name)', which is not a declared parameter or field here",
            at: location)
    }

    /// What a section inside a loop may ask of its position.
    private static let sequenceTransforms: Set<String> = ["first()", "last()", "index()", "even()", "odd()"]

    /// The names a section over a value of `type` brings into scope.
    private static func scope(inside type: ParameterType?) -> [String: ParameterType] {
        switch type {
        case .record(let fields), .list(.record(let fields)):
            Dictionary(fields.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        default: [:]
        }
    }

    /// The type of a possibly dotted name, looked up from the innermost scope out as Mustache does.
    private func resolve(_ name: String, in scopes: [[String: ParameterType]]) -> ParameterType? {
        if name == "." || Self.sequenceTransforms.contains(name) { return .boolean }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first, var type = scopes.reversed().lazy.compactMap({ $0[first] }).first else {
            return nil
        }
        for part in parts.dropFirst() {
            guard let child = Self.child(part, of: type) else { return nil }
            type = child
        }
        return type
    }

    private static func child(_ name: String, of type: ParameterType) -> ParameterType? {
        switch (type, name) {
        case (.record(let fields), _): fields.first { $0.name == name }?.type
        case (.string, "yaml"), (.text, "yaml"): .string
        case (.enumeration(let choices), _): choices.contains(name) ? .boolean : nil
        case (.integer, "kanji"), (.integer, "english"): .string
        case (.integer, "one"): .boolean
        case (.date, "year"), (.date, "month"), (.date, "day"): .integer
        case (.date, "english"), (.date, "english_day_first"), (.date, "japanese"): .string
        default: nil
        }
    }
}
