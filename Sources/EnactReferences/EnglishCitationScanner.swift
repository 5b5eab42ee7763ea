import EnactCore

/// Finds the citations of provisions in English statutory text, as US (and Australian, Korean, Japanese
/// translation) drafters write them:
///
/// ```
/// section 3   section 3(a)(1)(B)   sections 5 through 8   sections 5 and 8   subsection (b)   paragraph (2)
/// paragraph (2) of this subsection   subsection (b) of section 5   this section   this chapter   this Act
/// chapter 35 of this title   Article 10(2)   item (iii)
/// section 552 of title 5, United States Code   22 U.S.C. 3301   Public Law 96-8   Pub. L. 96–8   93 Stat. 14
/// section 4 of the Taiwan Relations Act   the Arms Export Control Act
/// ```
///
/// A citation names levels by their numerals as written (`3301`, `b`, `1`, `B`), which the resolver matches against
/// the document's; other works are named by their USLM identifiers (`/us/usc/t5/s552`, `/us/pl/96/8`,
/// `/us/stat/93/14`) or, cited by name, as `Act:Taiwan Relations Act`.
public struct EnglishCitationScanner: Sendable {
    public init() {}

    /// Every citation in `text`, in order.
    public func scan(_ text: String) -> [EnglishCitation] {
        var lastWork: String?
        return scan(text, lastWork: &lastWork)
    }

    /// Whether a text has anything a citation needs: a digit, §, a bracketed numeral, `this`, a level numbered with a
    /// letter or Roman numeral (subchapter II, part A), or the last word of a name (Act, Code, Convention, Procedure).
    /// Much of a statute's prose has none, and is not tokenized.
    static func mayCite(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for byte in bytes where (0x30...0x39).contains(byte) || byte == 0xA7 || byte == 0x28 { return true }
        return signals.contains { signal in
            guard let first = signal.first, bytes.count >= signal.count else { return false }
            for start in 0...(bytes.count - signal.count) where bytes[start] == first {
                if bytes[start..<(start + signal.count)].elementsEqual(signal) { return true }
            }
            return false
        }
    }

    private static let signals = [
        "this", "This", "Act", "Code", "Convention", "Procedure", "hapter", "itle", "part", "Part", "ivision",
    ].map { Array($0.utf8) }

    /// What stands in a text for a reference already marked, which is not read again.
    public static let markedReference = "\u{FFFC}"

    /// Every citation in `text`, in order; `lastWork` is the other work cited last before it (for `of such Code`),
    /// and after it; `marked` the works named by the references marked in it, one for each
    /// ``markedReference`` (nil for one that names a provision of the same document).
    public func scan(_ text: String, lastWork: inout String?, marked: [String?] = []) -> [EnglishCitation] {
        guard Self.mayCite(text) else { return [] }
        let characters = Array(text)
        var parser = EnglishCitationParser(
            tokens: EnglishToken.tokens(of: characters), characters: characters, lastWork: lastWork, marked: marked)
        let found = parser.run()
        lastWork = parser.lastWork
        return found
    }
}

/// A citation found in English text.
public struct EnglishCitation: Hashable, Sendable {
    /// One level of a citation: its kind and its numeral as written (`section` `3301`, `subsection` `b`).
    public struct Step: Hashable, Sendable {
        public var kind: DivisionKind
        public var numeral: String
    }

    /// Where the steps start.
    public enum Scope: Hashable, Sendable {
        /// At the top of this document: section 3(a), chapter 35.
        case absolute
        /// Below the provision the citation stands in or one of its ancestors, the nearest that has the first
        /// step: subsection (b), paragraph (2).
        case enclosing
        /// Below the provision of this kind the citation stands in (paragraph (2) of this subsection); with no
        /// steps, that provision itself (this section). A nil kind is the whole document (this Act, this title).
        case current(DivisionKind?)
        /// Below the provision of this kind that holds the one cited last in the same text: subparagraph (B) of
        /// such paragraph.
        case lastCited(DivisionKind)
        /// Another work: its identifier (`/us/usc/t5`, `/us/pl/96/8`, `/us/stat/93/14`) or `Act:` and its name;
        /// the steps name a provision of it.
        case external(String)
    }

