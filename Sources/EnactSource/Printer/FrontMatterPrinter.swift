import EnactCore

/// Writes ``Metadata`` as canonical YAML front matter: keys in a fixed order, absent values left out,
/// strings plain where YAML allows and double-quoted otherwise.
enum FrontMatterPrinter {
    static func print(_ metadata: Metadata, comments: [String] = []) -> String {
        var lines = ["---"]
        lines += comments.map { $0.isEmpty ? "#" : "# " + $0 }
        func add(_ key: String, _ value: String?) {
            // The reader takes an empty value for an error, and a missing one for nothing said.
            if let value, !value.isEmpty { lines.append("\(key): \(quoted(value))") }
        }
        add("title", metadata.title)
        add("short-title", metadata.shortTitle)
        add("kind", metadata.kind?.rawValue)
        add("jurisdiction", metadata.jurisdiction)
        add("language", metadata.language)
        add("tradition", metadata.tradition?.rawValue)
        add("number", metadata.number)
        add("session", metadata.session)
        if !metadata.dates.isEmpty {
            lines.append("dates:")
            for (key, date) in metadata.dates.present { lines.append("  \(key): \(date)") }
        }
        if !metadata.sponsors.isEmpty {
            lines.append("sponsors:")
            lines += metadata.sponsors.filter { !$0.isEmpty }.map { "  - \(quoted($0))" }
        }
        add("status", metadata.status?.rawValue)
        add("work", metadata.work?.description)
        add("dictionary", metadata.dictionary)
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML scalar for `value`: plain when that reads back as the same string, else double-quoted.
    static func quoted(_ value: String) -> String {
        isPlainSafe(value) ? value : doubleQuoted(value)
    }

    private static let unsafeAnywhere: Set<Unicode.Scalar> = [
        ":", "#", "{", "}", "[", "]", ",", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\\",
    ]

    /// Plain scalars that YAML 1.1 or 1.2 tools would read as something other than a string.
    private static func looksTyped(_ value: String) -> Bool {
        let lowered = value.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lowered) { return true }
        guard let first = value.unicodeScalars.first else { return false }
        return ("0"..."9").contains(first) || first == "+" || first == "." || lowered.hasPrefix("-.")
    }

    private static func isPlainSafe(_ value: String) -> Bool {
        guard !looksTyped(value) else { return false }
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        guard !first.properties.isWhitespace, !last.properties.isWhitespace, first != "-", first != "?" else {
            return false
        }
        return value.unicodeScalars.allSatisfy { scalar in
            !unsafeAnywhere.contains(scalar) && scalar.value >= 0x20 && scalar.value != 0x7F
                && !(0x80...0x9F).contains(scalar.value) && scalar != "\u{FEFF}" && scalar != "\u{2028}"
                && scalar != "\u{2029}"
        }
    }

    private static func doubleQuoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar == "\u{FEFF}" || scalar == "\u{2028}" || scalar == "\u{2029}"
                {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
