/// A system for writing one positive integer: Arabic, roman, letters, kanji, iroha.
///
/// Every numeral formats and parses its own output: `parse(format(n)) == n` over its range.
public enum Numeral: String, Hashable, Sendable, Codable, CaseIterable {
    /// 1, 2, 3
    case arabic
    /// １, ２, ３ (full-width digits, for 項 numbers in Japanese text)
    case fullWidthArabic
    /// I, II, III … up to 3999
    case romanUpper
    /// i, ii, iii … up to 3999
    case romanLower
    /// a … z, aa … zz, aaa …: the letter repeated, as in US Code paragraphs
    case letterLower
    /// A … Z, AA … ZZ, AAA …
    case letterUpper
    /// 一, 十, 二十三, 百, 千九百九十九 … up to 9999, in statutory style (十/百/千, never 〇)
    case kanji
    /// イ, ロ, ハ … in iroha order, 48 signs ending in ン
    case iroha

    /// The largest number the numeral can write.
    public var maximum: Int {
        switch self {
        case .arabic, .fullWidthArabic: Int.max
        case .romanUpper, .romanLower: 3999
        case .letterLower, .letterUpper: 26 * 50
        case .kanji: 9999
        case .iroha: IrohaNumeral.signs.count
        }
    }

    /// Writes `value`; nil when it is outside 1 … ``maximum``.
    public func format(_ value: Int) -> String? {
        guard value >= 1, value <= maximum else { return nil }
        switch self {
        case .arabic: return String(value)
        case .fullWidthArabic: return FullWidth.digits(String(value))
        case .romanUpper: return RomanNumeral.format(value)
        case .romanLower: return RomanNumeral.format(value).lowercased()
        case .letterLower: return LetterNumeral.format(value, uppercase: false)
        case .letterUpper: return LetterNumeral.format(value, uppercase: true)
        case .kanji: return KanjiNumeral.format(value)
        case .iroha: return IrohaNumeral.format(value)
        }
    }

    /// Reads a numeral written in this system; nil when `text` is not one.
    public func parse(_ text: some StringProtocol) -> Int? {
        let text = String(text)
        switch self {
        case .arabic: return ArabicNumeral.parse(text)
        case .fullWidthArabic: return ArabicNumeral.parse(FullWidth.ascii(text))
        case .romanUpper: return text == text.uppercased() ? RomanNumeral.parse(text) : nil
        case .romanLower: return text == text.lowercased() ? RomanNumeral.parse(text.uppercased()) : nil
        case .letterLower: return LetterNumeral.parse(text, uppercase: false)
        case .letterUpper: return LetterNumeral.parse(text, uppercase: true)
        case .kanji: return KanjiNumeral.parse(text)
        case .iroha: return IrohaNumeral.parse(text)
        }
    }
}

/// Decimal digits, ASCII or full width, without sign or leading zero.
enum ArabicNumeral {
    static func parse(_ text: String) -> Int? {
        let ascii = FullWidth.ascii(text)
        guard !ascii.isEmpty, ascii.count <= 9, ascii.first != "0", ascii.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return Int(ascii)
    }
}

/// Conversion between ASCII and full-width forms (U+FF01 … U+FF5E).
public enum FullWidth {
    /// Replaces ASCII digits by full-width digits.
    public static func digits(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    ("0"..."9").contains(scalar) ? Unicode.Scalar(scalar.value + 0xFEE0) ?? scalar : scalar
                }))
    }

    /// Replaces ASCII letters and digits by their full-width forms.
    public static func alphanumerics(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    scalar.isASCII && scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        ? Unicode.Scalar(scalar.value + 0xFEE0) ?? scalar : scalar
                }))
    }

    /// Replaces full-width ASCII forms (！ … ～) by ASCII.
    public static func ascii(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar : scalar
                }))
    }
}
