extension Tradition {
    /// The number of a division as citations and identifiers write it (USLM's `num value`): `I`, `3A`, `b`, `1`, `A`; for an imported
    /// division, the numeral of its written number (`22` in `Title 22—`, `3310a` in `§ 3310a.`).
    public func numeral(of division: Division) -> String {
        if let written = division.writtenDesignation, let numeral = Self.writtenNumeral(written) { return numeral }
        let number = division.number ?? DivisionNumber(1)
        let token = level(of: division.kind)?.english.token(number) ?? number.description
        return token.filter { $0 != "(" && $0 != ")" }
    }

    /// The last run of letters, digits and hyphens in a written number, leaving out the words before it.
    private static func writtenNumeral(_ written: String) -> String? {
        let words = written.split { !($0.isLetter || $0.isNumber || $0 == "-") }
        guard let last = words.last, last.allSatisfy(\.isASCII), last.contains(where: \.isNumber) || last.count <= 4
        else { return nil }
        let lowered = last.lowercased()
        guard
            !["sec", "section", "title", "chapter", "part", "subtitle", "subchapter", "subpart", "division"].contains(
                lowered)
        else { return nil }
        return String(last)
    }
}
