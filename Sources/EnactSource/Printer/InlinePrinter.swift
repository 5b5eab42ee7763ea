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
        // A line that would read as a directive or a comment starts with a backslash.
        func escapedStart(_ line: Substring) -> String {
            line.hasPrefix("@") || line.hasPrefix("//") ? "\\" + line : String(line)
        }
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return escapedStart(text[...]) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(escapedStart).joined(separator: "\\\n")
    }

    private static func markup(_ tag: String, _ value: String, _ shown: String?) -> String {
        "{\(tag):\(escapedValue(value))" + (shown.map { "|" + escapedValue($0) } ?? "") + "}"
    }

    /// Plain text with the characters that open or close markup escaped.
    private static func escapedText(_ text: String) -> String {
        escaped(text, newlines: false) {
            $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}")
        }
    }

    /// A markup value: also `|`, which separates values, and line ends, written `\n`.
    private static func escapedValue(_ text: String) -> String {
        escaped(text, newlines: true) {
            $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "|")
        }
    }

    /// `text` with a backslash before every byte `special` names (all ASCII, so never inside a multi-byte
    /// character), and with `newlines`, each line feed as `\n`; byte by byte, as values can be whole documents'
    /// worth of kept markup.
    private static func escaped(_ text: String, newlines: Bool, _ special: (UInt8) -> Bool) -> String {
        let newline = UInt8(ascii: "\n")
        guard text.utf8.contains(where: { special($0) || (newlines && $0 == newline) }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        for byte in text.utf8 {
            if newlines, byte == newline {
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                continue
            }
            if special(byte) { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
