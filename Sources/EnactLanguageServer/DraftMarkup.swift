import EnactCore

/// The labels, cross-references and defined terms of a draft's text, where they are written: what the editor
/// features find under the cursor, jump to, list and rename.
struct DraftMarkup: Sendable {
    /// What a piece of markup is.
    enum Kind: Hashable, Sendable {
        /// `{#name}` at the end of a division's line.
        case label
        /// `{ref:#name}` or `{ref:#name|text}`.
        case reference
        /// `{def:term}`.
        case definition
        /// `{term:term}` or `{term:term|shown}`.
        case use
    }

    /// One piece of markup: its kind, the name it carries (a label, or a term as written) and where that name is,
    /// in lines from 0 and Unicode scalars from 0 (the name alone, without the braces around it).
    struct Occurrence: Hashable, Sendable {
        var kind: Kind
        var name: String
        var line: Int
        var start: Int
        var end: Int
    }

    let occurrences: [Occurrence]

    init(lines: [Substring]) {
        var occurrences: [Occurrence] = []
        for (number, line) in lines.enumerated() {
            // A scan of the bytes for `{` rather than regular expressions: this runs on every keystroke in a long
            // draft.
            let bytes = Array(line.utf8)
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "{"), let found = Self.markup(in: bytes, at: index) {
                    occurrences.append(
                        Occurrence(
                            kind: found.kind, name: found.name, line: number,
                            start: Self.scalarCount(bytes[..<found.start]), end: Self.scalarCount(bytes[..<found.end])))
                    index = found.end
                }
                index += 1
            }
        }
        self.occurrences = occurrences
    }

    /// The bytes that open each kind of markup after its `{`.
    private static let openings: [(Kind, [UInt8])] = [
        (.label, Array("#".utf8)), (.reference, Array("ref:#".utf8)), (.definition, Array("def:".utf8)),
        (.use, Array("term:".utf8)),
    ]

    /// The markup opening with the `{` at byte `brace`: its kind, name and the byte offsets of the name.
    private static func markup(in bytes: [UInt8], at brace: Int) -> (kind: Kind, name: String, start: Int, end: Int)? {
        for (kind, opening) in openings {
            let start = brace + 1 + opening.count
            guard start <= bytes.count, bytes[(brace + 1)..<start].elementsEqual(opening) else { continue }
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "}"), bytes[end] != UInt8(ascii: "|") { end += 1 }
            guard end > start, end < bytes.count else { return nil }
            if kind == .label || kind == .reference {
                guard isLabel(bytes[start..<end]) else { return nil }
                if kind == .label, bytes[end] != UInt8(ascii: "}") { return nil }
            }
            if kind == .definition, bytes[end] != UInt8(ascii: "}") { return nil }
            return (kind, String(decoding: bytes[start..<end], as: UTF8.self), start, end)
        }
        return nil
    }

    /// Whether a name is a label: ASCII letters, digits, `.`, `-` and `_`, beginning with a letter or `_`.
    private static func isLabel(_ name: ArraySlice<UInt8>) -> Bool {
        func letter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
        }
        guard let first = name.first, first == UInt8(ascii: "_") || letter(first) else { return false }
        return name.allSatisfy { byte in
            letter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || Array("._-".utf8).contains(byte)
        }
    }

    /// The number of Unicode scalars in UTF-8 bytes: the bytes that do not continue a scalar.
    private static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.count { $0 & 0xC0 != 0x80 }
    }

    /// The markup whose name contains the position (line, scalar), or ends at it.
    func occurrence(at line: Int, _ scalar: Int) -> Occurrence? {
        occurrences.first { $0.line == line && $0.start <= scalar && scalar <= $0.end }
    }

    /// The occurrences of a label (its declaration and the references to it) or of a term (its definition and
    /// uses), whichever `occurrence` is.
    func related(to occurrence: Occurrence) -> [Occurrence] {
        switch occurrence.kind {
        case .label, .reference:
            return occurrences.filter { ($0.kind == .label || $0.kind == .reference) && $0.name == occurrence.name }
        case .definition, .use:
            let term = ResolvedDocument.normalisedTerm(occurrence.name)
            return occurrences.filter {
                ($0.kind == .definition || $0.kind == .use) && ResolvedDocument.normalisedTerm($0.name) == term
            }
        }
    }

    /// The labels declared, in order.
    var labels: [Occurrence] { occurrences.filter { $0.kind == .label } }

    /// The terms defined, in order.
    var definitions: [Occurrence] { occurrences.filter { $0.kind == .definition } }
}

/// Positions as the protocol counts them — UTF-16 code units from 0 in lines from 0 — and as Enact does, Unicode
/// scalars from 1 in lines from 1.
struct TextPositions: Sendable {
    let lines: [Substring]

    init(_ text: String) {
        // Split at the bytes of line ends (a line end is always a character boundary; splitting by characters
        // would segment every grapheme of a long draft on every keystroke).
        var ends: [Int] = []
        let utf8 = text.utf8
        let scanned: Void? = utf8.withContiguousStorageIfAvailable { buffer in
            for (offset, byte) in buffer.enumerated() where byte == UInt8(ascii: "\n") { ends.append(offset) }
        }
        if scanned == nil {
            for (offset, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") { ends.append(offset) }
        }
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        var start = utf8.startIndex
        for end in ends {
            let index = utf8.index(utf8.startIndex, offsetBy: end)
            lines.append(Self.line(text[start..<index]))
            start = utf8.index(after: index)
        }
        lines.append(Self.line(text[start...]))
        self.lines = lines
    }

    private static func line(_ text: Substring) -> Substring {
        text.utf8.last == UInt8(ascii: "\r") ? text.dropLast() : text
    }

    /// The UTF-16 offset of scalar `scalar` (from 0) in line `line` (from 0).
    func utf16(line: Int, scalar: Int) -> Int {
        guard lines.indices.contains(line) else { return 0 }
        return lines[line].unicodeScalars.prefix(scalar).reduce(0) { $0 + $1.utf16.count }
    }

    /// The scalar offset of UTF-16 offset `utf16` (from 0) in line `line` (from 0).
    func scalar(line: Int, utf16: Int) -> Int {
        guard lines.indices.contains(line) else { return 0 }
        var units = 0
        var scalars = 0
        for scalar in lines[line].unicodeScalars {
            if units >= utf16 { break }
            units += scalar.utf16.count
            scalars += 1
        }
        return scalars
    }

    /// The protocol's position of a scalar offset.
    func position(line: Int, scalar: Int) -> JSONValue {
        ["line": .integer(line), "character": .integer(utf16(line: line, scalar: scalar))]
    }

    /// The protocol's range of a piece of markup's name.
    func range(_ occurrence: DraftMarkup.Occurrence) -> JSONValue {
        [
            "start": position(line: occurrence.line, scalar: occurrence.start),
            "end": position(line: occurrence.line, scalar: occurrence.end),
        ]
    }

    /// The protocol's range from an Enact location to the end of its line.
    func range(from location: SourceLocation) -> JSONValue {
        let line = max(0, location.line - 1)
        let length = lines.indices.contains(line) ? lines[line].unicodeScalars.count : 0
        let start = min(max(0, location.column - 1), length)
        return [
            "start": position(line: line, scalar: start),
            "end": position(line: line, scalar: max(start, length)),
        ]
    }
}
