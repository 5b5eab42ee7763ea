import EnactCore

/// Finds the citations of provisions in Japanese statutory text, as drafters write them:
///
/// ```
/// 第十条  第十条の二  第十条第二項第三号  第十条第二項ただし書  第三章第二節  附則第二条  別表第一
/// 第五条から第八条まで  第十条及び第十二条  第十条第一項又は第二項   (the second read against 第十条)
/// 前条  次条  前項  次項  前各項  前二項  前号  前各号  同条  同項  同号  同条第二項  前条第二項
/// 民法（明治二十九年法律第八十九号）第九十条  同法第三条
/// ```
///
/// A law number (法律第八十九号) is not an item, and a number followed by a word that makes it a name (第三者,
/// 第一号被保険者) is not a citation.
public struct JapaneseCitationScanner: Sendable {
    public init() {}

    /// Every citation in `text`, in order.
    public func scan(_ text: String) -> [ScannedReference] {
        scan([text])[0]
    }

    /// The citations of several texts that read as one (a provision's text around its markup): 同法 and 同条 in a
    /// later one refer to what an earlier one cited.
    public func scan(_ texts: [String]) -> [[ScannedReference]] {
        var lastLaw: CitedLaw?
        var lastCited: CitedProvision?
        return texts.map { text in
            var scanner = Scan(characters: Array(text))
            scanner.lastLaw = lastLaw
            scanner.lastCited = lastCited
            scanner.run()
            lastLaw = scanner.lastLaw
            lastCited = scanner.lastCited
            return scanner.found
        }
    }
}

/// One pass over a text.
private struct Scan {
    let characters: [Character]
    var found: [ScannedReference] = []
    /// The law cited last, for 同法.
    var lastLaw: CitedLaw?
    /// The provision cited last, for 同条 and 同項 after a provision of another law.
    var lastCited: CitedProvision?
    /// The citation a parenthesis being read follows, which supplies the levels its citations leave out.
    var context: CitedProvision?

    static let digits: Set<Character> = Set("〇一二三四五六七八九十百千")
    static let groupUnits: [Character: DivisionKind] = [
        "編": .part, "章": .chapter, "節": .section, "款": .subsection, "目": .division,
    ]
    /// Words after 号 that make 第N号 a name, not a citation (第一号被保険者, 第二号様式).
    static let nameSuffixes = ["被保険者", "様式", "被用者", "議案", "事業", "施設", "研究"]
    /// What precedes the number of a law, an order or a notice (法律第八十九号).
    static let lawNumberWords = ["法律", "政令", "省令", "府令", "規則", "条例", "告示", "勅令", "号外", "訓令", "条約"]
    static let connectors = ["及び", "並びに", "又は", "若しくは", "、"]
    static let eras = ["明治", "大正", "昭和", "平成", "令和"]

    mutating func run() {
        var index = 0
        var quoted = 0
        while index < characters.count {
            // Words quoted in a provision (「前項」とあるのは「第二項」と) are text being read, not citations.
            if characters[index] == "「" { quoted += 1 }
            if characters[index] == "」" { quoted = max(0, quoted - 1) }
            if quoted == 0, let end = citation(at: index) {
                index = end
            } else {
                index += 1
            }
        }
    }

    // MARK: Citations and their connections

    /// The characters a citation can start with: 第, 前, 次, 同, 附(則), 別(表), the parenthesis of a law number, and
    /// the letters of subitems.
    static let starts: Set<UInt32> = Set("第前次同附別（".unicodeScalars.map(\.value))
    /// The letters of subitems by scalar value, which a citation of a subitem alone starts with.
    static let irohaScalars: Set<UInt32> = Set(irohaCharacters.flatMap(\.unicodeScalars).map(\.value))

