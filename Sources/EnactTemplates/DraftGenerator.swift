import EnactChecks
import EnactCore
import EnactSource
import Foundation
import Yams

/// A draft generated from a template, in canonical source form, with the findings `enact check` reports on it.
public struct GeneratedDraft: Sendable {
    /// The draft's text, as `enact fmt` would write it.
    public var text: String
    /// The language of the body it was generated from.
    public var language: String
    /// Warnings about the generated draft, located in the template body.
    public var findings: [Diagnostic]
}

/// Generates drafts from a template: validates a parameter file against the declaration, renders the body for
/// the file's language, reads the result with the normal reader and checks it. Every error is reported where
/// it can be fixed: in the parameter file or in the template body.
public struct DraftGenerator: Sendable {
    public let template: Template

    public init(template: Template) {
        self.template = template
    }

    /// The draft for the parameters in `parametersFile`; throws every error found.
    public func generate(parametersFile: String) throws(DiagnosticError) -> GeneratedDraft {
        let bytes = try SourceReader.load(parametersFile)
        return try generate(parameters: String(decoding: bytes, as: UTF8.self), file: parametersFile)
    }

    /// The draft for parameters given as YAML text; `file` names it in diagnostics.
    public func generate(parameters yamlText: String, file: String) throws(DiagnosticError) -> GeneratedDraft {
        let (language, values) = try bind(yamlText, file: file)
        guard let bodyPath = template.bodies[language], let bodyData = FileManager.default.contents(atPath: bodyPath)
        else {
            throw DiagnosticError(
                Diagnostic(
                    .unreadableTemplate, "cannot read the template body",
                    at: SourceLocation(file: template.folder, line: 1, column: 1)))
        }
        let body = String(decoding: bodyData, as: UTF8.self)
        let tagProblems = TagChecker(file: bodyPath, parameters: template.parameters).check(body)
        guard tagProblems.isEmpty else { throw DiagnosticError(tagProblems) }
        let rendering = try LineMappedRendering(
            body: body, file: bodyPath, context: MustacheValues.context(values, template.parameters))
        let place = BodyPlacement(path: bodyPath, body: body, rendering: rendering)
        let result: SourceReader.Result
        do {
            result = try SourceReader().parse(rendering.text, file: BodyPlacement.generatedName)
        } catch {
            throw DiagnosticError(error.diagnostics.map(place.locate))
        }
        let findings = (result.diagnostics + Checker().check(result.document, file: BodyPlacement.generatedName)).map(
            place.locate)
        let errors = findings.filter { $0.severity == .error }
        guard errors.isEmpty else { throw DiagnosticError(errors) }
        return GeneratedDraft(text: SourcePrinter().print(result.document), language: language, findings: findings)
    }

    /// The language chosen by the parameter file and the values of its parameters.
    private func bind(_ yamlText: String, file: String) throws(DiagnosticError) -> (String, [String: ParameterValue]) {
        let yaml = YAMLDiagnostics(file: file)
        let root: Node?
        do { root = try Yams.compose(yaml: yamlText) } catch {
            throw DiagnosticError(yaml.syntaxError(error, in: "parameter file", id: .parameterFile))
        }
        guard let root, let mapping = root.mapping else {
            throw DiagnosticError(
                Diagnostic(
                    .parameterFile, "a parameter file is a mapping of parameter names to values",
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
        var problems: [Diagnostic] = []
        if let named = mapping["template"], named.string != template.name {
            problems.append(
                Diagnostic(
                    .parameterFile,
                    "this parameter file is for template '\(named.string ?? "")', not '\(template.name)'",
                    at: yaml.location(of: named)))
        }
        let languages = template.bodies.keys.sorted()
        var language = languages.count == 1 ? languages[0] : ""
        if let chosen = mapping["language"] {
            language = chosen.string ?? ""
            if template.bodies[language] == nil {
                problems.append(
                    Diagnostic(
                        .invalidParameter,
                        "'language' must be one of the template's languages: \(languages.joined(separator: ", "))",
                        at: yaml.location(of: chosen)))
            }
        } else if language.isEmpty {
            problems.append(
                Diagnostic(
                    .missingParameter, "missing 'language' (\(languages.joined(separator: ", ")))",
                    at: yaml.location(of: root)))
        }
        var binder = ParameterBinder(yaml: yaml)
        let values = binder.bind(mapping, to: template.parameters, ignoring: Template.reservedKeys, owner: root)
        problems += binder.diagnostics
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return (language, values)
    }
}

/// Moves diagnostics about the generated text to the template body lines that produced it.
private struct BodyPlacement {
    /// The name under which the generated text is read.
    static let generatedName = "<generated>"
    let path: String
    let bodyLines: [Substring]
    let rendering: LineMappedRendering
    let generatedLines: [Substring]

    init(path: String, body: String, rendering: LineMappedRendering) {
        self.path = path
        self.bodyLines = body.split(separator: "\n", omittingEmptySubsequences: false)
        self.rendering = rendering
        self.generatedLines = rendering.text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The diagnostic placed in the body; the column is kept when the generated line is the body line verbatim.
    func locate(_ diagnostic: Diagnostic) -> Diagnostic {
        var moved = diagnostic
        moved.location = diagnostic.location.map(place)
        moved.notes = diagnostic.notes.map { Diagnostic.Note(message: $0.message, location: $0.location.map(place)) }
        return moved
    }

    private func place(_ location: SourceLocation) -> SourceLocation {
        guard location.file == Self.generatedName else { return location }
        let index = min(max(location.line - 1, 0), rendering.bodyLines.count - 1)
        guard index >= 0 else { return SourceLocation(file: path, line: 1, column: 1) }
        let line = rendering.bodyLines[index]
        let verbatim =
            index < generatedLines.count && line - 1 < bodyLines.count && bodyLines[line - 1] == generatedLines[index]
        return SourceLocation(file: path, line: line, column: verbatim ? location.column : 1)
    }
}
