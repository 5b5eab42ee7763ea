import EnactCore
import EnactSource
import Foundation
import Yams

/// A template: Enact source with Mustache tags in one body per language, and the parameters it declares, read
/// from `Templates/NAME/template.yaml`.
public struct Template: Sendable {
    /// The folder's name, by which `enact new` finds the template.
    public var name: String
    /// One line saying what the template drafts.
    public var summary: String
    /// The folder holding the declaration and the bodies.
    public var folder: String
    /// The body file for each language (BCP 47 tag → path).
    public var bodies: [String: String]
    public var parameters: [TemplateParameter]

    /// The name of the declaration file in a template folder.
    public static let declarationFile = "template.yaml"
    /// Keys of a parameter file that are not parameters.
    static let reservedKeys: Set<String> = ["template", "language"]

    /// Reads the template in `folder`; throws every problem of its declaration, each with its location.
    public static func load(folder: String) throws(DiagnosticError) -> Template {
        let path = (folder as NSString).appendingPathComponent(declarationFile)
        let yaml = YAMLDiagnostics(file: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(
                Diagnostic(
                    .unreadableTemplate, "no template declaration here",
                    at: SourceLocation(file: path, line: 1, column: 1)))
        }
        let root: Node?
        do { root = try Yams.compose(yaml: String(decoding: data, as: UTF8.self)) } catch {
            throw DiagnosticError(yaml.syntaxError(error, in: "template declaration", id: .templateDeclaration))
        }
        var reader = DeclarationReader(yaml: yaml)
        let template = reader.read(root, folder: folder)
        guard reader.diagnostics.isEmpty, let template else {
            throw DiagnosticError(
                reader.diagnostics.isEmpty
                    ? [
                        Diagnostic(
                            .templateDeclaration, "the declaration must be a mapping",
                            at: SourceLocation(file: path, line: 1, column: 1))
                    ]
                    : reader.diagnostics)
        }
        return template
    }

    /// Every template under `root` (one folder each), sorted by name.
    public static func catalog(in root: String) throws(DiagnosticError) -> [Template] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        var templates: [Template] = []
        var problems: [Diagnostic] = []
        for name in names.sorted() {
            let folder = (root as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(declarationFile))
            else { continue }
            do { templates.append(try load(folder: folder)) } catch { problems += error.diagnostics }
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return templates
    }
}

/// Reads `template.yaml` into a ``Template``.
private struct DeclarationReader {
    let yaml: YAMLDiagnostics
    var diagnostics: [Diagnostic] = []

    init(yaml: YAMLDiagnostics) {
        self.yaml = yaml
    }

    mutating func read(_ root: Node?, folder: String) -> Template? {
        guard let root, let mapping = root.mapping else { return nil }
        for (key, _) in mapping where !["summary", "bodies", "parameters"].contains(key.string ?? "") {
            report("unknown key '\(key.string ?? "")'; a declaration has summary, bodies and parameters", at: key)
        }
        var bodies: [String: String] = [:]
        if let bodyMapping = mapping["bodies"]?.mapping {
            for (language, file) in bodyMapping {
                guard let language = language.string, let file = file.string else { continue }
                let path = (folder as NSString).appendingPathComponent(file)
                if FileManager.default.fileExists(atPath: path) {
                    bodies[language] = path
                } else {
                    report("no body file '\(file)'", at: bodyMapping[language] ?? root)
                }
            }
        }
        if bodies.isEmpty {
            report(
                "'bodies' must name at least one body file per language (ja: body.ja.mustache)",
                at: mapping["bodies"] ?? root)
        }
        let parameters = mapping["parameters"].map { self.parameters($0) } ?? []
        for parameter in parameters where Template.reservedKeys.contains(parameter.name) {
            report("'\(parameter.name)' is reserved in parameter files and cannot be a parameter", at: root)
        }
        return Template(
            name: (folder as NSString).lastPathComponent, summary: mapping["summary"]?.string ?? "", folder: folder,
            bodies: bodies, parameters: parameters)
    }

    private mutating func parameters(_ node: Node) -> [TemplateParameter] {
        guard let mapping = node.mapping else {
            report("'parameters' must map each parameter's name to its declaration", at: node)
            return []
        }
        return mapping.compactMap { key, spec in parameter(key, spec) }
    }

    private mutating func parameter(_ key: Node, _ spec: Node) -> TemplateParameter? {
        guard let name = key.string, name.first?.isLetter == true,
            name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
        else {
            report("a parameter name is letters, digits and underscores, starting with a letter", at: key)
            return nil
        }
        guard let mapping = spec.mapping, let type = type(mapping, at: spec) else { return nil }
        for (field, _) in mapping
        where !["type", "values", "items", "fields", "required", "default", "description"].contains(field.string ?? "")
        {
            report("unknown key '\(field.string ?? "")' in parameter '\(name)'", at: field)
        }
        var parameter = TemplateParameter(
            name: name, type: type, isRequired: mapping["required"]?.bool ?? false,
            description: mapping["description"]?.string ?? "")
        if let defaultNode = mapping["default"] {
            var binder = ParameterBinder(yaml: yaml)
            parameter.defaultValue = binder.bind(defaultNode, as: type, name: name)
            diagnostics += binder.diagnostics
            parameter.isRequired = false
        }
        return parameter
    }

    private mutating func type(_ spec: Node.Mapping, at node: Node) -> ParameterType? {
        switch spec["type"]?.string {
        case "string": return .string
        case "text": return .text
        case "integer": return .integer
        case "date": return .date
        case "boolean": return .boolean
        case "enumeration":
            let values = spec["values"]?.sequence?.compactMap(\.string) ?? []
            if values.isEmpty { report("an enumeration lists its 'values'", at: node) }
            return .enumeration(values)
        case "list":
            guard let items = spec["items"]?.mapping, let element = type(items, at: spec["items"] ?? node) else {
                report("a list declares its 'items' (e.g. items: {type: string})", at: node)
                return nil
            }
            return .list(element)
        case "record":
            guard let fields = spec["fields"] else {
                report("a record declares its 'fields'", at: node)
                return nil
            }
            return .record(parameters(fields))
        default:
            report(
                "'type' must be string, text, integer, date, boolean, enumeration, list or record",
                at: spec["type"] ?? node)
            return nil
        }
    }

    private mutating func report(_ message: String, at node: Node) {
        diagnostics.append(Diagnostic(.templateDeclaration, message, at: yaml.location(of: node)))
    }
}
