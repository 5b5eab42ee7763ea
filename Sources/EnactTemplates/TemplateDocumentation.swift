/// A template described for people: what it drafts, its languages and each parameter.
public struct TemplateDocumentation: Sendable {
    public let text: String

    public init(_ template: Template) {
        var text = "\(template.name): \(template.summary)\n"
        text += "languages: \(template.bodies.keys.sorted().joined(separator: ", "))"
        text += template.bodies.count > 1 ? " (choose with 'language:' in the parameter file)\n" : "\n"
        text += "\nparameters:\n"
        Self.describe(template.parameters, indent: "  ", into: &text)
        self.text = text
    }

    private static func describe(_ parameters: [TemplateParameter], indent: String, into text: inout String) {
        for parameter in parameters {
            var line = "\(indent)\(parameter.name): \(parameter.type)"
            if parameter.isRequired { line += ", required" }
            if let value = parameter.defaultValue { line += ", default \(Self.show(value))" }
            text += line + "\n"
            if !parameter.description.isEmpty { text += "\(indent)    \(parameter.description)\n" }
            switch parameter.type {
            case .record(let fields), .list(.record(let fields)): describe(fields, indent: indent + "    ", into: &text)
            default: break
            }
        }
    }

    private static func show(_ value: ParameterValue) -> String {
        switch value {
        case .string(let text), .date(let text): text
        case .integer(let number): String(number)
        case .boolean(let flag): String(flag)
        case .list(let items): "[" + items.map(show).joined(separator: ", ") + "]"
        case .record(let fields):
            "{" + fields.sorted { $0.key < $1.key }.map { "\($0.key): \(show($0.value))" }.joined(separator: ", ") + "}"
        }
    }
}
