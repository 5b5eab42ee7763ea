/// A parameter a template declares: what a parameter file must or may give it.
public struct TemplateParameter: Sendable, Equatable {
    /// The name used in parameter files and in the template's tags (`{{partner}}`).
    public var name: String
    public var type: ParameterType
    /// Whether a parameter file must give a value; a parameter with a default is never required.
    public var isRequired: Bool
    /// The value used when a parameter file gives none, as YAML text would give it.
    public var defaultValue: ParameterValue?
    /// What the parameter means, for `enact templates show`.
    public var description: String

    public init(
        name: String, type: ParameterType, isRequired: Bool = false, defaultValue: ParameterValue? = nil,
        description: String = ""
    ) {
        self.name = name
        self.type = type
        self.isRequired = isRequired
        self.defaultValue = defaultValue
        self.description = description
    }
}

/// The type of a template parameter.
public indirect enum ParameterType: Sendable, Equatable, CustomStringConvertible {
    /// One line of plain text; Enact markup characters in it are escaped.
    case string
    /// One or more lines of Enact inline source (markup such as `{term:…}` allowed).
    case text
    case integer
    /// A date written `yyyy-mm-dd`.
    case date
    case boolean
    /// One of a fixed set of words.
    case enumeration([String])
    /// Any number of values of one type.
    case list(ParameterType)
    /// Named fields, each a parameter of its own.
    case record([TemplateParameter])

    public var description: String {
        switch self {
        case .string: "string"
        case .text: "text"
        case .integer: "integer"
        case .date: "date"
        case .boolean: "boolean"
        case .enumeration(let values): "one of \(values.joined(separator: ", "))"
        case .list(let element): "list of \(element)"
        case .record(let fields): "record (\(fields.map(\.name).joined(separator: ", ")))"
        }
    }
}

/// A parameter value after validation.
public indirect enum ParameterValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case date(String)
    case boolean(Bool)
    case list([ParameterValue])
    case record([String: ParameterValue])
}
