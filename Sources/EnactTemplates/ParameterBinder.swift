import EnactCore
import EnactSource
import Yams

/// Checks YAML values against parameter declarations: a diagnostic at the line and column of every missing,
/// unknown, ill-typed or out-of-enumeration value.
struct ParameterBinder {
    let yaml: YAMLDiagnostics
    private(set) var diagnostics: [Diagnostic] = []

    init(yaml: YAMLDiagnostics) {
        self.yaml = yaml
    }

    /// The values of `mapping` for `parameters`, defaults filled in; `ignoring` names keys that are not
    /// parameters (such as `language`). `owner` places a diagnostic about a missing value.
    mutating func bind(
        _ mapping: Node.Mapping, to parameters: [TemplateParameter], ignoring reserved: Set<String> = [], owner: Node,
        path: String = ""
    ) -> [String: ParameterValue] {
        var values: [String: ParameterValue] = [:]
        let declared = Dictionary(parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string, !reserved.contains(key) else { continue }
            guard let parameter = declared[key] else {
                let known = parameters.map(\.name).joined(separator: ", ")
                report(
                    .unknownParameter, "unknown parameter '\(path)\(key)'; the template declares: \(known)",
                    at: keyNode)
                continue
            }
            if let value = bind(valueNode, as: parameter.type, name: "\(path)\(key)") { values[key] = value }
        }
        for parameter in parameters where values[parameter.name] == nil && mapping[parameter.name] == nil {
            if let value = parameter.defaultValue {
                values[parameter.name] = value
            } else if parameter.isRequired {
                report(
                    .missingParameter, "missing required parameter '\(path)\(parameter.name)' (\(parameter.type))",
                    at: owner)
            }
        }
        return values
    }

    /// The value of one node as `type`; nil (with a diagnostic) when it is not one.
    mutating func bind(_ node: Node, as type: ParameterType, name: String) -> ParameterValue? {
        switch type {
        case .string, .text:
            guard let text = scalar(node, name, type) else { return nil }
            if type == .string, text.contains(where: \.isNewline) {
                return mismatch(node, name, "a single line of text (use type text for several lines)")
            }
            return .string(text)
        case .integer:
            guard let text = scalar(node, name, type) else { return nil }
            guard let value = Int(text) else { return mismatch(node, name, "an integer, not '\(text)'") }
            return .integer(value)
        case .date:
            guard let text = scalar(node, name, type) else { return nil }
            guard LegalDate(iso: text) != nil else {
                return mismatch(node, name, "a date written yyyy-mm-dd, not '\(text)'")
            }
            return .date(text)
        case .boolean:
            guard let text = scalar(node, name, type) else { return nil }
            switch text {
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            default: return mismatch(node, name, "true or false, not '\(text)'")
            }
        case .enumeration(let choices):
            guard let text = scalar(node, name, type) else { return nil }
            guard choices.contains(text) else {
                report(
                    .invalidParameter,
                    "'\(text)' is not a value of '\(name)'; expected one of: \(choices.joined(separator: ", "))",
                    at: node)
                return nil
            }
            return .string(text)
        case .list(let element):
            guard let sequence = node.sequence else { return mismatch(node, name, "a list") }
            return .list(
                sequence.enumerated().compactMap { index, item in bind(item, as: element, name: "\(name)[\(index)]") })
        case .record(let fields):
            guard let mapping = node.mapping else {
                return mismatch(node, name, "a mapping of \(fields.map(\.name).joined(separator: ", "))")
            }
            return .record(bind(mapping, to: fields, owner: node, path: "\(name)."))
        }
    }

    private mutating func scalar(_ node: Node, _ name: String, _ type: ParameterType) -> String? {
        guard let scalar = node.scalar else {
            _ = mismatch(node, name, type == .text || type == .string ? "text" : "a single value (\(type))")
            return nil
        }
        return scalar.string
    }

    private mutating func mismatch(_ node: Node, _ name: String, _ expected: String) -> ParameterValue? {
        report(.invalidParameter, "'\(name)' must be \(expected)", at: node)
        return nil
    }

    private mutating func report(_ id: DiagnosticID, _ message: String, at node: Node) {
        diagnostics.append(Diagnostic(id, message, at: yaml.location(of: node)))
    }
}
