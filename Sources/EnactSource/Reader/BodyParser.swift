import EnactCore

/// Builds the body of a document from its lines: divisions nested by rank, text, annotations, preamble,
/// supplementary provisions and schedules.
///
/// Nesting never depends on indentation: a division line closes every open division of the same or a lower
/// rank and opens under the nearest one of a higher rank. In traditions where articles consist of
/// paragraphs (Japan, Korea), text right after an article line, or a 号 right under it, opens the article's
/// first paragraph implicitly.
struct BodyParser {
    let buffer: SourceBuffer
    let tradition: Tradition
    /// Whether the document is in Japanese: its lines join without spaces.
    /// The document's wording: Japanese text lines join without a space.
    let wording: Wording
    private let directives: DirectiveParser
    private(set) var diagnostics: [Diagnostic] = []

    private(set) var enactingFormula: [Inline]?
    private(set) var tableOfContents = TableOfContents.generated
    private(set) var cover: [PreservedMarkup]?
    private(set) var closing: [PreservedMarkup] = []
    private(set) var enclosures: [Enclosure] = []
    private(set) var preamble: [[Inline]] = []
    private(set) var body: [Division] = []
    private(set) var supplementaryProvisions: [SupplementaryProvisions] = []
    private(set) var schedules: [Schedule] = []
    private(set) var trailingComments: [String] = []

    /// Where text lines go.
    private enum TextTarget {
        case none
        case division
        case preamble
        case enactingFormula
        case tableOfContents
        case cover
        case closing
        case enclosureBefore
        case enclosureAfter
        case schedule
        /// After a line that could not be read: its text is skipped rather than given to another division.
        case discard
    }

    private var stack: [Division] = []
    private var target = TextTarget.none
    private var pendingText: [[Inline]] = []
    /// The depths in `stack` of the divisions kept open by `@begin` until their `@end`, innermost last.
    private var keptOpen: [Int] = []
    private var pendingComments: [String] = []
    private var inSupplementaryProvisions = false

    init(buffer: SourceBuffer, tradition: Tradition, wording: Wording) {
        self.buffer = buffer
        self.tradition = tradition
        self.wording = wording
        self.directives = DirectiveParser(tradition: tradition, wording: wording)
    }

