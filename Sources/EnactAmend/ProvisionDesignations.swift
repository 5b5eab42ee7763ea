import EnactCore

/// Designations of provisions as amendments write them (`第十条`, `paragraph (2)`, `section 10`, `(c)`), and back.
struct ProvisionDesignations: Sendable {
    let tradition: Tradition
    let wording: Wording

    /// The designations of the provisions of `document`, in its designation wording.
    init(_ document: Document) {
        tradition = document.tradition
        wording = document.designationWording
    }

    /// The designation a division would have with `number` (`第十条`, `section 10`, `(c)`).
    func designation(of kind: DivisionKind, number: DivisionNumber) -> String {
        tradition.citationDesignation(of: kind, number: number, in: wording)
    }

    /// The number a designation shows for a division of `kind`; nil when it does not designate one of that kind.
    func number(fromDesignation designation: String, kind: DivisionKind) -> DivisionNumber? {
        guard let level = tradition.level(of: kind) else { return nil }
        let format = level.citationFormat(in: wording)
        var text = Substring(designation)
        if let word = format.word {
            guard text.hasPrefix(word + " ") else { return nil }
            text = text.dropFirst(word.count + 1)
        }
        guard text.hasPrefix(format.open) else { return nil }
        text = text.dropFirst(format.open.count)
        var candidate: DivisionNumber?
        if format.branches == .japanese {
            let parts = text.split(separator: "の", omittingEmptySubsequences: false)
            guard let head = parts.first, head.hasSuffix(format.close) else { return nil }
            let main = format.parseToken(head.dropLast(format.close.count))
            let branches = parts.dropFirst().map { Numeral.kanji.parse($0) }
            if let main, !branches.contains(nil) {
                candidate = DivisionNumber(main.components + branches.compactMap { $0 })
            }
        } else {
            guard text.hasSuffix(format.close) else { return nil }
            candidate = format.parseToken(text.dropLast(format.close.count))
        }
        guard let candidate, self.designation(of: kind, number: candidate) == designation else { return nil }
        return candidate
    }

    /// The kind and number a designation shows, trying the tradition's levels from the top.
    func kindAndNumber(fromDesignation designation: String) -> (kind: DivisionKind, number: DivisionNumber)? {
        for level in tradition.levels {
            if let number = number(fromDesignation: designation, kind: level.kind) { return (level.kind, number) }
        }
        return nil
    }

    /// The designation of the same kind with the main number moved by `offset` (`第五条` by 1 → `第六条`).
    func shifted(_ designation: String, by offset: Int) -> String? {
        guard let (kind, number) = kindAndNumber(fromDesignation: designation), number.main + offset >= 1,
            let moved = DivisionNumber([number.main + offset] + number.branches)
        else { return nil }
        return self.designation(of: kind, number: moved)
    }

    /// The designations a Japanese address chains, outermost first: 第三十八条第七項 → 第三十八条, 第七項; 第十条の二
    /// stays one; a subitem last (第二号イ → 第二号, イ). Text that is not a designation (附則, 本則) is left out.
    func labels(of address: String) -> [String] {
        let counters = Set(tradition.levels.compactMap { counter(of: $0.kind) }.flatMap { $0 })
        let characters = Array(address)
        var labels: [String] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "第" else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, !counters.contains(characters[end]), characters[end] != "第" { end += 1 }
            guard end < characters.count, counters.contains(characters[end]) else {
                index = end
                continue
            }
            end += 1
            // Branches: の二, の二の三.
            while end + 1 < characters.count, characters[end] == "の",
                Numeral.kanji.parse(String(characters[end + 1])) != nil
            {
                end += 1
                while end < characters.count, Numeral.kanji.parse(String(characters[end])) != nil { end += 1 }
            }
            labels.append(String(characters[index..<end]))
            index = end
        }
        // A subitem ends the address: 第二号イ, 第二号ロ(１).
        if let last = characters.last, Numeral.iroha.parse(String(last)) != nil {
            labels.append(String(last))
        }
        return labels
    }

    /// The kind of the first designation an address chains (article for 第三十八条第七項).
    func kindOfLeadingLabel(_ address: String) -> DivisionKind? {
        labels(of: address).first.flatMap { kindAndNumber(fromDesignation: $0)?.kind }
    }

    /// The last designation an address chains (第七項 for 第三十八条第七項); the address when it chains none.
    func lastLabel(of address: String) -> String {
        labels(of: address).last ?? address
    }

    /// The counter word of a Japanese designation's kind (`条` for `第五条`, `項` for `第二項`); nil for designations without one.
    func counter(of designation: String) -> String? {
        kindAndNumber(fromDesignation: designation).flatMap { counter(of: $0.kind) }
    }

    /// The kind a Japanese counter word counts (`条` → article).
    func kind(ofCounter word: String) -> DivisionKind? {
        tradition.levels.first { counter(of: $0.kind) == word }?.kind
    }

    /// The counter word of a kind in Japanese (`条`, `項`, `号`, `章`); nil outside Japanese or for kinds without one.
    func counter(of kind: DivisionKind) -> String? {
        guard wording.isJapanese, let close = tradition.level(of: kind)?.citationFormat(in: .japanese).close,
            !close.isEmpty
        else { return nil }
        return close
    }
}
