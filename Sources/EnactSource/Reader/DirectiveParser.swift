import EnactCore

/// Parses the text of an `@` line (without the `@`) into a ``Directive``.
///
/// ```
/// @chapter I General Provisions {#general}     keyword, optional number, heading, label
/// @article (Purpose) {#purpose}                automatic number
/// @第十二条の二（目的）                         Japanese designation (Japanese tradition)
/// @note: text    @corresponds-to: /us/usc/t22/s3301    @repealed    @repealed unprinted
/// @preamble  @enacting-formula  @supplementary-provisions  @schedule 1 Heading
/// ```
struct DirectiveParser {
    let tradition: Tradition
    /// The document's wording, which decides the keywords suggested in messages.
    let wording: Wording

    /// A problem with its column offset (in Unicode scalars from the `@`).
    struct Failure: Error {
        var id: DiagnosticID
        var message: String
        var column: Int
    }

    func parse(_ line: Substring) throws(Failure) -> Directive {
        let word = Self.firstWord(line)
        let rest = line.dropFirst(word.count)
        switch word {
        case Keyword.note:
            return .note(try required(rest, what: "a note", column: word.count))
        case Keyword.correspondsTo:
            let target = try required(rest, what: "a work or provision identifier", column: word.count)
            guard WorkIdentifier(target) != nil || target.hasPrefix("https://") || target.hasPrefix("http://") else {
                throw Failure(
                    id: .invalidAnnotation,
                    message:
                        "'corresponds-to:' takes one identifier such as /us/usc/t22/s3301 or an http(s) address, not '\(target)'",
                    column: word.count + 1)
            }
            return .correspondsTo(target)
        case Keyword.asWritten, Keyword.headnote, Keyword.writtenHeading:
            let value = String(Self.trimmed(rest))
            let location = SourceLocation(file: "<annotation>", line: 1, column: 1)
            guard let inlines = try? InlineSource.parse(value, at: location), inlines.count == 1,
                case .preserved(let kept) = inlines[0]
            else {
                throw Failure(
                    id: .invalidAnnotation,
                    message: "'\(word)' takes one kept element: {xml:FORMAT|TEXT|MARKUP}", column: word.count + 1)
            }
            switch word {
            case Keyword.headnote: return .headnote(kept)
            case Keyword.writtenHeading: return .writtenHeading(kept)
            default: return .asWritten(kept)
            }
        case Keyword.designation:
            return .designation(try WrittenDesignation.read(rest, column: word.count))
        case Keyword.element:
            return .element(try ElementDirective.read(rest, column: word.count))
        case Keyword.repealed:
            let option = Self.trimmed(rest)
            guard option.isEmpty || option == Keyword.unprinted else {
                throw Failure(
                    id: .invalidAnnotation,
                    message: "'@repealed' takes nothing after it, or '\(Keyword.unprinted)' when no word is printed",
                    column: word.count + 1)
            }
            return .repealed(printed: option.isEmpty)
        case Keyword.begin:
            try expectNothing(rest, after: word)
            return .begin
        case Keyword.end:
            try expectNothing(rest, after: word)
            return .end
        case Keyword.preamble.0, Keyword.preamble.1:
            try expectNothing(rest, after: word)
            return .preamble
        case Keyword.enactingFormula.0, Keyword.enactingFormula.1:
            try expectNothing(rest, after: word)
            return .enactingFormula
        case Keyword.tableOfContents.0, Keyword.tableOfContents.1:
            try expectNothing(rest, after: word)
            return .tableOfContents
        case Keyword.cover:
            try expectNothing(rest, after: word)
            return .cover
        case Keyword.closing:
            try expectNothing(rest, after: word)
            return .closing
        case Keyword.enclosure:
            try expectNothing(rest, after: word)
            return .enclosure(nil)
        case Keyword.enclosureElement:
            return .enclosure(try ElementDirective.read(rest, column: word.count))
        case Keyword.enclosureAfter:
            try expectNothing(rest, after: word)
            return .enclosureAfter
        case Keyword.supplementaryProvisions.0, Keyword.supplementaryProvisions.1:
            let (heading, label) = try headingAndLabel(rest, column: word.count)
            return .supplementaryProvisions(heading: heading, label: label)
        default:
            break
        }
        if word == Keyword.schedule.0 || word.hasPrefix(Keyword.schedule.1) {
            return try schedule(word: word, rest: rest)
        }
        if let kind = tradition.kind(forKeyword: word) {
            return .division(try keywordDivision(kind, rest: rest, column: word.count))
        }
        if tradition.id == .jp, let (kind, number) = try JapaneseDesignation.parse(word) {
            let (heading, label) = try headingAndLabel(rest, column: word.count, parenthesised: isParenthesised(kind))
            return .division(
                DivisionHeader(kind: kind, numbering: .explicit, number: number, heading: heading, label: label))
        }
        let known = tradition.levels.map { wording.isJapanese ? ($0.japaneseKeyword ?? $0.keyword) : $0.keyword }
            .joined(
                separator: ", ")
        throw Failure(
            id: .unknownKeyword,
            message: "unknown division keyword '\(word)'; the \(tradition.id.rawValue) tradition has \(known)",
            column: 0)
    }

