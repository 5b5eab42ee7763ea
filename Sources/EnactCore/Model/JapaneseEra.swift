/// The Japanese eras that Japan's standard law XML names in `<Law Era Year>`: 明治, 大正, 昭和, 平成, 令和.
public struct JapaneseEra: Hashable, Sendable {
    /// The attribute value (`Reiwa`).
    public let name: String
    /// The era's name in Japanese (`令和`).
    public let japaneseName: String
    /// The first day of the era.
    public let start: LegalDate

    private static func era(_ name: String, _ japaneseName: String, _ year: Int, _ month: Int, _ day: Int)
        -> JapaneseEra?
    {
        LegalDate(year: year, month: month, day: day).map {
            JapaneseEra(name: name, japaneseName: japaneseName, start: $0)
        }
    }

    /// The eras, latest first.
    public static let all: [JapaneseEra] = [
        era("Reiwa", "令和", 2019, 5, 1), era("Heisei", "平成", 1989, 1, 8), era("Showa", "昭和", 1926, 12, 25),
        era("Taisho", "大正", 1912, 7, 30), era("Meiji", "明治", 1868, 10, 23),
    ].compactMap { $0 }

    /// The era of a date and the year within it (令和八年 for 2026); nil before 明治.
    public static func of(_ date: LegalDate) -> (era: JapaneseEra, year: Int)? {
        guard let era = all.first(where: { $0.start <= date }) else { return nil }
        return (era, date.year - era.start.year + 1)
    }

    /// The era with an attribute value.
    public static func named(_ name: String) -> JapaneseEra? {
        all.first { $0.name == name }
    }

    /// The era and year a law number names: (平成, 17) for 平成十七年法律第八十六号, (令和, 1) for 令和元年…; nil when it
    /// does not begin with an era and a year.
    public static func ofLawNumber(_ number: String) -> (era: JapaneseEra, year: Int)? {
        guard let era = all.first(where: { number.hasPrefix($0.japaneseName) }) else { return nil }
        let rest = number.dropFirst(era.japaneseName.count)
        guard let end = rest.firstIndex(of: "年") else { return nil }
        let digits = rest[..<end]
        if digits == "元" { return (era, 1) }
        return Numeral.kanji.parse(digits).map { (era, $0) }
    }
}
