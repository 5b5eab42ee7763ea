/// Roman numerals 1 … 3999 in subtractive form (IV, IX, XL, XC, CD, CM).
enum RomanNumeral {
    private static let table: [(value: Int, symbol: String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    static func format(_ value: Int) -> String {
        var rest = value
        var text = ""
        for (amount, symbol) in table {
            while rest >= amount {
                text += symbol
                rest -= amount
            }
        }
        return text
    }

    /// Parses upper-case roman numerals; only the canonical spelling of a number is accepted.
    static func parse(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 15 else { return nil }
        var total = 0
        var index = text.startIndex
        for (amount, symbol) in table {
            while text[index...].hasPrefix(symbol) {
                total += amount
                index = text.index(index, offsetBy: symbol.count)
            }
        }
        guard index == text.endIndex, total >= 1, format(total) == text else { return nil }
        return total
    }
}

/// Letters: a … z, then aa … zz, then aaa …, the way US and many statutes continue past z.
enum LetterNumeral {
    static func format(_ value: Int, uppercase: Bool) -> String {
        let base: UInt32 = uppercase ? 65 : 97
        let letter = Character(Unicode.Scalar(base + UInt32((value - 1) % 26)) ?? "a")
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    static func parse(_ text: String, uppercase: Bool) -> Int? {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.allSatisfy({ $0 == first }) else {
            return nil
        }
        let range: ClosedRange<Unicode.Scalar> = uppercase ? "A"..."Z" : "a"..."z"
        guard range.contains(first) else { return nil }
        let count = text.unicodeScalars.count
        guard count <= 50 else { return nil }
        return (count - 1) * 26 + Int(first.value - range.lowerBound.value) + 1
    }
}

/// The iroha order used for 号の細分: イ, ロ, ハ … ス, ン.
enum IrohaNumeral {
    static let signs: [Character] = Array("イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン")

    static func format(_ value: Int) -> String { String(signs[value - 1]) }

    static func parse(_ text: String) -> Int? {
        guard text.count == 1, let sign = text.first, let index = signs.firstIndex(of: sign) else { return nil }
        return index + 1
    }
}