    private func keywordDivision(_ kind: DivisionKind, rest: Substring, column: Int) throws(Failure) -> DivisionHeader {
        let body = Self.trimmedLeading(rest)
        let skipped = rest.count - body.count
        if body.hasPrefix("\\") {
            // A heading that would read as a number is escaped: `@chapter \\2025 Expo`.
            let (heading, label) = try headingAndLabel(
                body.dropFirst(), column: column + skipped + 1, parenthesised: isParenthesised(kind))
            return DivisionHeader(kind: kind, numbering: .automatic, number: nil, heading: heading, label: label)
        }
        let token = Self.firstWord(body, stopAtBracket: false)
        var numbering = Numbering.automatic
        var number: DivisionNumber?
        var afterNumber = body
        if let parsed = Self.number(in: token, level: tradition.level(of: kind)) {
            numbering = .explicit
            number = parsed
            afterNumber = body.dropFirst(token.count)
        } else if Self.startsWithDigit(token) {
            throw Failure(
                id: .invalidNumber,
                message:
                    "cannot read '\(token)' as a number of the \(kind.rawValue); if it begins the heading, write '\\' before it",
                column: column + skipped)
        }
        let (heading, label) = try headingAndLabel(
            afterNumber, column: column + skipped + (body.count - afterNumber.count),
            parenthesised: isParenthesised(kind))
        return DivisionHeader(kind: kind, numbering: numbering, number: number, heading: heading, label: label)
    }

    private func schedule(word: Substring, rest: Substring) throws(Failure) -> Directive {
        var numbering = Numbering.automatic
        var number: DivisionNumber?
        var remainder = rest
        if word == Keyword.schedule.1, Self.trimmedLeading(rest).hasPrefix("\\") {
            remainder = Self.trimmedLeading(rest).dropFirst()
        } else if word.hasPrefix(Keyword.schedule.1), word.count > Keyword.schedule.1.count {
            let designation = word.dropFirst(Keyword.schedule.1.count)
            guard designation.hasPrefix("第"), let value = Numeral.kanji.parse(designation.dropFirst()) else {
                throw Failure(
                    id: .invalidNumber, message: "cannot read '\(word)' as a schedule number such as 別表第一", column: 0)
            }
            numbering = .explicit
            number = DivisionNumber(value)
        } else if word == Keyword.schedule.0 {
            let body = Self.trimmedLeading(rest)
            let token = Self.firstWord(body, stopAtBracket: false)
            if body.hasPrefix("\\") {
                remainder = body.dropFirst()
            } else if let value = Numeral.arabic.parse(token) {
                numbering = .explicit
                number = DivisionNumber(value)
                remainder = body.dropFirst(token.count)
            }
        }
        let (heading, label) = try headingAndLabel(remainder, column: word.count + (rest.count - remainder.count))
        return .schedule(numbering: numbering, number: number, heading: heading, label: label)
    }

    private func isParenthesised(_ kind: DivisionKind) -> Bool {
        tradition.level(of: kind)?.parenthesisedHeading ?? false
    }

