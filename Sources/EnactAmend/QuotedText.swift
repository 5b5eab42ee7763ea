/// Quotation marks around struck and inserted text: 「」 in 改め文, “ ” in US instructions. Quotations nest
/// (「「台湾」という。」), so a quoted text is readable back only when its own marks balance.
struct QuotationMarks: Sendable, Equatable {
    let open: Character
    let close: Character

    static let japanese = QuotationMarks(open: "「", close: "」")
    static let english = QuotationMarks(open: "“", close: "”")

    func quote(_ text: String) -> String { "\(open)\(text)\(close)" }

    /// Whether `text`'s own marks pair up, so that it can be quoted and read back.
    func isBalanced(_ text: some StringProtocol) -> Bool {
        var depth = 0
        for character in text {
            if character == open {
                depth += 1
            } else if character == close {
                depth -= 1
                if depth < 0 { return false }
            }
        }
        return depth == 0
    }

    /// Reads the quotation that starts `text`: its content and what follows it; nil when `text` does not start
    /// with a complete quotation. A quotation whose closing mark is followed by another (「の売買の相手方」」) quotes
    /// the end of a quotation: its content keeps the first mark, as real 改め文 print it.
    func read(_ text: Substring) -> (quoted: String, rest: Substring)? {
        guard text.first == open else { return nil }
        var depth = 0
        for index in text.indices {
            if text[index] == open {
                depth += 1
            } else if text[index] == close {
                depth -= 1
                if depth <= 0, text[text.index(after: index)...].first != close {
                    return (String(text[text.index(after: text.startIndex)..<index]), text[text.index(after: index)...])
                }
            }
        }
        return nil
    }
}
