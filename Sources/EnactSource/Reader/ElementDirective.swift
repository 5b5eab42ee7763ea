import EnactCore

/// How the element an imported division was read from (``SourceElement``) is spelled in source: its name, its
/// attributes as `name="value"` (with `\"` and `\\` inside the quotes), and `kept-whole` when the division's text
/// is the element itself.
///
/// ```
/// @element: list
/// @element: hcontainer name="schedule"
/// @element: tblock kept-whole
/// ```
enum ElementDirective {
    static let keptWhole = "kept-whole"

    /// The element a line's value names.
    static func read(_ value: Substring, column: Int) throws(DirectiveParser.Failure) -> SourceElement {
        func failure(_ message: String) -> DirectiveParser.Failure {
            DirectiveParser.Failure(id: .invalidAnnotation, message: message, column: column + 1)
        }
        var rest = DirectiveParser.trimmed(value)
        let name = rest.prefix { !$0.isWhitespace }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw failure("'element:' takes an element name, then its attributes as name=\"value\"")
        }
        var element = SourceElement(name: String(name))
        rest = rest.dropFirst(name.count).drop { $0.isWhitespace }
        while !rest.isEmpty {
            if rest.hasPrefix(keptWhole), rest.dropFirst(keptWhole.count).first?.isWhitespace ?? true {
                element.isKeptWhole = true
                rest = rest.dropFirst(keptWhole.count).drop { $0.isWhitespace }
                continue
            }
            let attribute = rest.prefix { $0 != "=" && !$0.isWhitespace }
            rest = rest.dropFirst(attribute.count)
            guard !attribute.isEmpty, rest.hasPrefix("=\"") else {
                throw failure("an attribute of '@element:' is written name=\"value\"")
            }
            rest = rest.dropFirst()
            guard let value = SourceQuoting.read(&rest) else {
                throw failure("the value of '\(attribute)' must end with '\"'")
            }
            element.attributes[String(attribute)] = value
            rest = rest.drop { $0.isWhitespace }
        }
        return element
    }

    /// The value that reads back as `element`.
    static func print(_ element: SourceElement) -> String {
        var parts = [element.name]
        for (name, value) in element.attributes.sorted(by: { $0.key < $1.key }) {
            parts.append("\(name)=" + SourceQuoting.quoted(value))
        }
        if element.isKeptWhole { parts.append(keptWhole) }
        return parts.joined(separator: " ")
    }
}