    /// Reads the citation that starts at `start` with any range or list joined to it; returns its end.
    private mutating func citation(at start: Int) -> Int? {
        // Most characters start nothing: the scan tries no rule there.
        let scalar = characters[start].unicodeScalars.first?.value ?? 0
        if Self.irohaScalars.contains(scalar) {
            // A letter: a citation only when it stands alone before words that make it one (イからハまで).
            guard subitemLetter(at: start) != nil, Self.followsSubitem(characters, after: start) else { return nil }
        } else {
            guard Self.starts.contains(scalar) else { return nil }
        }
        var end: Int
        var first: ReadProvision
        if characters[start] == "（", let (law, titleStart, afterNumber) = lawNumber(at: start) {
            // A law cited by its number, alone or with a provision of it: 民法（明治二十九年法律第八十九号）第九十条.
            guard let provision = path(at: afterNumber) else {
                found.append(
                    ScannedReference(
                        range: titleStart..<afterNumber, text: String(characters[titleStart..<afterNumber]),
                        from: CitedProvision(anchor: .external(law)), through: nil,
                        citation: titleStart..<afterNumber, throughCitation: nil))
                lastCited = CitedProvision(anchor: .external(law))
                return afterNumber
            }
            first = ReadProvision(
                end: suffixes(at: provision.0), citationEnd: provision.0,
                cited: CitedProvision(anchor: .external(law), steps: provision.1))
            end = record(from: titleStart, first)
        } else {
            guard let read = provision(at: start, after: nil) else { return nil }
            first = read
            end = record(from: start, first)
        }
        // A list: A及びB, A、B又はC — each element cited in its own right, the later ones read against the one
        // before.
        var previous = first.cited
        while true {
            // A parenthesis between two elements (第四十三条第一項（前条において準用する場合を含む。）、第四項) is
            // read for its own citations, and the list goes on after it.
            var afterAside = end
            let aside = end < characters.count && characters[end] == "（" ? closingParenthesis(from: end) : nil
            if let aside { afterAside = aside + 1 }
            guard let connector = Self.connectors.first(where: { has($0, at: afterAside) }),
                let next = provision(at: afterAside + connector.count, after: previous)
            else {
                // A parenthesis after the last element (前項（第一号を除く。）) is read against it too.
                if let aside {
                    scan((end + 1)..<aside, against: previous)
                    return aside + 1
                }
                break
            }
            if let aside { scan((end + 1)..<aside, against: previous) }
            end = record(from: afterAside + connector.count, next)
            previous = next.cited
        }
        return end
    }

    /// The citations in a part of the text: a parenthesis after a citation, whose citations that leave out upper
    /// levels (第二項（第一号を除く。）) are read against `context`.
    private mutating func scan(_ range: Range<Int>, against context: CitedProvision) {
        let outer = self.context
        self.context = context
        defer { self.context = outer }
        var index = range.lowerBound
        while index < range.upperBound {
            if let end = citation(at: index), end <= range.upperBound {
                index = end
            } else {
                index += 1
            }
        }
    }

