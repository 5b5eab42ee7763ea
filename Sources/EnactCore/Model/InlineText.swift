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

    /// Two runs of text joined by one space (the paragraphs of a block read as one text).
    public static func joined(_ first: [Inline], _ second: [Inline]) -> [Inline] {
        guard !first.isEmpty else { return second }
        guard !second.isEmpty else { return first }
        return normalised(first + [.text(" ")] + second)
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
        let utf8 = text.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
        var needsWork = false
        var previousWasSpace = false
        for byte in utf8 {
            let space = isSpace(byte)
            if space && (byte != 0x20 || previousWasSpace) {
                needsWork = true
                break
            }
            previousWasSpace = space
        }
        guard needsWork else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var inSpace = false
        for byte in utf8 {
            if isSpace(byte) {
                if !inSpace { bytes.append(0x20) }
                inSpace = true
            } else {
                bytes.append(byte)
                inSpace = false
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
