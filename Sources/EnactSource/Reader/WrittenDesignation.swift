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
        var text = DirectiveParser.trimmed(value)
        guard text.first == "\"" else { return String(text) }
        guard let designation = SourceQuoting.read(&text), text.isEmpty else {
            throw DirectiveParser.Failure(
                id: .invalidAnnotation, message: "a quoted designation must end with '\"' and nothing after it",
                column: column + 1)
        }
        return designation
    }

    /// The value that reads back as `designation`.
    static func print(_ designation: String) -> String {
        let needsQuotes =
            designation.first == "\"" || designation.first.map(isBlank) == true
            || designation.last.map(isBlank) == true
        return needsQuotes ? SourceQuoting.quoted(designation) : designation
    }

    private static func isBlank(_ character: Character) -> Bool {
        character == " " || character == "\t"
    }
}
