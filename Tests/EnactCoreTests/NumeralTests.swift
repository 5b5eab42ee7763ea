import EnactCore
import Testing

struct NumeralTests {
    @Test func everyKanjiNumeralFromOneTo9999RoundTrips() {
        for value in 1...9999 {
            let text = Numeral.kanji.format(value)
            #expect(text.flatMap { Numeral.kanji.parse($0) } == value, "\(value) → \(text ?? "nil")")
        }
    }

    @Test(arguments: [
        (1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (23, "二十三"), (100, "百"), (105, "百五"),
        (110, "百十"), (1000, "千"), (1999, "千九百九十九"), (2026, "二千二十六"), (9999, "九千九百九十九"),
    ])
    func kanjiNumeralsUseStatutoryStyle(value: Int, text: String) {
        #expect(Numeral.kanji.format(value) == text)
        #expect(Numeral.kanji.parse(text) == value)
    }

    @Test func kanjiParsingRejectsNonStatutorySpellingsButReadsPositionalOnes() {
        #expect(Numeral.kanji.parse("一十") == nil)
        #expect(Numeral.kanji.parse("十十") == nil)
        #expect(Numeral.kanji.parse("百千") == nil)
        #expect(Numeral.kanji.parse("abc") == nil)
        #expect(Numeral.kanji.parse("二〇二六") == 2026)
        #expect(Numeral.kanji.format(10_000) == nil)
        #expect(Numeral.kanji.format(0) == nil)
    }

    @Test func irohaRunsFromIToN() {
        #expect(Numeral.iroha.format(1) == "イ")
        #expect(Numeral.iroha.format(2) == "ロ")
        #expect(Numeral.iroha.format(3) == "ハ")
        #expect(Numeral.iroha.format(48) == "ン")
        #expect(Numeral.iroha.format(49) == nil)
        for value in 1...48 {
            #expect(Numeral.iroha.format(value).flatMap { Numeral.iroha.parse($0) } == value)
        }
    }

    @Test func romanNumeralsRoundTripAndRejectNonCanonicalForms() {
        for value in 1...3999 {
            #expect(Numeral.romanUpper.format(value).flatMap { Numeral.romanUpper.parse($0) } == value)
            #expect(Numeral.romanLower.format(value).flatMap { Numeral.romanLower.parse($0) } == value)
        }
        #expect(Numeral.romanUpper.format(1994) == "MCMXCIV")
        #expect(Numeral.romanLower.format(4) == "iv")
        #expect(Numeral.romanUpper.parse("IIII") == nil)
        #expect(Numeral.romanUpper.parse("iv") == nil)
        #expect(Numeral.romanLower.parse("IV") == nil)
    }

    @Test func lettersContinuePastZByRepeating() {
        #expect(Numeral.letterLower.format(1) == "a")
        #expect(Numeral.letterLower.format(26) == "z")
        #expect(Numeral.letterLower.format(27) == "aa")
        #expect(Numeral.letterLower.format(28) == "bb")
        #expect(Numeral.letterUpper.format(53) == "AAA")
        for value in 1...200 {
            #expect(Numeral.letterLower.format(value).flatMap { Numeral.letterLower.parse($0) } == value)
            #expect(Numeral.letterUpper.format(value).flatMap { Numeral.letterUpper.parse($0) } == value)
        }
        #expect(Numeral.letterLower.parse("ab") == nil)
    }

    @Test func fullWidthDigitsConvertBothWays() {
        #expect(Numeral.fullWidthArabic.format(12) == "１２")
        #expect(Numeral.fullWidthArabic.parse("１２") == 12)
        #expect(Numeral.arabic.parse("012") == nil)
    }
}
