/// Splits text into the tokens a word-level diff compares: words (letters and digits) for Latin scripts, one
/// token per character for Japanese and Chinese script (so that a changed particle or numeral in 第三条 shows
/// as such), and each run of whitespace or each punctuation mark on its own.
enum Tokenizer {
    static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start = text.startIndex
        var current: Class?
        for index in text.indices {
            let kind = Class(text[index])
            if let open = current, open == kind, kind.joins { continue }
            if index > start { tokens.append(text[start..<index]) }
            start = index
            current = kind
        }
        if start < text.endIndex { tokens.append(text[start...]) }
        return tokens
    }

    private enum Class: Equatable {
        case word, space, ideograph, other

        init(_ character: Character) {
            if let ascii = character.asciiValue {
                switch ascii {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): self = .space
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"),
                    UInt8(ascii: "'"):
                    self = .word
                default: self = .other
                }
            } else if character.isWhitespace {
                self = .space
            } else if character.unicodeScalars.contains(where: Self.isCJK) {
                self = .ideograph
            } else if character.isLetter || character.isNumber || character == "'" || character == "’" {
                self = .word
            } else {
                self = .other
            }
        }

        /// Whether consecutive characters of the class form one token.
        var joins: Bool { self == .word || self == .space }

        private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: true
            default: false
            }
        }
    }
}
