/// A position in a source file: the file's path, a 1-based line and a 1-based column (in characters).
///
/// Prints as `path:line:column`, the form editors and terminals recognise.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// An optional source location that never takes part in equality or hashing.
///
/// Model values carry where they were read from, but two documents with the same content are equal
/// whether they were parsed from a file or built in code.
public struct SourceAnchor: Hashable, Sendable, Codable {
    public var location: SourceLocation?

    public init(_ location: SourceLocation? = nil) {
        self.location = location
    }

    public static func == (lhs: SourceAnchor, rhs: SourceAnchor) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        location = container.decodeNil() ? nil : try container.decode(SourceLocation.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let location { try container.encode(location) } else { try container.encodeNil() }
    }
}

/// A value kept with a model value for presentation only: it never takes part in equality or hashing.
public struct IgnoredInEquality<Value: Sendable & Codable>: Hashable, Sendable, Codable {
    public var value: Value

    public init(_ value: Value) {
        self.value = value
    }

    public static func == (lhs: IgnoredInEquality, rhs: IgnoredInEquality) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Value.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