    /// The span in the text, in characters from its start.
    public var range: Range<Int>
    public var text: String
    public var scope: Scope
    public var steps: [Step]
    /// The last provision of a range (sections 5 through 8): its steps, under the same scope.
    public var through: [Step]?
    /// The other work cited earlier in the same sentence, which a section this document does not have belongs to
    /// (`For purposes of the Internal Revenue Code of 1954, … described in section 170(c)`).
    public var sentenceWork: String?

    /// The identifier of a provision of another work: `/us/usc/t5/s552/b/1`, `/us/pl/96/8/s4`,
    /// `Act:Taiwan Relations Act section 4`; nil for citations of this document.
    public var externalIdentifier: String? {
        guard case .external(let work) = scope else { return nil }
        return Self.identifier(of: steps, in: work)
    }

    /// The identifier of the provision `steps` name in another work: USLM's path (`/us/usc/t40/stI`,
    /// `/us/usc/t5/s552/b/1`), or for a work cited by name, its name and the citation (`Act:Social Security Act
    /// title II`).
    static func identifier(of steps: [Step], in work: String) -> String {
        if work.hasPrefix("Act:") {
            guard let first = steps.first else { return work }
            let word = first.kind == .article ? "Article" : first.kind.rawValue
            return work + " " + word + " " + first.numeral
                + steps.dropFirst().map { "(\($0.numeral))" }.joined()
        }
        if work.hasPrefix("/akn/") {
            // An Akoma Ntoso work: the eId of the provision (`#art_25__para_2`).
            guard !steps.isEmpty else { return work }
            return work + "#"
                + steps.map { "\($0.kind.eIdPrefix)_\($0.numeral)" }.joined(separator: "__")
        }
        let prefixes: [DivisionKind: String] = [
            .title: "t", .subtitle: "st", .chapter: "ch", .subchapter: "sch", .part: "pt", .subpart: "spt",
            .division: "d", .subdivision: "sd", .section: "s", .article: "art",
        ]
        return work + steps.map { "/" + (prefixes[$0.kind] ?? "") + $0.numeral }.joined()
    }
}

/// A word, number, bracketed numeral or mark of English text, with its place.
struct EnglishToken {
    enum Kind { case word, number, bracketed, mark }
    var kind: Kind
    var text: String
    var range: Range<Int>

