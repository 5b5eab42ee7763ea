/// Values in double quotes on an `@` line, with `\"` and `\\` inside the quotes (`@designation: " (a) "`,
/// `@element: hcontainer name="schedule"`).
enum SourceQuoting {
    /// The value of the quoted string at the start of `text` (which begins with `"`), consuming it up to and with
    /// its closing quote; nil when the quote is never closed.
    static func read(_ text: inout Substring) -> String? {
        var result = ""
        var escaped = false
        var rest = text.dropFirst()
        while let character = rest.first {
            rest = rest.dropFirst()
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                text = rest
                return result
            } else {
                result.append(character)
            }
        }
        return nil
    }

    /// The value in quotes, escaped so that ``read(_:)`` gives it back.
    static func quoted(_ value: String) -> String {
        var quoted = "\""
        for character in value {
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
