import EnactCore

/// Reads the designation of a division written in Japanese statutory style:
/// 第一編 第二章 第三節 第一款 第一目 第十二条の二 (groups and articles), ２ (項), 十二の二 (号), イ (号の細分),
/// （１） and （ｉ） (further subdivisions).
enum JapaneseDesignation {
    private static let groupSigns: [Character: DivisionKind] = [
        "編": .part, "章": .chapter, "節": .section, "款": .subsection, "目": .division, "条": .article,
    ]
    private static let kanjiStarts: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千"]

    /// The kind and number a designation names; nil when the word is not a designation at all. Throws when it
    /// looks like one but its number cannot be read.
    static func parse(_ word: Substring) throws(DirectiveParser.Failure) -> (DivisionKind, DivisionNumber)? {
        guard let first = word.first else { return nil }
        if first == "第" {
            guard let signIndex = word.firstIndex(where: { groupSigns[$0] != nil }),
                let kind = groupSigns[word[signIndex]]
            else {
                return nil
            }
            let main = word[word.index(after: word.startIndex)..<signIndex]
            let number = try number(main: main, branches: word[word.index(after: signIndex)...], word: word)
            return (kind, number)
        }
        if first.isASCII ? first.isNumber : ("０"..."９").contains(first) {
            let parts = FullWidth.ascii(String(word)).split(separator: "-", omittingEmptySubsequences: false)
            let values = parts.map { Numeral.arabic.parse($0) }
            guard values.allSatisfy({ $0 != nil }), let number = DivisionNumber(values.compactMap { $0 }) else {
                throw failure(word)
            }
            return (.paragraph, number)
        }
        if kanjiStarts.contains(first) {
            let parts = word.split(separator: "の", omittingEmptySubsequences: false)
            return (.item, try number(main: parts[0], branches: word.dropFirst(parts[0].count), word: word))
        }
        if Numeral.iroha.parse(String(first)) != nil {
            guard let value = Numeral.iroha.parse(String(first)) else { throw failure(word) }
            let branches = try branchNumbers(word.dropFirst(), word: word)
            return (.subitem, DivisionNumber([value] + branches) ?? DivisionNumber(value))
        }
        if first == "（" || first == "(" {
            let inner = FullWidth.ascii(String(word.dropFirst().dropLast()))
            if let value = Numeral.arabic.parse(inner) { return (.subitem2, DivisionNumber(value)) }
            if let value = Numeral.romanLower.parse(inner) { return (.subitem3, DivisionNumber(value)) }
            throw failure(word)
        }
        return nil
    }

    private static func number(main: Substring, branches: Substring, word: Substring) throws(DirectiveParser.Failure)
        -> DivisionNumber
    {
        guard let value = Numeral.kanji.parse(main) else { throw failure(word) }
        let branchValues = try branchNumbers(branches, word: word)
        guard let number = DivisionNumber([value] + branchValues) else { throw failure(word) }
        return number
    }

    /// Reads `の二の三` into `[2, 3]`.
    private static func branchNumbers(_ text: Substring, word: Substring) throws(DirectiveParser.Failure) -> [Int] {
        guard !text.isEmpty else { return [] }
        guard text.first == "の" else { throw failure(word) }
        var values: [Int] = []
        for part in text.dropFirst().split(separator: "の", omittingEmptySubsequences: false) {
            guard let value = Numeral.kanji.parse(part) else { throw failure(word) }
            values.append(value)
        }
        return values
    }

    private static func failure(_ word: Substring) -> DirectiveParser.Failure {
        DirectiveParser.Failure(
            id: .invalidNumber, message: "cannot read the number in '\(word)' (write e.g. 第十二条の二, ２, 十二, イ)",
            column: 0)
    }
}