    /// The tokens of a text: words (with the periods of abbreviations: `U.S.C.`, `Stat.`), numbers with their
    /// letters and hyphens (`3301`, `552a`, `96-8`, `300aa-1`), bracketed numerals (`(b)`, `(iii)`, `(2)`), and
    /// single marks (an en dash among them: `509–517` is a range, `96–8` a law number).
    /// The text of characters, from their bytes when they are ASCII, as a token's nearly always are (a string made
    /// from characters one by one costs more than the rest of the scan).
    static func string(_ characters: ArraySlice<Character>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.count)
        for character in characters {
            guard let byte = character.asciiValue else { return String(characters) }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func tokens(of characters: [Character]) -> [EnglishToken] {
        var tokens: [EnglishToken] = []
        var index = 0
        // ASCII classes by byte value: Unicode properties cost more than the whole scan.
        func isLetter(_ character: Character) -> Bool {
            guard let byte = character.asciiValue else { return false }
            return (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        func isDigit(_ character: Character) -> Bool {
            guard let byte = character.asciiValue else { return false }
            return (0x30...0x39).contains(byte)
        }
        func isUppercase(_ character: Character) -> Bool {
            guard let byte = character.asciiValue else { return false }
            return (0x41...0x5A).contains(byte)
        }
        func isAlphanumeric(_ character: Character) -> Bool { isLetter(character) || isDigit(character) }
        while index < characters.count {
            let character = characters[index]
            let start = index
            if character.asciiValue.map({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) ?? character.isWhitespace {
                index += 1
                continue
            }
            if character == "(" {
                var end = index + 1
                while end < characters.count, isAlphanumeric(characters[end]), end - index <= 8 { end += 1 }
                if end < characters.count, characters[end] == ")", end > index + 1 {
                    index = end + 1
                    tokens.append(
                        EnglishToken(
                            kind: .bracketed, text: Self.string(characters[(start + 1)..<end]), range: start..<index))
                    continue
                }
            }
            if isDigit(character) {
                while index < characters.count,
                    isAlphanumeric(characters[index])
                        || (characters[index] == "-" && index + 1 < characters.count
                            && characters[index + 1].isASCII && characters[index + 1].isNumber)
                {
                    index += 1
                }
                tokens.append(
                    EnglishToken(kind: .number, text: Self.string(characters[start..<index]), range: start..<index))
                continue
            }
            if isLetter(character) {
                while index < characters.count,
                    isAlphanumeric(characters[index]) || characters[index] == "'" || characters[index] == "’"
                        || (characters[index] == "-" && index + 1 < characters.count
                            && isLetter(characters[index + 1]))
                        || (characters[index] == "." && index + 1 < characters.count
                            && isUppercase(characters[index + 1]))
                {
                    index += 1
                }
                // The period closing an abbreviation belongs to it (U.S.C., Stat., Pub., seq.).
                let word = Self.string(characters[start..<index])
                if index < characters.count, characters[index] == ".", Self.abbreviations.contains(word + ".") {
                    index += 1
                }
                tokens.append(
                    EnglishToken(kind: .word, text: Self.string(characters[start..<index]), range: start..<index))
                continue
            }
            index += 1
            tokens.append(EnglishToken(kind: .mark, text: String(character), range: start..<index))
        }
        return tokens
    }

    static let abbreviations: Set<String> = [
        "U.S.C.", "Stat.", "Pub.", "L.", "seq.", "Sec.", "Secs.", "No.", "P.L.", "U.S.", "USC.",
    ]
}

/// One pass over the tokens of a text.
struct EnglishCitationParser {
    let tokens: [EnglishToken]
    let characters: [Character]
    private var found: [EnglishCitation] = []
    private var index = 0
    /// The other work cited last, for `section 202(b) of that Act` and `chapter 21 of such Code`.
    private(set) var lastWork: String?
    /// The other work cited last in the current sentence.
    private var sentenceWork: String?

    /// The works named by references already marked, by the index of the object mark standing for each.
    private let markedWorks: [Int: String]

    init(tokens: [EnglishToken], characters: [Character], lastWork: String?, marked: [String?]) {
        self.tokens = tokens
        self.characters = characters
        self.lastWork = lastWork
        var works: [Int: String] = [:]
        var next = marked[...]
        for (position, token) in tokens.enumerated() where token.text == EnglishCitationScanner.markedReference {
            if let work = next.popFirst() ?? nil { works[position] = work }
        }
        markedWorks = works
    }

    /// The kinds named by words, singular and plural.
    static let kindWords: [String: DivisionKind] = {
        let kinds: [(String, DivisionKind)] = [
            ("section", .section), ("subsection", .subsection), ("paragraph", .paragraph),
            ("subparagraph", .subparagraph), ("clause", .clause), ("subclause", .subclause), ("item", .item),
            ("subitem", .subitem), ("chapter", .chapter), ("subchapter", .subchapter), ("part", .part),
            ("subpart", .subpart), ("title", .title), ("subtitle", .subtitle), ("division", .division),
            ("subdivision", .subdivision), ("article", .article),
        ]
        var words: [String: DivisionKind] = ["sec.": .section, "secs.": .section]
        for (word, kind) in kinds {
            words[word] = kind
            words[word + "s"] = kind
        }
        return words
    }()

    /// The levels below a unit, in order, for numerals written one after another (3(a)(1)(B)).
    static func levels(below kind: DivisionKind) -> [DivisionKind] {
        let us: [DivisionKind] = [
            .section, .subsection, .paragraph, .subparagraph, .clause, .subclause, .item, .subitem,
        ]
        let articles: [DivisionKind] = [.article, .paragraph, .item, .subitem]
        let chain = kind == .article ? articles : us
        guard let position = chain.firstIndex(of: kind) else { return [] }
        return Array(chain[(position + 1)...])
    }

    /// The marks joining two numbers: en dash, figure dash, non-breaking hyphen.
    static let dashes: Set<String> = ["–", "‒", "‑"]

    /// The last words of the names of Acts, codes, treaties and rules.
    static let nameEndings: Set<String> = ["Act", "Code", "Convention", "Procedure"]

    /// Kinds whose numbers are written bare (section 3, chapter 35, title IV), not in brackets.
    static let numberedBare: Set<DivisionKind> = [
        .section, .chapter, .subchapter, .part, .subpart, .title, .subtitle, .division, .subdivision, .article,
    ]

    mutating func run() -> [EnglishCitation] {
        while index < tokens.count {
            let start = index
            if let citations = citation() {
                for var citation in citations {
                    citation.sentenceWork = sentenceWork
                    if case .external(let work) = citation.scope {
                        lastWork = work
                        sentenceWork = work
                    }
                    found.append(citation)
                }
            } else {
                if tokens[start].text == "." || tokens[start].text == ";" { sentenceWork = nil }
                index = start + 1
            }
        }
        return found
    }

    // MARK: Tokens

    private func token(_ offset: Int = 0) -> EnglishToken? {
        tokens.indices.contains(index + offset) ? tokens[index + offset] : nil
    }

    private func word(_ offset: Int = 0) -> String? {
        guard let token = token(offset), token.kind == .word else { return nil }
        return token.text
    }

    private func isWord(_ offset: Int, _ words: Set<String>) -> Bool {
        word(offset).map { words.contains($0.lowercased()) } ?? false
    }

    private func text(_ range: Range<Int>) -> String { EnglishToken.string(characters[range]) }

    /// Whether the token at `offset` follows the one before it with no space (3(a)).
    private func isAttached(_ offset: Int) -> Bool {
        guard let current = token(offset), let previous = token(offset - 1) else { return false }
        return previous.range.upperBound == current.range.lowerBound
    }

    // MARK: Grammar

    /// The citations starting at the current token, the index moved past them; nil when none starts there.
    private mutating func citation() -> [EnglishCitation]? {
        guard let first = token() else { return nil }
        if first.kind == .number, let external = codeOrStatute() { return external }
        if isWord(0, ["this"]), let current = thisProvision() { return [current] }
        if isWord(0, ["public", "pub.", "p.l."]), let law = publicLaw() {
            return [EnglishCitation(range: law.range, text: text(law.range), scope: .external(law.work), steps: [])]
        }
        if first.kind == .mark, first.text == "§" || first.text == "§§" {
            return numbered(kind: .section, wordRange: first.range)
        }
        if let word = word(), let kind = Self.kindWords[word.lowercased()] {
            return numbered(kind: kind, wordRange: first.range)
        }
        if let act = actName() {
            return [EnglishCitation(range: act.range, text: text(act.range), scope: .external(act.work), steps: [])]
        }
        return nil
    }

    /// `this section`, `this Act`, `this title`.
    private mutating func thisProvision() -> EnglishCitation? {
        guard let start = token(), let named = word(1) else { return nil }
        let lowered = named.lowercased()
        let kind: DivisionKind?
        if lowered == "act" || lowered == "code" {
            kind = nil
        } else if let found = Self.kindWords[lowered], !lowered.hasSuffix("s") {
            kind = found
        } else {
            return nil
        }
        guard let end = token(1) else { return nil }
        index += 2
        let range = start.range.lowerBound..<end.range.upperBound
        return EnglishCitation(range: range, text: text(range), scope: .current(kind), steps: [])
    }

    /// `22 U.S.C. 3301(b)`, `22 U.S.C. 3301 et seq.`, `15 U.S.C. 278g–3, 278g–4` (a list: one citation each),
    /// `93 Stat. 14`.
    private mutating func codeOrStatute() -> [EnglishCitation]? {
        guard let volume = token(), let marker = word(1) else { return nil }
        if marker == "U.S.C." || marker == "USC" || marker == "U.S.C" {
            var offset = 2
            if let mark = token(offset), mark.kind == .mark, mark.text == "§" { offset += 1 }
            guard let section = token(offset), section.kind == .number else { return nil }
            index += offset
            let work = "/us/usc/t\(volume.text)"
            var start = volume.range.lowerBound
            var citations: [EnglishCitation] = []
            while true {
                let (steps, through) = codeSectionSteps()
                let range = start..<tokens[index - 1].range.upperBound
                citations.append(
                    EnglishCitation(
                        range: range, text: text(range), scope: .external(work), steps: steps, through: through))
                // `et seq.` says the sections that follow belong too; the citation is of the first.
                if isWord(0, ["et"]), isWord(1, ["seq."]) { index += 2 }
                // Another section of the same title: `, 278g–4`, `and 278g–4`, `, and 278g–4`.
                var skip = 0
                if token()?.text == "," { skip += 1 }
                if isWord(skip, ["and", "or"]) { skip += 1 }
                guard skip > 0, let next = token(skip), next.kind == .number,
                    !(word(skip + 1).map { ["U.S.C.", "USC", "Stat."].contains($0) } ?? false)
                else { break }
                index += skip
                start = next.range.lowerBound
            }
            return citations
        }
        if marker == "Stat.", let page = token(2), page.kind == .number {
            index += 3
            let range = volume.range.lowerBound..<page.range.upperBound
            return [
                EnglishCitation(
                    range: range, text: text(range), scope: .external("/us/stat/\(volume.text)/\(page.text)"),
                    steps: [])
            ]
        }
        return nil
    }

    /// A section of the Code and the numerals after it; an en dash after it joins a range of sections (151–158) or,
    /// after a section number with letters, is the Code's hyphen inside one (278g–3).
    private mutating func codeSectionSteps() -> (steps: [EnglishCitation.Step], through: [EnglishCitation.Step]?) {
        let steps = numeralSteps(kind: .section)
        guard steps.count == 1, let dash = token(), Self.dashes.contains(dash.text), isAttached(0), let rest = token(1),
            rest.kind == .number, isAttached(1)
        else { return (steps, nil) }
        index += 1
        if steps[0].numeral.allSatisfy(\.isNumber) {
            return (steps, numeralSteps(kind: .section))
        }
        let joined = EnglishCitation.Step(kind: .section, numeral: steps[0].numeral + "-" + rest.text)
        return ([joined] + numeralSteps(kind: .section).dropFirst(), nil)
    }

    /// `Public Law 96-8`, `Pub. L. 96–8`, `P.L. 96-8`: its range and identifier, the index moved past it.
    private mutating func publicLaw() -> (range: Range<Int>, work: String)? {
        guard let start = token() else { return nil }
        var offset = 1
        if isWord(0, ["public"]) {
            guard isWord(1, ["law"]) else { return nil }
            offset = 2
        } else if isWord(0, ["pub."]) {
            guard word(1) == "L." else { return nil }
            offset = 2
        }
        guard let congress = token(offset), congress.kind == .number else { return nil }
        // `96-8` is one token; `96–8` three (the en dash a mark).
        var parts = congress.text.split(separator: "-").map(String.init)
        var end = congress
        if parts.count == 1, let dash = token(offset + 1), Self.dashes.contains(dash.text), isAttached(offset + 1),
            let number = token(offset + 2), number.kind == .number, isAttached(offset + 2)
        {
            parts.append(number.text)
            end = number
            offset += 2
        }
        guard parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
        index += offset + 1
        return (start.range.lowerBound..<end.range.upperBound, "/us/pl/\(parts[0])/\(parts[1])")
    }

    /// An Act or code cited by its name: `Arms Export Control Act`, `Foreign Assistance Act of 1961`, `Internal
    /// Revenue Code of 1986` (a leading `the` left out); its range and `Act:` name, the index moved past it.
    private mutating func actName() -> (range: Range<Int>, work: String)? {
        // `Act of June 29, 1935`, an Act known by the date of its enactment.
        if word() == "Act", isWord(1, ["of"]), let date = treatyDate(at: 2), let start = token(),
            let identifier = Self.actIdentifier(tokens[(index + 2)..<(index + 6)].map(\.text))
        {
            index += date.next
            return (start.range.lowerBound..<date.end, identifier)
        }
        guard let first = word(), first.first?.isUppercase == true,
            !["This", "The", "That", "Such", "Each", "Any", "An", "A", "Act", "Code"].contains(first)
        else { return nil }
        // `Convention on the Recognition and Enforcement of Foreign Arbitral Awards`: a treaty named by its subject.
        if first == "Convention", !isWord(1, ["on", "for", "concerning", "against", "between"]) { return nil }
        // A name in quotation marks is being given (`may be cited as the “Taiwan Relations Act”`), not cited.
        if let before = token(-1), before.kind == .mark, ["“", "\"", "‘"].contains(before.text) { return nil }
        let connectors: Set<String> = ["of", "and", "for", "on", "to", "the", "in", "with", "&"]
        var offset = 0
        var lastCapital = -1
        while let token = token(offset) {
            if token.kind == .word, token.text.first?.isUppercase == true {
                if Self.nameEndings.contains(token.text) {
                    guard (lastCapital >= 0 && lastCapital == offset - 1) || (offset == 0 && token.text == "Convention")
                    else { return nil }
                    var end = token.range.upperBound
                    var consumed = offset + 1
                    if token.text == "Convention" { treatyTail(after: &consumed, end: &end) }
                    if isWord(consumed, ["of"]), let year = self.token(consumed + 1), year.kind == .number,
                        year.text.count == 4
                    {
                        end = year.range.upperBound
                        consumed += 2
                    } else if isWord(consumed, ["of"]), let date = treatyDate(at: consumed + 1) {
                        end = date.end
                        consumed = date.next
                    }
                    if let after = self.token(consumed), after.kind == .mark, ["”", "\"", "’"].contains(after.text) {
                        return nil
                    }
                    let start = tokens[index].range.lowerBound
                    let name = text(start..<end)
                    index += consumed
                    return (start..<end, "Act:" + name)
                }
                lastCapital = offset
            } else if token.kind == .word, connectors.contains(token.text), lastCapital == offset - 1 {
                // A connector joins two capitalised words.
            } else {
                return nil
            }
            offset += 1
            if offset > 14 { return nil }
        }
        return nil
    }

    /// The subject of a treaty after its name: `on International Commercial Arbitration` (capitalised words and the
    /// small words between them); `consumed` and `end` moved past it.
    private func treatyTail(after consumed: inout Int, end: inout Int) {
        guard isWord(consumed, ["on", "for", "concerning", "against", "between"]) else { return }
        var offset = consumed + 1
        var last: EnglishToken?
        while let token = token(offset), token.kind == .word {
            if token.text.first?.isUppercase == true {
                last = token
            } else if !["of", "and", "the", "for", "on", "in", "to"].contains(token.text) {
                break
            } else if isWord(offset, ["of"]), treatyDate(at: offset + 1) != nil {
                break
            }
            offset += 1
        }
        guard let last else { return }
        end = last.range.upperBound
        // Back to the last capitalised word.
        while let token = token(offset - 1), token.range.lowerBound >= last.range.upperBound { offset -= 1 }
        consumed = offset
    }

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// `/us/act/1935-06-29` for the words `June`, `29`, `,`, `1935`.
    static func actIdentifier(_ date: [String]) -> String? {
        guard date.count == 4, let month = months.firstIndex(of: date[0]), let day = Int(date[1]) else { return nil }
        let padded = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "/us/act/\(date[3])-\(padded(month + 1))-\(padded(day))"
    }

    /// A date such as `June 10, 1958` at `offset`: where it ends and the offset after it.
    private func treatyDate(at offset: Int) -> (end: Int, next: Int)? {
        guard let month = word(offset), Self.months.contains(month), let day = token(offset + 1), day.kind == .number,
            token(offset + 2)?.text == ",", let year = token(offset + 3), year.kind == .number, year.text.count == 4
        else { return nil }
        return (year.range.upperBound, offset + 4)
    }

    /// The numerals written after a unit's number or a bracketed one: `3301(b)(1)` → section 3301, subsection b,
    /// paragraph 1, the index moved past them. The first token is the current one.
    private mutating func numeralSteps(kind: DivisionKind) -> [EnglishCitation.Step] {
        guard let first = token() else { return [] }
        var steps = [EnglishCitation.Step(kind: kind, numeral: first.text)]
        index += 1
        var levels = Self.levels(below: kind)[...]
        while let next = token(), next.kind == .bracketed, isAttached(0) {
            steps.append(EnglishCitation.Step(kind: levels.popFirst() ?? .item, numeral: next.text))
            index += 1
        }
        return steps
    }

    /// Whether the current token is a numeral of `kind`: a number, Roman numeral or capital letter for units and
    /// groups (3, 3301a, IV, A), a bracketed numeral for the levels below.
    private func isNumeral(of kind: DivisionKind) -> Bool {
        guard let token = token() else { return false }
        guard Self.numberedBare.contains(kind) else { return token.kind == .bracketed }
        if token.kind == .number { return true }
        guard token.kind == .word else { return false }
        let roman = token.text.allSatisfy { "IVXLC".contains($0) }
        return (roman || (token.text.count == 1 && token.text.first?.isUppercase == true))
            && token.text.count <= 6
    }

    /// A kind word followed by one or more numerals: `section 3(a)`, `sections 5 through 8`, `subsections (a) and
    /// (b)`, `paragraph (2) of this subsection`, `section 552 of title 5, United States Code`. Each element of a list
    /// is its own citation; a range is one.
    private mutating func numbered(kind: DivisionKind, wordRange: Range<Int>) -> [EnglishCitation]? {
        let start = index
        index += 1
        guard isNumeral(of: kind) else {
            index = start
            return nil
        }
        var elements: [(range: Range<Int>, steps: [EnglishCitation.Step], through: [EnglishCitation.Step]?)] = []
        var elementStart = wordRange.lowerBound
        while true {
            let steps = numeralSteps(kind: kind)
            var end = tokens[index - 1].range.upperBound
            var through: [EnglishCitation.Step]?
            let isDash = token().map { Self.dashes.contains($0.text) && isAttached(0) } ?? false
            if isWord(0, ["through", "to"]) || isDash {
                let mark = index
                index += 1
                if isNumeral(of: kind) {
                    through = numeralSteps(kind: kind)
                    end = tokens[index - 1].range.upperBound
                } else {
                    index = mark
                }
            }
            elements.append((elementStart..<end, steps, through))
            if through == nil, let below = levelsNamedBelow(kind, under: steps, from: elementStart) {
                elements.removeLast()
                elements += below
            }
            // Another element of a list: `, 8`, ` and 8`, `, and (c)`, ` or (2)`.
            let mark = index
            if token()?.text == "," { index += 1 }
            if isWord(0, ["and", "or"]) { index += 1 }
            guard index > mark, let next = token() else {
                index = mark
                break
            }
            // `subchapter I or subchapter VIII of chapter 33`: the kind word said again.
            if next.kind == .word, Self.kindWords[next.text.lowercased()] == kind {
                index += 1
            }
            guard isNumeral(of: kind) else {
                index = mark
                break
            }
            elementStart = next.range.lowerBound
        }
        // What the numbers are of: `of this subsection`, `of section 5`, `of title 5, United States Code`.
        var scope: EnglishCitation.Scope = Self.numberedBare.contains(kind) ? .absolute : .enclosing
        var prefix: [EnglishCitation.Step] = []
        var qualifierEnd: Int?
        // `…, and 3101–3107, of this title`: the qualifier after a comma.
        if token()?.text == ",", isWord(1, ["of"]), isWord(2, ["this", "title"]) { index += 1 }
        if isWord(0, ["of"]), let qualifier = qualifier() {
            scope = qualifier.scope
            prefix = qualifier.steps
            qualifierEnd = qualifier.end
        }
        if kind == .title, scope == .absolute, token()?.text == ",", isWord(1, ["united"]), isWord(2, ["states"]),
            isWord(3, ["code"]), let code = token(3), let last = elements.last, last.steps.count == 1
        {
            // `title 10, United States Code`.
            index += 4
            let range = last.range.lowerBound..<code.range.upperBound
            elements[elements.count - 1].range = range
            return elements.dropLast().map {
                EnglishCitation(
                    range: $0.range, text: text($0.range), scope: .external("/us/usc/t\($0.steps[0].numeral)"),
                    steps: [])
            } + [
                EnglishCitation(
                    range: range, text: text(range), scope: .external("/us/usc/t\(last.steps[0].numeral)"), steps: [])
            ]
        }
        if let qualifierEnd, let last = elements.indices.last {
            elements[last].range = elements[last].range.lowerBound..<qualifierEnd
        }
        return elements.map { element in
            EnglishCitation(
                range: element.range, text: text(element.range), scope: scope, steps: prefix + element.steps,
                through: element.through.map { prefix + $0 })
        }
    }

    /// `Article 25, paragraphs (2) and (3)`: the levels below a unit named by their own words after a comma, as
    /// translations of Japanese laws cite them — each paragraph its own citation, the first written from `start`;
    /// nil (index unchanged) when no such words follow.
    private mutating func levelsNamedBelow(_ kind: DivisionKind, under steps: [EnglishCitation.Step], from start: Int)
        -> [(range: Range<Int>, steps: [EnglishCitation.Step], through: [EnglishCitation.Step]?)]?
    {
        let mark = index
        guard token()?.text == ",", let named = word(1), let deeper = Self.kindWords[named.lowercased()],
            Self.levels(below: kind).contains(deeper)
        else { return nil }
        index += 2
        guard isNumeral(of: deeper) else {
            index = mark
            return nil
        }
        var found: [(range: Range<Int>, steps: [EnglishCitation.Step], through: [EnglishCitation.Step]?)] = []
        var elementStart = start
        while true {
            let below = steps + numeralSteps(kind: deeper)
            found.append((elementStart..<tokens[index - 1].range.upperBound, below, nil))
            let next = index
            if token()?.text == "," { index += 1 }
            if isWord(0, ["and", "or"]) { index += 1 }
            guard index > next, isNumeral(of: deeper), let numeral = token() else {
                index = next
                break
            }
            elementStart = numeral.range.lowerBound
        }
        // `Article 6, paragraph (1), item (ii)`: one level further.
        if found.count == 1, let only = found.first,
            let further = levelsNamedBelow(deeper, under: only.steps, from: only.range.lowerBound)
        {
            return further
        }
        return found
    }

    /// After `of`: what the numbers before it are of, the index moved past it; nil (index unchanged) when the words
    /// after `of` name nothing this grammar reads (`of such section`).
    private mutating func qualifier() -> (scope: EnglishCitation.Scope, steps: [EnglishCitation.Step], end: Int)? {
        let start = index
        index += 1
        if isWord(0, ["this"]), let current = thisProvision() {
            return (current.scope, [], current.range.upperBound)
        }
        if isWord(0, ["public", "pub.", "p.l."]), let law = publicLaw() {
            return (.external(law.work), [], law.range.upperBound)
        }
        if isWord(0, ["that", "such"]), isWord(1, ["act", "code", "law"]), let lastWork, let end = token(1) {
            index += 2
            return (.external(lastWork), [], end.range.upperBound)
        }
        if isWord(0, ["that", "such"]), let named = word(1), let kind = Self.kindWords[named.lowercased()],
            !named.lowercased().hasSuffix("s"), let end = token(1)
        {
            index += 2
            // `item (ii) of that Article` after `Article 2, item (i) of the … Act`: a provision of that Act.
            if let last = found.last, case .external(let work) = last.scope,
                let position = last.steps.lastIndex(where: { $0.kind == kind })
            {
                return (.external(work), Array(last.steps[...position]), end.range.upperBound)
            }
            return (.lastCited(kind), [], end.range.upperBound)
        }
        if isWord(0, ["the"]) { index += 1 }
        // `of the {ref:/akn/jp/act/2014/68|Administrative Complaint Review Act}`: a work its markup names.
        if let marked = token(), let work = markedWorks[index] {
            index += 1
            return (.external(work), [], marked.range.upperBound)
        }
        if let word = word(), let kind = Self.kindWords[word.lowercased()], !word.lowercased().hasSuffix("s"),
            let inner = numbered(kind: kind, wordRange: tokens[index].range), inner.count == 1, let cited = inner.first
        {
            if kind == .title, case .absolute = cited.scope, cited.steps.count == 1 {
                // `section 552 of title 5` is of the US Code, with or without `, United States Code`.
                var end = cited.range.upperBound
                if token()?.text == ",", isWord(1, ["united"]), isWord(2, ["states"]), isWord(3, ["code"]),
                    let code = token(3)
                {
                    end = code.range.upperBound
                    index += 4
                }
                return (.external("/us/usc/t\(cited.steps[0].numeral)"), [], end)
            }
            return (cited.scope, cited.steps, cited.range.upperBound)
        }
        if let act = actName() {
            return (.external(act.work), [], act.range.upperBound)
        }
        index = start
        return nil
    }
}
