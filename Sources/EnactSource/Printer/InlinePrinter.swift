import EnactCore

/// Writes inlines back as source text with markup, escaping what the reader would otherwise interpret.
enum InlinePrinter {
    static func print(_ inlines: [Inline]) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case .text(let plain): text += escapedText(plain)
            case .reference(let reference):
                let target =
                    switch reference.target {
                    case .label(let label): "#" + label
                    case .external(let uri): uri
                    }
                text += markup("ref", target, reference.text)
            case .definition(let definition): text += markup("def", definition.term, nil)
            case .termUse(let use): text += markup("term", use.term, use.text)
            case .emphasis(let emphasis): text += markup("em", emphasis, nil)
            case .date(let date): text += markup("date", date.date.description, date.text)
            case .ruby(let ruby): text += markup("ruby", ruby.base, ruby.reading)
            case .preserved(let preserved):
                text += "{xml:\(escapedValue(preserved.format))|\(escapedValue(preserved.text))|"
                text += escapedValue(preserved.markup) + "}"
            }
        }
        // A line break continues the text on the next line, after a backslash that ends the line.
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("@") || line.hasPrefix("//") ? "\\" + line : line
        }.joined(separator: "\\\n")
    }

    private static func markup(_ tag: String, _ value: String, _ shown: String?) -> String {
        "{\(tag):\(escapedValue(value))" + (shown.map { "|" + escapedValue($0) } ?? "") + "}"
    }

    private static func escapedText(_ text: String) -> String {
        guard
            text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }
            )
        else {
            return text
        }
        var result = ""
        for character in text {
            if character == "\\" || character == "{" || character == "}" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private static func escapedValue(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "\n" {
                result += "\\n"
                continue
            }
            if character == "\\" || character == "{" || character == "}" || character == "|" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
