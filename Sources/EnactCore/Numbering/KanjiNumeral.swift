/// Kanji numerals in statutory style: 一 … 九 with 十, 百, 千 (二十三, 百五, 千九百九十九), 1 … 9999.
///
/// Parsing also accepts the positional style with 〇 (二〇二六), which appears in dates, but formatting
/// always uses the statutory style.
enum KanjiNumeral {
    private static let digits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let units: [(value: Int, sign: Character)] = [(1000, "千"), (100, "百"), (10, "十")]

    static func format(_ value: Int) -> String {
        var rest = value
        var text = ""
        for (unit, sign) in units {
            let count = rest / unit
            rest %= unit
            if count > 1 { text.append(digits[count]) }
            if count >= 1 { text.append(sign) }
        }
        if rest > 0 { text.append(digits[rest]) }
        return text
    }

    static func parse(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 8 else { return nil }
        if !text.contains(where: { "十百千".contains($0) }) { return parsePositional(text) }
        var total = 0
        var pending: Int?
        var lastUnit = Int.max
        for character in text {
            if let digit = digits.firstIndex(of: character), digit > 0 {
                guard pending == nil else { return nil }
                pending = digit
            } else if let unit = units.first(where: { $0.sign == character })?.value {
                guard unit < lastUnit, pending != 1 else { return nil }
                total += (pending ?? 1) * unit
                pending = nil
                lastUnit = unit
            } else {
                return nil
            }
        }
        total += pending ?? 0
        guard total >= 1, format(total) == text else { return nil }
        return total
    }

    private static func parsePositional(_ text: String) -> Int? {
        var total = 0
        for character in text {
            guard let digit = digits.firstIndex(of: character) else { return nil }
            total = total * 10 + digit
        }
        guard text.first != "〇", total >= 1, total <= 9999 else { return nil }
        return total
    }
}