    /// The position of the parenthesis that closes the one at `open`, nested ones counted.
    private func closingParenthesis(from open: Int) -> Int? {
        var depth = 0
        for index in open..<characters.count {
            if characters[index] == "（" { depth += 1 }
            if characters[index] == "）" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// Records a provision read at `start`, or the range it opens (AからBまで); returns the end.
    private mutating func record(from start: Int, _ read: ReadProvision) -> Int {
        var end = read.end
        var through = read.through
        var throughCitation: Range<Int>?
        if through == nil, has("から", at: end), let last = provision(at: end + 2, after: read.cited),
            has("まで", at: last.end)
        {
            through = last.cited
            throughCitation = (end + 2)..<last.citationEnd
            end = last.end + 2
        }
        found.append(
            ScannedReference(
                range: start..<end, text: String(characters[start..<end]), from: read.cited, through: through,
                citation: start..<read.citationEnd, throughCitation: throughCitation))
        lastCited = through ?? read.cited
        return end
    }

    /// A provision read: where it ends, what it cites, and the end of the range a relative word names by itself
    /// (前各項, 前二項).
    private struct ReadProvision {
        var end: Int
        /// Where the citation itself ends, before a part it names (ただし書, 各号).
        var citationEnd: Int
        var cited: CitedProvision
        var through: CitedProvision? = nil
    }

    // MARK: One provision

    /// Reads one provision at `start`; `after` is the one it follows in a list or range, which supplies the
    /// levels it leaves out (第十条第一項又は第二項).
    private mutating func provision(at start: Int, after previous: CitedProvision?) -> ReadProvision? {
        var index = start
        var cited: CitedProvision
        if has("同法", at: index), let law = lastLaw {
            index += 2
            cited = CitedProvision(anchor: .external(law))
            guard let (end, steps) = path(at: index), !steps.isEmpty else { return nil }
            cited.steps = steps
            return ReadProvision(end: suffixes(at: end), citationEnd: end, cited: cited)
        }
        if let (end, relative, through) = relativeWord(at: index) {
            index = end
            cited = relative
            if let through {
                // 前各項, 前二項: a range of its own.
                return ReadProvision(end: suffixes(at: index), citationEnd: index, cited: cited, through: through)
            }
            if let (end, steps) = path(at: index) {
                cited.steps += steps
                index = end
            } else if case .item = cited.anchor, let letter = subitemLetter(at: index) {
                // 前号イ.
                cited.steps.append(CitationStep(kind: .subitem, number: DivisionNumber(letter)))
                index += 1
            }
            // 同条第二項 after 民法第九十条: the same law's article.
            if case .sameAsLast(let kind) = cited.anchor, let last = lastCited, case .external = last.anchor {
                cited = CitedProvision(
                    anchor: last.anchor,
                    steps: last.steps.prefix { JapaneseLevels.rank($0.kind) <= JapaneseLevels.rank(kind) } + cited.steps
                )
            }
            return ReadProvision(end: suffixes(at: index), citationEnd: index, cited: cited)
        }
        if has("別表", at: index) {
            index += 2
            if has("第", at: index), let (end, number) = number(at: index + 1, unit: nil) {
                return ReadProvision(
                    end: end, citationEnd: end,
                    cited: CitedProvision(anchor: .absolute(supplementary: false), schedule: .some(number)))
            }
            return ReadProvision(
                end: index, citationEnd: index,
                cited: CitedProvision(anchor: .absolute(supplementary: false), schedule: .some(nil)))
        }
        if let letter = subitemLetter(at: index), previous != nil || Self.followsSubitem(characters, after: index) {
            // イ, イからハまで, 第二号イからホまで: a subitem of the item the text stands in, or of the one before.
            let steps = [CitationStep(kind: .subitem, number: DivisionNumber(letter))]
            cited =
                previous.map { Self.inherit(steps, from: $0) } ?? CitedProvision(anchor: .item(offset: 0), steps: steps)
            return ReadProvision(end: index + 1, citationEnd: index + 1, cited: cited)
        }
        var supplementary = false
        if has("附則第", at: index) {
            supplementary = true
            index += 2
        }
        guard has("第", at: index), !precededByLawNumberWord(start), let (end, steps) = path(at: index),
            let first = steps.first
        else { return nil }
        if supplementary {
            cited = CitedProvision(anchor: .absolute(supplementary: true), steps: steps)
        } else if previous == nil, let title = titleOfLaw(endingAt: start) {
            // 地方自治法第二条: a law cited by its title alone.
            let law = CitedLaw(title: title, number: nil)
            lastLaw = law
            cited = CitedProvision(anchor: .external(law), steps: steps)
        } else if let previous,
            JapaneseLevels.rank(first.kind) > JapaneseLevels.rank(.article) || Self.continuesAnchor(previous)
        {
            // 第二項 after 第十条第一項, 第三条 after 附則第二条: read against the previous one.
            cited = Self.inherit(steps, from: previous)
        } else if let context, JapaneseLevels.rank(first.kind) > JapaneseLevels.rank(.article),
            JapaneseLevels.rank(first.kind) > Self.deepestRank(of: context)
        {
            // 第一号 in 第二項（第一号を除く。）: of the provision the parenthesis follows.
            cited = Self.inherit(steps, from: context)
        } else if first.kind == .paragraph {
            // 第二項 alone: a paragraph of the article the text stands in.
            cited = CitedProvision(anchor: .article(offset: 0), steps: steps)
        } else if first.kind == .item {
            cited = CitedProvision(anchor: .paragraph(offset: 0), steps: steps)
        } else {
            cited = CitedProvision(anchor: .absolute(supplementary: false), steps: steps)
        }
        return ReadProvision(end: suffixes(at: end), citationEnd: end, cited: cited)
    }

    /// The rank of the lowest level a citation names (a relative word's own level when it names no steps).
    private static func deepestRank(of cited: CitedProvision) -> Int {
        if let last = cited.steps.last { return JapaneseLevels.rank(last.kind) }
        switch cited.anchor {
        case .article: return JapaneseLevels.rank(.article)
        case .paragraph: return JapaneseLevels.rank(.paragraph)
        case .item: return JapaneseLevels.rank(.item)
        case .sameAsLast(let kind): return JapaneseLevels.rank(kind)
        default: return JapaneseLevels.rank(.article)
        }
    }

    /// Whether a list keeps the previous element's anchor even for a whole article (附則第二条及び第三条, 民法第九十条
    /// 及び第九十一条).
    private static func continuesAnchor(_ previous: CitedProvision) -> Bool {
        switch previous.anchor {
        case .absolute(let supplementary): supplementary
        case .external: true
        default: false
        }
    }

    /// A provision that names only lower levels, completed from the one before it in a list.
    private static func inherit(_ steps: [CitationStep], from previous: CitedProvision) -> CitedProvision {
        guard let first = steps.first else { return previous }
        var cited = previous
        cited.steps =
            Array(previous.steps.prefix { JapaneseLevels.rank($0.kind) < JapaneseLevels.rank(first.kind) }) + steps
        // After 次号 or 前項, a number is absolute within the same paragraph or article: 次号から第九号まで.
        switch previous.anchor {
        case .item where first.kind == .item: cited.anchor = .paragraph(offset: 0)
        case .item where first.kind == .paragraph, .paragraph where first.kind == .paragraph:
            // 第八項 after 次号, 第二項 after 前項: a paragraph of the same article.
            cited.anchor = .article(offset: 0)
        default: break
        }
        return cited
    }

    /// 前条, 次条, 前項, 次項, 前号, 次号, 同条, 同項, 同号; and the ranges 前各項, 前各号 (from the first), 前二項, 前三条
    /// (the N before).
    private func relativeWord(at index: Int) -> (Int, CitedProvision, through: CitedProvision?)? {
        for (word, anchor) in Self.relativeWords where has(word, at: index) {
            return (index + word.count, CitedProvision(anchor: anchor), nil)
        }
        return relativeRange(at: index)
    }

    /// 前条, 次条, 前項 … 前節, 次節: a word and what it names.
    static let relativeWords: [(String, CitedProvision.Anchor)] = [
        ("前条", .article(offset: -1)), ("次条", .article(offset: 1)), ("前項", .paragraph(offset: -1)),
        ("次項", .paragraph(offset: 1)), ("前号", .item(offset: -1)), ("次号", .item(offset: 1)),
        ("同条", .sameAsLast(.article)), ("同項", .sameAsLast(.paragraph)), ("同号", .sameAsLast(.item)),
        ("前章", .group(.chapter, offset: -1)), ("次章", .group(.chapter, offset: 1)),
        ("前節", .group(.section, offset: -1)), ("次節", .group(.section, offset: 1)),
    ]

    /// 前各項, 前各号 (from the first), 前二項, 前三条 (the N before): a range named by one word.
    private func relativeRange(at index: Int) -> (Int, CitedProvision, through: CitedProvision?)? {
        if has("前各項", at: index) {
            let first = CitedProvision(
                anchor: .article(offset: 0), steps: [CitationStep(kind: .paragraph, number: DivisionNumber(1))])
            return (index + 3, first, CitedProvision(anchor: .paragraph(offset: -1)))
        }
        if has("前各号", at: index) {
            let first = CitedProvision(
                anchor: .paragraph(offset: 0), steps: [CitationStep(kind: .item, number: DivisionNumber(1))])
            return (index + 3, first, CitedProvision(anchor: .item(offset: -1)))
        }
        if has("前", at: index), let (end, count) = number(at: index + 1, unit: nil), end < characters.count {
            let anchors: [Character: (Int) -> CitedProvision.Anchor] = [
                "条": { .article(offset: $0) }, "項": { .paragraph(offset: $0) }, "号": { .item(offset: $0) },
            ]
            if let anchor = anchors[characters[end]], count.main > 1 {
                return (
                    end + 1, CitedProvision(anchor: anchor(-count.main)), CitedProvision(anchor: anchor(-1))
                )
            }
        }
        return nil
    }

    /// 第二章第一節, 第十条の二第二項第三号: the steps of a path starting with 第.
    private func path(at start: Int) -> (Int, [CitationStep])? {
        var index = start
        var steps: [CitationStep] = []
        while has("第", at: index), let (end, number) = number(at: index + 1, unit: nil), end < characters.count {
            let unit = characters[end]
            let kind: DivisionKind
            if let group = Self.groupUnits[unit] {
                kind = group
            } else if unit == "条" {
                kind = .article
            } else if unit == "項" {
                kind = .paragraph
            } else if unit == "号" {
                kind = .item
                if Self.nameSuffixes.contains(where: { has($0, at: end + 1) }) { return nil }
            } else {
                break
            }
            var full = number
            var after = end + 1
            // Branch numbers: 第十条の二の三, 第三号の二.
            while (kind == .article || kind == .item || Self.groupUnits.values.contains(kind)), has("の", at: after),
                let (branchEnd, branch) = self.number(at: after + 1, unit: nil)
            {
                full = DivisionNumber(full.components + branch.components) ?? full
                after = branchEnd
            }
            steps.append(CitationStep(kind: kind, number: full))
            index = after
            // The subitem letter after an item: 第一号ハ.
            if kind == .item, index < characters.count, let letter = Numeral.iroha.parse(String(characters[index])),
                index + 1 >= characters.count || !Self.irohaCharacters.contains(characters[index + 1])
            {
                steps.append(CitationStep(kind: .subitem, number: DivisionNumber(letter)))
                index += 1
                break
            }
        }
        return steps.isEmpty ? nil : (index, steps)
    }

    /// The letter of a subitem standing alone at `index` (イ, not the イ of イベント): an iroha letter with no katakana
    /// on either side.
    private func subitemLetter(at index: Int) -> Int? {
        guard index < characters.count, Self.irohaCharacters.contains(characters[index]) else { return nil }
        func isKatakana(_ position: Int) -> Bool {
            guard characters.indices.contains(position) else { return false }
            return characters[position].unicodeScalars.allSatisfy { (0x30A0...0x30FF).contains($0.value) }
        }
        guard !isKatakana(index - 1), !isKatakana(index + 1) else { return nil }
        return Numeral.iroha.parse(String(characters[index]))
    }

    /// Whether the words after a letter at `index` make it a citation when nothing before does: イからハまで, イ及びロ,
    /// イに掲げる.
    private static func followsSubitem(_ characters: [Character], after index: Int) -> Bool {
        let rest = String(characters[(index + 1)..<min(characters.count, index + 6)])
        return ["から", "まで", "及び", "又は", "若しくは", "並びに", "に掲げ", "に規定", "に該当", "の規定"].contains {
            rest.hasPrefix($0)
        }
    }

    /// The letters of subitems (イ, ロ, ハ …): one after 号 is a subitem's, two in a row are a word.
    static let irohaCharacters = Set("イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス")

    /// ただし書, 本文, 前段, 後段, 各号, 柱書: parts of a provision that cite the provision itself.
    private func suffixes(at index: Int) -> Int {
        for word in ["ただし書", "本文", "前段", "後段", "各号列記以外の部分", "各号", "柱書"] where has(word, at: index) {
            return index + word.count
        }
        return index
    }

    /// A kanji number at `start` (一, 二十三, 百五); `unit` unused for now.
    private func number(at start: Int, unit: Character?) -> (Int, DivisionNumber)? {
        var end = start
        while end < characters.count, Self.digits.contains(characters[end]) { end += 1 }
        guard end > start, let value = Numeral.kanji.parse(String(characters[start..<end])) else { return nil }
        return (end, DivisionNumber(value))
    }

    // MARK: Other laws

    /// （明治二十九年法律第八十九号） after a law's title: the law, where its title starts and where the number ends.
    private mutating func lawNumber(at open: Int) -> (CitedLaw, Int, Int)? {
        guard Self.eras.contains(where: { has($0, at: open + 1) }),
            let close = characters[open...].firstIndex(of: "）"), close - open < 40
        else { return nil }
        let inside = String(characters[(open + 1)..<close])
        // The number, before any 。以下「…」という。 that follows it in the parentheses.
        let number = String(inside.prefix { $0 != "。" })
        guard number.contains("年"), number.hasSuffix("号"), number.contains("第") else { return nil }
        let title = title(before: open)
        let law = CitedLaw(title: title, number: number)
        lastLaw = law
        return (law, open - (title?.count ?? 0), close + 1)
    }

    /// The title of a law just before its number: back to the nearest punctuation or quotation mark.
    private func title(before open: Int) -> String? {
        var start = open
        let stops: Set<Character> = ["、", "。", "「", "」", "（", "）", "　", " ", "『", "』"]
        while start > 0, !stops.contains(characters[start - 1]) { start -= 1 }
        var title = String(characters[start..<open])
        // A particle joins the title to the words before it (第三条の規定及び民法, 刑法及び刑事訴訟法) unless those
        // words read as the first half of a title (出入国管理及び難民認定法, 組織的な犯罪の処罰及び犯罪収益の規制等に関す
        // る法律).
        for particle in ["及び", "並びに", "又は", "若しくは"] {
            guard let range = title.range(of: particle, options: .backwards) else { continue }
            let before = title[..<range.lowerBound]
            let joinsWords =
                before.isEmpty
                || ["第", "規定", "場合", "同", "前", "次", "この", "について", "定める", "する"].contains(where: before.contains)
                || ["法", "令", "律", "則", "条", "項", "号", "等"].contains(where: before.hasSuffix)
            if joinsWords { title = String(title[range.upperBound...]) }
        }
        return title.isEmpty ? nil : title
    }

    /// Words ending in 法 that are not the title of a law.
    static let notTitles: Set<String> = ["方法", "手法", "用法", "作法", "寸法", "製法", "工法", "文法", "技法", "この法"]

    /// The title of a law that ends just before `index` (地方自治法 in 地方自治法第二条), if one does.
    private func titleOfLaw(endingAt index: Int) -> String? {
        guard index > 1, characters[index - 1] == "法" || (characters[index - 1] == "令" && index > 2) else {
            return nil
        }
        guard let title = title(before: index), title.count >= 2, !Self.notTitles.contains(where: title.hasSuffix)
        else { return nil }
        return title
    }

    private func precededByLawNumberWord(_ index: Int) -> Bool {
        Self.lawNumberWords.contains { word in
            index >= word.count && String(characters[(index - word.count)..<index]) == word
        }
    }

    private func has(_ word: String, at index: Int) -> Bool {
        var position = index
        for character in word {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return true
    }
}