    /// Splits `text {#label}` into heading and label; strips （） or () around a parenthesised heading.
    private func headingAndLabel(_ text: Substring, column: Int, parenthesised: Bool = false) throws(Failure)
        -> (String?, String?)
    {
        var heading = Self.trimmed(text)
        var label: String?
        if heading.hasSuffix("}"), let brace = heading.lastIndex(of: "{"),
            heading.index(after: brace) < heading.endIndex, heading[heading.index(after: brace)] == "#"
        {
            let open = brace..<heading.index(brace, offsetBy: 2)
            let candidate = heading[open.upperBound..<heading.index(before: heading.endIndex)]
            guard Label.isValid(candidate) else {
                let offset =
                    column + (text.count - Self.trimmedLeading(text).count)
                    + heading.distance(from: heading.startIndex, to: open.lowerBound)
                throw Failure(
                    id: .invalidLabel,
                    message:
                        "'\(candidate)' is not a label: use letters, digits, '-', '_' and '.', starting with a letter or '_'",
                    column: offset)
            }
            label = String(candidate)
            heading = Self.trimmed(heading[..<open.lowerBound])
        }
        if let stray = heading.indices.first(where: { heading[$0] == "{" && heading[$0...].hasPrefix("{#") }) {
            let offset =
                column + (text.count - Self.trimmedLeading(text).count)
                + heading.distance(from: heading.startIndex, to: stray)
            throw Failure(id: .invalidLabel, message: "a label '{#…}' must come last on its line", column: offset)
        }
        if parenthesised, heading.count >= 2,
            (heading.first == "（" && heading.last == "）") || (heading.first == "(" && heading.last == ")")
        {
            heading = Self.trimmed(heading.dropFirst().dropLast())
        }
        return (heading.isEmpty ? nil : String(heading), label)
    }

    private func required(_ rest: Substring, what: String, column: Int) throws(Failure) -> String {
        let value = Self.trimmed(rest)
        guard !value.isEmpty else {
            throw Failure(id: .invalidAnnotation, message: "expected \(what) after the keyword", column: column)
        }
        return String(value)
    }

    private func expectNothing(_ rest: Substring, after word: Substring) throws(Failure) {
        guard Self.trimmed(rest).isEmpty else {
            throw Failure(
                id: .invalidDirective, message: "'@\(word)' takes nothing after it on its line",
                column: word.count + 1)
        }
    }

    // MARK: Words

    /// The number a token after a keyword names, if it names one for `level`.
    static func number(in token: Substring, level: Level?) -> DivisionNumber? {
        guard mayBeNumber(token), let level else { return nil }
        return level.english.parseToken(token)
    }

    /// Whether a heading written after a keyword would be read as (or refused as) a number, so that the
    /// printer must escape it with a backslash.
    static func headingNeedsEscape(_ heading: Substring, level: Level?) -> Bool {
        let token = firstWord(heading, stopAtBracket: false)
        return heading.hasPrefix("\\") || number(in: token, level: level) != nil || startsWithDigit(token)
    }

    private static func startsWithDigit(_ token: Substring) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        return ("0"..."9").contains(first) || (0xFF10...0xFF19).contains(first.value)
    }

    /// Whether a token could be a number at all: short, without spaces, starting with a letter, a digit or a
    /// bracket followed by one. Saves parsing every heading as a number.
    static func mayBeNumber(_ token: Substring) -> Bool {
        guard !token.isEmpty, token.utf8.count <= 24, !token.contains(" ") else { return false }
        var scalars = token.unicodeScalars[...]
        if let first = scalars.first, first == "(" || first == "（" { scalars = scalars.dropFirst() }
        guard let lead = scalars.first else { return false }
        return lead.isASCII
            ? lead.properties.isAlphabetic || ("0"..."9").contains(lead) : (0xFF10...0xFF5A).contains(lead.value)
    }

    static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{3000}"
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}"
    }

    /// The first word: up to a space, or (unless it is the first character) an opening bracket. A word that
    /// starts with a bracket runs to the closing bracket.
    static func firstWord(_ text: Substring, stopAtBracket: Bool = true) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return text }
        if first == "(" || first == "（" {
            let close: Unicode.Scalar = first == "(" ? ")" : "）"
            if let closing = scalars.firstIndex(of: close) { return text[...closing] }
        }
        var end = scalars.index(after: scalars.startIndex)
        if isSpace(first) { end = scalars.startIndex }
        while end < scalars.endIndex {
            let scalar = scalars[end]
            if isSpace(scalar) { break }
            if stopAtBracket, scalar == "(" || scalar == "（" || scalar == "{" { break }
            end = scalars.index(after: end)
        }
        return text[text.startIndex..<end]
    }

    static func trimmedLeading(_ text: Substring) -> Substring {
        guard let start = text.unicodeScalars.firstIndex(where: { !isSpace($0) }) else { return text[text.endIndex...] }
        return text[start...]
    }

    static func trimmed(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return text[text.endIndex...] }
        return text[start...last]
    }
}
