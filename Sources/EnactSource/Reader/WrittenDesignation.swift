/// How a designation as written (`@designation: § 3.`) is spelled in source: as it is, or in double quotes when
/// it has spaces at either end or begins with a quote, with `\"` and `\\` inside the quotes.
///
/// ```
/// @designation: § 3301.          § 3301.
/// @designation:                  (printed without a designation)
/// @designation: " (a) "          (a) with a space on either side
/// ```
enum WrittenDesignation {
    /// The designation a line's value spells.
    static func read(_ value: Substring, column: Int) throws(DirectiveParser.Failure) -> String {
        let text = DirectiveParser.trimmed(value)
        guard text.first == "\"" else { return String(text) }
        var result = ""
        var escaped = false
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                if text.index(after: index) == text.endIndex { return result }
                break
            } else {
                result.append(character)
            }
            index = text.index(after: index)
        }
        throw DirectiveParser.Failure(
            id: .invalidAnnotation, message: "a quoted designation must end with '\"' and nothing after it",
            column: column + 1)
    }

    /// The value that reads back as `designation`.
    static func print(_ designation: String) -> String {
        let needsQuotes =
            designation.first == "\"" || designation.first.map(isBlank) == true
            || designation.last.map(isBlank) == true
        guard needsQuotes else { return designation }
        var quoted = "\""
        for character in designation {
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }

    private static func isBlank(_ character: Character) -> Bool {
        character == " " || character == "\t"
    }
}
