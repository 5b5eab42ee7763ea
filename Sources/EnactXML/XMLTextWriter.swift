import Foundation

/// Builds XML text: elements opened on entry and closed on exit, attributes and text escaped, block elements
/// indented, inline content kept on one line.
public struct XMLTextWriter: Sendable {
    public private(set) var output = ""
    private var open: [String] = []

    /// Starts a document with the XML declaration and, when given, a comment.
    public init(declaration: Bool = true, comment: String? = nil) {
        output.reserveCapacity(1 << 16)
        if declaration { output += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" }
        if let comment { output += "<!-- " + comment.replacingOccurrences(of: "--", with: "- -") + " -->\n" }
    }

    /// Opens a block element on its own line.
    public mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        indent()
        output += "<" + name + Self.attributes(attributes) + ">\n"
        open.append(name)
    }

    /// Closes the innermost open element.
    public mutating func close() {
        guard let name = open.popLast() else { return }
        indent()
        output += "</\(name)>\n"
    }

    /// An element on one line whose content is already-written inline XML.
    public mutating func line(_ name: String, _ attributes: [(String, String?)] = [], inline content: String) {
        indent()
        output += "<" + name + Self.attributes(attributes) + ">" + content + "</\(name)>\n"
    }

    /// An element on one line holding escaped text.
    public mutating func line(_ name: String, _ attributes: [(String, String?)] = [], text: String) {
        line(name, attributes, inline: Self.escaped(text))
    }

    /// Markup written as it is (an element kept whole from a document), on its own line.
    public mutating func markup(_ markup: String) {
        indent()
        output += markup + "\n"
    }

    /// An empty element on its own line.
    public mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        indent()
        output += "<" + name + Self.attributes(attributes) + "/>\n"
    }

    private mutating func indent() {
        output += String(repeating: "  ", count: open.count)
    }

    /// ` name="value"` for every attribute with a value, escaped.
    public static func attributes(_ attributes: [(String, String?)]) -> String {
        var text = ""
        for (name, value) in attributes {
            guard let value else { continue }
            text += " \(name)=\"\(escapedAttribute(value))\""
        }
        return text
    }

    /// Text escaped for element content.
    public static func escaped(_ text: String) -> String {
        guard
            text.utf8.contains(where: {
                $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: ">") || $0 < 0x20
            })
        else {
            return text
        }
        return escaping(text, inAttribute: false)
    }

    /// Text escaped for an attribute value.
    public static func escapedAttribute(_ text: String) -> String {
        escaping(text, inAttribute: true)
    }

    /// Replaces markup characters by entities and drops control characters XML 1.0 cannot hold; in attributes
    /// also quotes, line ends and tabs.
    private static func escaping(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"" where inAttribute: result += "&quot;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
