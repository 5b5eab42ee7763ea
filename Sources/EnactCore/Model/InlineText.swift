/// Operations on runs of inline content that every reader needs.
public enum InlineText {
    /// Adjacent plain texts merged and empty ones dropped, so that equal text has one representation.
    public static func merged(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(inlines.count)
        for inline in inlines {
            if case .text(let next) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else if case .text(let text) = inline, text.isEmpty {
                continue
            } else {
                result.append(inline)
            }
        }
        return result
    }

    /// Merged, with every run of white space in plain text (line ends and indentation of XML) made one space,
    /// and white space at both ends removed.
    public static func normalised(_ inlines: [Inline]) -> [Inline] {
        var result = merged(inlines).map { inline -> Inline in
            guard case .text(let text) = inline else { return inline }
            return .text(collapsed(text))
        }
        if case .text(let first)? = result.first {
            let trimmed = String(first.drop { $0 == " " })
            if trimmed.isEmpty { result.removeFirst() } else { result[0] = .text(trimmed) }
        }
        if case .text(var last)? = result.last {
            while last.last == " " { last.removeLast() }
            if last.isEmpty { result.removeLast() } else { result[result.count - 1] = .text(last) }
        }
        return result
    }

    /// The text with every run of white space made one space and no space at either end: for headings and
    /// notes read from XML.
    public static func collapsingWhitespace(_ text: String) -> String {
        var result = collapsed(text)
        while result.first == " " { result.removeFirst() }
        while result.last == " " { result.removeLast() }
        return result
    }

    private static func collapsed(_ text: String) -> String {
        var result = ""
        var inSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                if !inSpace { result.unicodeScalars.append(" ") }
                inSpace = true
            } else {
                result.unicodeScalars.append(scalar)
                inSpace = false
            }
        }
        return result
    }
}
