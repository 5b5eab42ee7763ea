import EnactCore

/// Reads the inline markup of one text line into ``Inline`` values.
///
/// ```
/// text   := (plain | escape | markup)*
/// escape := '\' any ASCII punctuation            → that character
/// break  := '\' at the end of the line            → a line break: the text goes on on the next line
/// markup := '{' tag ':' value ['|' shown] '}'    tag ∈ ref def term em date ruby
///           '{xml:' format '|' text '|' markup '}' markup kept whole (`\n` is a line break inside a value)
/// ```
/// Works on UTF-8 bytes; plain runs without escapes are decoded in one step.
struct InlineParser {
    let buffer: SourceBuffer
    let line: Int
    let lineStart: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(buffer: SourceBuffer, line: Int, lineStart: Int) {
        self.buffer = buffer
        self.line = line
        self.lineStart = lineStart
    }

    /// Parses `bytes[range]`; on an error the diagnostic is recorded and the rest of the line is kept as text.
    mutating func parse(_ range: Range<Int>) -> [Inline] {
        let bytes = buffer.bytes
        var inlines: [Inline] = []
        // Plain text is kept as one byte range while it needs no unescaping, and copied into `text` otherwise.
        var text: [UInt8] = []
        var plainRun: Range<Int>?
        var runStart = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound

        func materialise() {
            if let run = plainRun {
                text.append(contentsOf: bytes[run])
                plainRun = nil
            }
        }
        func flushRun(upTo position: Int) {
            guard runStart < position else { return }
            if text.isEmpty, plainRun == nil {
                plainRun = runStart..<position
            } else {
                materialise()
                text.append(contentsOf: bytes[runStart..<position])
            }
        }
        func appendLiteral(_ byte: UInt8) {
            materialise()
            text.append(byte)
        }
        func appendLiteral(_ slice: ArraySlice<UInt8>) {
            materialise()
            text.append(contentsOf: slice)
        }
        func flushText() {
            if let run = plainRun {
                inlines.append(.text(String(decoding: bytes[run], as: UTF8.self)))
                plainRun = nil
            } else if !text.isEmpty {
                inlines.append(.text(String(decoding: text, as: UTF8.self)))
                text.removeAll(keepingCapacity: true)
            }
        }

        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                flushRun(upTo: index)
                if index + 1 == end {
                    appendLiteral(UInt8(ascii: "\n"))
                    index += 1
                    runStart = index
                    continue
                }
                guard Self.isEscapable(bytes[index + 1]) else {
                    report(
                        .invalidEscape, "a backslash must be followed by one of \\ { } | @ / to escape it", at: index)
                    appendLiteral(bytes[index])
                    index += 1
                    runStart = index
                    continue
                }
                appendLiteral(bytes[index + 1])
                index += 2
                runStart = index
            case UInt8(ascii: "{"):
                flushRun(upTo: index)
                guard let (inline, next) = markup(at: index, end: end) else {
                    appendLiteral(bytes[index..<end])
                    runStart = end
                    index = end
                    continue
                }
                flushText()
                inlines.append(inline)
                index = next
                runStart = index
            case UInt8(ascii: "}"):
                report(.unmatchedBrace, "'}' closes no inline markup; write \\} for a literal brace", at: index)
                flushRun(upTo: index + 1)
                index += 1
                runStart = index
            default:
                index += 1
            }
        }
        flushRun(upTo: end)
        flushText()
        return inlines
    }

    /// Parses `{tag:value|shown}` starting at the brace; nil after reporting an error.
    private mutating func markup(at open: Int, end: Int) -> (Inline, Int)? {
        let bytes = buffer.bytes
        var index = open + 1
        while index < end, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index]) { index += 1 }
        let tag = buffer.string(open + 1..<index)
        guard index < end, bytes[index] == UInt8(ascii: ":"), Self.tags.contains(tag) else {
            let shown = tag.isEmpty ? "{" : "{\(tag)"
            report(
                .unknownMarkup,
                "unknown inline markup '\(shown)'; use {ref:…}, {def:…}, {term:…}, {em:…}, {date:…} or {ruby:…}, or \\{ for a literal brace",
                at: open)
            return nil
        }
        index += 1
        var fields: [[UInt8]] = [[]]
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < end, Self.isEscapable(bytes[index + 1]) {
                fields[fields.count - 1].append(bytes[index + 1])
                index += 2
            } else if byte == UInt8(ascii: "\\"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "n") {
                // A line break inside a value (the cells of a preserved table).
                fields[fields.count - 1].append(UInt8(ascii: "\n"))
                index += 2
            } else if byte == UInt8(ascii: "|") {
                fields.append([])
                index += 1
            } else if byte == UInt8(ascii: "}") {
                return build(tag: tag, fields: fields.map { String(decoding: $0, as: UTF8.self) }, at: open)
                    .map { ($0, index + 1) }
            } else if byte == UInt8(ascii: "{") {
                report(.nestedMarkup, "inline markup cannot contain '{'; write \\{ for a literal brace", at: index)
                return nil
            } else {
                fields[fields.count - 1].append(byte)
                index += 1
            }
        }
        report(.unterminatedMarkup, "unterminated inline markup '{\(tag):'; close it with '}'", at: open)
        return nil
    }

    private mutating func build(tag: String, fields: [String], at open: Int) -> Inline? {
        let value = fields[0]
        let shown = fields.count > 1 ? fields[1] : nil
        let anchor = SourceAnchor(buffer.location(line: line, lineStart: lineStart, offset: open))
        if tag == "xml" {
            guard fields.count == 3, !value.isEmpty else {
                report(
                    .invalidMarkup, "'{xml:' takes a format, its text and its markup: {xml:jplaw|TEXT|MARKUP}", at: open
                )
                return nil
            }
            return .preserved(PreservedMarkup(format: value, markup: fields[2], text: fields[1]))
        }
        guard fields.count <= 2 else {
            report(.invalidMarkup, "'{\(tag):' takes at most one '|'", at: open)
            return nil
        }
        guard !value.isEmpty, shown?.isEmpty != true else {
            report(.invalidMarkup, "'{\(tag):' needs a value\(shown == nil ? "" : " and a text after '|'")", at: open)
            return nil
        }
        switch tag {
        case "ref":
            if value.hasPrefix("#") {
                let label = String(value.dropFirst())
                guard Label.isValid(label) else {
                    report(
                        .invalidLabel,
                        "'\(label)' is not a label: use letters, digits, '-', '_' and '.', starting with a letter or '_'",
                        at: open)
                    return nil
                }
                return .reference(CrossReference(target: .label(label), text: shown, anchor: anchor))
            }
            guard !value.contains(" ") else {
                report(
                    .invalidMarkup, "a reference target is '#label' or a URI without spaces, not '\(value)'", at: open
                )
                return nil
            }
            return .reference(CrossReference(target: .external(value), text: shown, anchor: anchor))
        case "def":
            guard shown == nil else {
                report(.invalidMarkup, "'{def:' takes no '|': the defined term is shown as written", at: open)
                return nil
            }
            return .definition(TermDefinition(term: value, anchor: anchor))
        case "term":
            return .termUse(TermUse(term: value, text: shown, anchor: anchor))
        case "em":
            guard shown == nil else {
                report(.invalidMarkup, "'{em:' takes no '|'", at: open)
                return nil
            }
            return .emphasis(value)
        case "ruby":
            guard let shown else {
                report(.invalidMarkup, "'{ruby:' needs the characters, '|' and their reading: {ruby:矩|く}", at: open)
                return nil
            }
            return .ruby(Ruby(base: value, reading: shown))
        default:
            guard let date = LegalDate(iso: value) else {
                report(.invalidDate, "'\(value)' is not a date written yyyy-mm-dd", at: open)
                return nil
            }
            return .date(DateMention(date: date, text: shown))
        }
    }

    private mutating func report(_ id: DiagnosticID, _ message: String, at offset: Int) {
        diagnostics.append(
            Diagnostic(id, message, at: buffer.location(line: line, lineStart: lineStart, offset: offset)))
    }

    static let tags: Set<String> = ["ref", "def", "term", "em", "date", "ruby", "xml"]

    static func isEscapable(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "@"),
            UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}
