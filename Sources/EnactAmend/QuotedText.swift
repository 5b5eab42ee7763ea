/// Quotation marks around struck and inserted text: 「」 in 改め文, “ ” in US instructions. Quotations nest
/// (「「台湾」という。」), so a quoted text is readable back only when its own marks balance.
struct QuotationMarks: Sendable, Equatable {
    let open: Character
    let close: Character

    /// What may follow a quotation in a sentence, when the marks say it (a quotation is then read to the first
    /// closing mark that such words follow); empty when any text may.
    var followers: [String] = []

    static let japanese = QuotationMarks(
        open: "「", close: "」", followers: ["を", "の下に", "の上に", "に", "、", "及び", "並びに", "。"])
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
    /// with a complete quotation. Real 改め文 quote the end of a quotation (「の売買の相手方」」, 「労働審判前の措置」と」):
    /// a closing mark that leaves the marks balanced ends the quotation only where the sentence goes on after it
    /// (one of ``followers``, or another closing mark for marks without them).
    func read(_ text: Substring) -> (quoted: String, rest: Substring)? {
        guard text.first == open else { return nil }
        var depth = 0
        for index in text.indices {
            if text[index] == open {
                depth += 1
            } else if text[index] == close {
                depth -= 1
                let after = text[text.index(after: index)...]
                let goesOn =
                    followers.isEmpty
                    ? after.first != close : after.isEmpty || followers.contains { after.hasPrefix($0) }
                if depth <= 0, goesOn {
                    return (String(text[text.index(after: text.startIndex)..<index]), text[text.index(after: index)...])
                }
            }
        }
        return nil
    }
}