    /// Parses the lines in `bytes[start...]`, the first of which is line `firstLine`.
    mutating func parse(from start: Int, firstLine: Int) {
        let bytes = buffer.bytes
        var lineStart = start
        var line = firstLine
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            handleLine(lineStart..<lineEnd, line: line)
            lineStart = lineEnd + 1
            line += 1
        }
        finish()
    }

    private mutating func handleLine(_ range: Range<Int>, line: Int) {
        let bytes = buffer.bytes
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard start < end else { return }
        if bytes[start] == UInt8(ascii: "/"), start + 1 < end, bytes[start + 1] == UInt8(ascii: "/") {
            var textStart = start + 2
            if textStart < end, bytes[textStart] == UInt8(ascii: " ") { textStart += 1 }
            pendingComments.append(buffer.string(textStart..<end))
        } else if bytes[start] == UInt8(ascii: "@") {
            handleDirective(start..<end, line: line, lineStart: range.lowerBound)
        } else {
            handleText(start..<end, line: line, lineStart: range.lowerBound)
        }
    }

    // MARK: Directives

    private mutating func handleDirective(_ range: Range<Int>, line: Int, lineStart: Int) {
        let text = Substring(buffer.string(range.lowerBound + 1..<range.upperBound))
        let location = buffer.location(line: line, lineStart: lineStart, offset: range.lowerBound)
        let directive: Directive
        do {
            directive = try directives.parse(text)
        } catch {
            var column = location
            column.column += 1 + error.column
            diagnostics.append(Diagnostic(error.id, error.message, at: column))
            flushText()
            target = .discard
            return
        }
        switch directive {
        case .note(let note): annotate(.note(note), at: location)
        case .correspondsTo(let work): annotate(.correspondsTo(work), at: location)
        case .asWritten(let kept): annotate(.asWritten(kept), at: location)
        case .headnote(let kept): annotate(.headnote(kept), at: location)
        case .writtenHeading(let kept): annotate(.writtenHeading(kept), at: location)
        case .designation(let written): designate(written, at: location)
        case .element(let element): setElement(element, at: location)
        case .repealed(let printed): markRepealed(printed: printed, at: location)
        case .begin: keepOpen(at: location)
        case .end: closeKeptOpen(at: location)
        case .division(let header): open(header, at: location)
        case .preamble:
            closeAll()
            guard body.isEmpty, supplementaryProvisions.isEmpty, schedules.isEmpty else {
                diagnostics.append(
                    Diagnostic(.misplacedPreamble, "the preamble must come before the first division", at: location))
                target = .discard
                return
            }
            target = .preamble
        case .enactingFormula:
            closeAll()
            guard body.isEmpty, supplementaryProvisions.isEmpty, schedules.isEmpty, enactingFormula == nil else {
                diagnostics.append(
                    Diagnostic(
                        .misplacedEnactingFormula, "the enacting formula must come once, before the first division",
                        at: location))
                target = .discard
                return
            }
            enactingFormula = []
            target = .enactingFormula
        case .tableOfContents:
            closeAll()
            guard body.isEmpty, supplementaryProvisions.isEmpty, schedules.isEmpty, tableOfContents == .generated else {
                diagnostics.append(
                    Diagnostic(
                        .misplacedPreamble, "the table of contents must come once, before the first division",
                        at: location))
                target = .discard
                return
            }
            tableOfContents = .none
            target = .tableOfContents
        case .cover, .closing:
            closeAll()
            guard body.isEmpty, supplementaryProvisions.isEmpty, schedules.isEmpty else {
                diagnostics.append(
                    Diagnostic(
                        .misplacedPreamble, "'@cover' and '@closing' must come before the first division",
                        at: location))
                target = .discard
                return
            }
            if case .cover = directive {
                target = .cover
                cover = cover ?? []
            } else {
                target = .closing
            }
        case .enclosure(let element):
            closeAll()
            guard body.isEmpty, supplementaryProvisions.isEmpty, schedules.isEmpty else {
                diagnostics.append(
                    Diagnostic(
                        .misplacedPreamble, "'@enclosure' must come before the first division", at: location))
                target = .discard
                return
            }
            enclosures.append(Enclosure(element: element))
            target = .enclosureBefore
        case .enclosureAfter:
            closeAll()
            guard !enclosures.isEmpty, body.isEmpty, supplementaryProvisions.isEmpty, schedules.isEmpty else {
                diagnostics.append(
                    Diagnostic(
                        .misplacedPreamble, "'@enclosure-after' must follow an '@enclosure', before the first division",
                        at: location))
                target = .discard
                return
            }
            target = .enclosureAfter
        case .supplementaryProvisions(let heading, let label):
            closeAll()
            guard schedules.isEmpty else {
                diagnostics.append(
                    Diagnostic(
                        .misplacedSupplementaryProvisions, "supplementary provisions must come before the schedules",
                        at: location))
                target = .discard
                return
            }
            inSupplementaryProvisions = true
            supplementaryProvisions.append(
                SupplementaryProvisions(
                    heading: heading, label: label, comments: takeComments(), anchor: SourceAnchor(location)))
            target = .division
        case .schedule(let numbering, let number, let heading, let label):
            closeAll()
            schedules.append(
                Schedule(
                    numbering: numbering, number: number, heading: heading, label: label, comments: takeComments(),
                    anchor: SourceAnchor(location)))
            target = .schedule
        }
    }

    private mutating func open(_ header: DivisionHeader, at location: SourceLocation) {
        flushText()
        guard let rank = tradition.rank(of: header.kind) else {
            let kinds = tradition.levels.map(\.keyword).joined(separator: ", ")
            diagnostics.append(
                Diagnostic(
                    .unknownKeyword,
                    "'\(header.kind.rawValue)' is not a division of the \(tradition.id.rawValue) tradition (\(kinds))",
                    at: location))
            target = .discard
            return
        }
        guard schedules.isEmpty else {
            diagnostics.append(Diagnostic(.misplacedDivision, "divisions cannot follow a schedule", at: location))
            target = .discard
            return
        }
        while let top = stack.last, keptOpen.last != stack.count - 1, let topRank = tradition.rank(of: top.kind),
            topRank >= rank
        {
            close()
        }
        let opensUnderUnit = tradition.articlesHaveParagraphs && stack.last?.kind == tradition.unitKind
        let opensUnderSupplementary = inSupplementaryProvisions && stack.isEmpty
        if opensUnderUnit || opensUnderSupplementary,
            let paragraph = tradition.firstSubunitKind, let paragraphRank = tradition.rank(of: paragraph),
            rank > paragraphRank
        {
            stack.append(Division(kind: paragraph, anchor: SourceAnchor(location)))
        }
        stack.append(
            Division(
                kind: header.kind, numbering: header.numbering, number: header.number, heading: header.heading,
                label: header.label, comments: takeComments(), anchor: SourceAnchor(location)))
        target = .division
    }

    private mutating func annotate(_ annotation: Annotation, at location: SourceLocation) {
        guard target == .division, var top = stack.last, top.content.isEmpty, top.children.isEmpty, pendingText.isEmpty
        else {
            diagnostics.append(
                Diagnostic(
                    .misplacedAnnotation, "an annotation must come directly after its division line, before the text",
                    at: location))
            return
        }
        top.annotations.append(annotation)
        stack[stack.count - 1] = top
    }

    private mutating func designate(_ written: String, at location: SourceLocation) {
        setOnce(\.writtenDesignation, to: written, directive: "@designation:", at: location)
    }

    private mutating func setElement(_ element: SourceElement, at location: SourceLocation) {
        setOnce(\.sourceElement, to: element, directive: "@element:", at: location)
    }

    /// Sets what a directive says of the division just opened: once, before its text and subdivisions.
    private mutating func setOnce<Value>(
        _ property: WritableKeyPath<Division, Value?>, to value: Value, directive: String, at location: SourceLocation
    ) {
        guard target == .division, var top = stack.last, top.content.isEmpty, top.children.isEmpty, pendingText.isEmpty,
            top[keyPath: property] == nil
        else {
            diagnostics.append(
                Diagnostic(
                    .misplacedAnnotation, "'\(directive)' must come once, directly after its division line",
                    at: location))
            return
        }
        top[keyPath: property] = value
        stack[stack.count - 1] = top
    }

    private mutating func keepOpen(at location: SourceLocation) {
        guard target == .division, let top = stack.last, top.content.isEmpty, top.children.isEmpty,
            pendingText.isEmpty, keptOpen.last != stack.count - 1
        else {
            diagnostics.append(
                Diagnostic(
                    .invalidDirective, "'@begin' must come directly after its division line, before the text",
                    at: location))
            return
        }
        keptOpen.append(stack.count - 1)
    }

    private mutating func closeKeptOpen(at location: SourceLocation) {
        guard target == .division, let depth = keptOpen.popLast() else {
            diagnostics.append(
                Diagnostic(.invalidDirective, "'@end' closes no division opened with '@begin'", at: location))
            return
        }
        flushText()
        while stack.count > depth { close() }
    }

    private mutating func markRepealed(printed: Bool, at location: SourceLocation) {
        guard target == .division, var top = stack.last, top.content.isEmpty, top.children.isEmpty, pendingText.isEmpty
        else {
            diagnostics.append(
                Diagnostic(
                    .misplacedAnnotation, "'@repealed' must come directly after its division line", at: location))
            return
        }
        top.isRepealed = true
        if !printed { top.annotations.append(.unprintedRepeal) }
        stack[stack.count - 1] = top
    }

    // MARK: Text

    private mutating func handleText(_ range: Range<Int>, line: Int, lineStart: Int) {
        var parser = InlineParser(buffer: buffer, line: line, lineStart: lineStart)
        let inlines = parser.parse(range)
        diagnostics += parser.diagnostics
        switch target {
        case .division:
            if stack.isEmpty {
                guard inSupplementaryProvisions, let paragraph = tradition.firstSubunitKind else {
                    reportStrayText(line: line, lineStart: lineStart, offset: range.lowerBound)
                    return
                }
                stack.append(
                    Division(
                        kind: paragraph,
                        anchor: SourceAnchor(
                            buffer.location(line: line, lineStart: lineStart, offset: range.lowerBound))))
            } else if tradition.articlesHaveParagraphs, let top = stack.last, top.kind == tradition.unitKind,
                pendingText.isEmpty, let paragraph = tradition.firstSubunitKind
            {
                stack.append(
                    Division(
                        kind: paragraph,
                        anchor: SourceAnchor(
                            buffer.location(line: line, lineStart: lineStart, offset: range.lowerBound))))
            }
            pendingText.append(inlines)
        case .preamble:
            if let last = preamble.last, Self.endsWithLineBreak(last) {
                preamble[preamble.count - 1] = InlineText.merged(last + inlines)
            } else {
                preamble.append(inlines)
            }
        case .cover, .closing, .enclosureBefore, .enclosureAfter:
            guard inlines.count == 1, case .preserved(let kept) = inlines[0] else {
                diagnostics.append(
                    Diagnostic(
                        .strayText,
                        "each line of '@cover', '@closing' and '@enclosure' is one kept element ({xml:FORMAT|TEXT|MARKUP})",
                        at: buffer.location(line: line, lineStart: lineStart, offset: range.lowerBound)))
                return
            }
            switch target {
            case .cover: cover?.append(kept)
            case .closing: closing.append(kept)
            case .enclosureBefore: enclosures[enclosures.count - 1].before.append(kept)
            default: enclosures[enclosures.count - 1].after.append(kept)
            }
        case .tableOfContents:
            guard inlines.count == 1, case .preserved(let kept) = inlines[0], tableOfContents == .none else {
                diagnostics.append(
                    Diagnostic(
                        .strayText,
                        "a table of contents holds nothing (none printed) or one kept element ({xml:FORMAT|TEXT|MARKUP})",
                        at: buffer.location(line: line, lineStart: lineStart, offset: range.lowerBound)))
                return
            }
            tableOfContents = .kept(kept)
        case .enactingFormula:
            enactingFormula = Self.joined([enactingFormula ?? [], inlines].filter { !$0.isEmpty }, wording: wording)
        case .schedule:
            let lines = schedules[schedules.count - 1].lines
            if let last = lines.last, Self.endsWithLineBreak(last) {
                schedules[schedules.count - 1].lines[lines.count - 1] = InlineText.merged(last + inlines)
            } else {
                schedules[schedules.count - 1].lines.append(inlines)
            }
        case .discard: break
        case .none: reportStrayText(line: line, lineStart: lineStart, offset: range.lowerBound)
        }
    }

    private mutating func reportStrayText(line: Int, lineStart: Int, offset: Int) {
        diagnostics.append(
            Diagnostic(
                .strayText, "text outside any division; start a division with an '@' line first",
                at: buffer.location(line: line, lineStart: lineStart, offset: offset)))
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty, !stack.isEmpty else { return }
        let joined = Self.joined(
            [stack[stack.count - 1].content].filter { !$0.isEmpty } + pendingText, wording: wording)
        stack[stack.count - 1].content = joined
        pendingText = []
    }

    /// Joins the inlines of several lines: without a space in a Japanese document or where either side is a
    /// CJK character, with one space otherwise.
    static func joined(_ lines: [[Inline]], wording: Wording) -> [Inline] {
        guard var result = lines.first else { return [] }
        for line in lines.dropFirst() {
            let needsSpace =
                !wording.isJapanese && !(result.last.map(Self.endsInCJK) ?? true)
                && !(line.first.map(Self.startsWithCJK) ?? true)
                && !endsWithLineBreak(result)
            if needsSpace { result.append(.text(" ")) }
            result.append(contentsOf: line)
        }
        return InlineText.merged(result)
    }

    /// Whether a line ended with a line break (`\` at its end), so that the next line continues its text.
    static func endsWithLineBreak(_ inlines: [Inline]) -> Bool {
        inlines.last?.plainText.hasSuffix("\n") ?? false
    }

    private static func endsInCJK(_ inline: Inline) -> Bool {
        inline.plainText.unicodeScalars.last.map(isCJK) ?? false
    }

    private static func startsWithCJK(_ inline: Inline) -> Bool {
        inline.plainText.unicodeScalars.first.map(isCJK) ?? false
    }

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x2E80...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
            || (0xFF00...0xFFEF).contains(scalar.value)
    }

    // MARK: Closing

    private mutating func close() {
        flushText()
        guard let division = stack.popLast() else { return }
        if stack.isEmpty {
            if inSupplementaryProvisions {
                supplementaryProvisions[supplementaryProvisions.count - 1].divisions.append(division)
            } else {
                body.append(division)
            }
        } else {
            stack[stack.count - 1].children.append(division)
        }
    }

    private mutating func closeAll() {
        flushText()
        while !stack.isEmpty { close() }
        keptOpen = []
    }

    private mutating func finish() {
        closeAll()
        trailingComments = takeComments()
    }

    private mutating func takeComments() -> [String] {
        defer { pendingComments = [] }
        return pendingComments
    }
}
