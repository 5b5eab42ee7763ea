import EnactCore
import EnactDiff
import EnactSource

/// The strike-and-insert instructions that turn one text of a provision into another, as a drafter writes
/// them: word-level changes (adjacent ones merged, see ``TokenDiff``), each quoting just enough of the text
/// around it to occur once, applied left to right.
enum TextEdits {
    /// Beyond this many separate changes a provision is rewritten whole instead.
    static let maximumChanges = 3

    /// The instructions, or nil when the text is better replaced whole (too many scattered changes, or no
    /// quotation that is both unique and readable back).
    static func instructions(address: String, from old: String, to new: String, marks: QuotationMarks)
        -> [AmendmentInstruction]?
    {
        var hunks: [(start: Int, end: Int, inserted: [Character])] = []
        var position = 0
        for segment in TokenDiff.segments(from: old, to: new) {
            let length = segment.text.count
            switch segment.operation {
            case .equal:
                position += length
            case .delete:
                if let last = hunks.last, last.end == position {
                    hunks[hunks.count - 1].end += length
                } else {
                    hunks.append((position, position + length, []))
                }
                position += length
            case .insert:
                if let last = hunks.last, last.end == position {
                    hunks[hunks.count - 1].inserted += segment.text
                } else {
                    hunks.append((position, position, Array(segment.text)))
                }
            }
        }
        guard hunks.count <= maximumChanges else { return nil }
        var text = Array(old)
        var drift = 0
        var instructions: [AmendmentInstruction] = []
        for hunk in hunks {
            let start = hunk.start + drift, end = hunk.end + drift
            guard
                let (instruction, range, replacement) = quote(
                    hunk.inserted, replacing: start..<end, in: text, address: address, marks: marks)
            else {
                return nil
            }
            instructions.append(instruction)
            text.replaceSubrange(range, with: replacement)
            drift += hunk.inserted.count - (end - start)
            // Each instruction is applied on its own, so the text between two of them must be readable too: a
            // change that takes a piece of markup apart (`{ref:` struck here, `}` there) is said whole instead.
            guard Self.isReadable(String(text)) else { return nil }
        }
        return String(text) == new ? instructions : nil
    }

    /// The instruction replacing `range` of `text` by `inserted`, with context added word by word until the
    /// quoted text occurs once; also the range it rewrites and what it puts there.
    private static func quote(
        _ inserted: [Character], replacing range: Range<Int>, in text: [Character], address: String,
        marks: QuotationMarks
    ) -> (AmendmentInstruction, Range<Int>, [Character])? {
        let boundaries = wordBoundaries(text)
        func readable(_ characters: ArraySlice<Character>) -> Bool { marks.isBalanced(String(characters)) }
        if range.isEmpty {
            // An insertion: after the words before it, as far back as needed.
            var left = range.lowerBound
            while let previous = boundaries.last(where: { $0 < left }) {
                left = previous
                var anchor = text[left..<range.lowerBound]
                if occurrences(anchor, in: text) == 1, readable(anchor), readable(inserted[...]) {
                    // `after “licensing”` inserting `“ or proficiency”` reads better than a space closing both.
                    var words = inserted
                    if anchor.count > 1, anchor.last == " ", words.last == " ",
                        occurrences(anchor.dropLast(), in: text) == 1
                    {
                        anchor = anchor.dropLast()
                        words = [" "] + words.dropLast()
                    }
                    return (.insertText(address: address, after: String(anchor), new: String(words)), range, inserted)
                }
            }
        }
        var left = range.lowerBound, right = range.upperBound
        var growLeft = range.isEmpty
        while true {
            let quoted = text[left..<right]
            let replacement = Array(text[left..<range.lowerBound]) + inserted + Array(text[range.upperBound..<right])
            if !quoted.isEmpty, occurrences(quoted, in: text) == 1, readable(quoted), readable(replacement[...]) {
                return (
                    .replaceText(address: address, old: String(quoted), new: String(replacement)), left..<right,
                    replacement
                )
            }
            let previous = boundaries.last { $0 < left }
            let next = boundaries.first { $0 > right }
            switch (previous, next) {
            case (nil, nil): return nil
            case (let previous?, nil): left = previous
            case (let previous?, _) where growLeft: left = previous
            case (_, let next?): right = next
            }
            growLeft.toggle()
        }
    }

    /// Whether a provision's source text reads as inline markup.
    private static func isReadable(_ text: String) -> Bool {
        (try? InlineSource.parse(text, at: SourceLocation(file: "<amended text>", line: 1, column: 1))) != nil
    }

    /// Offsets where words start and end: between letters and digits, spaces, and any other character
    /// (each ideograph, kana or punctuation mark stands alone), and at both ends.
    static func wordBoundaries(_ text: [Character]) -> [Int] {
        var boundaries = [0]
        for index in text.indices.dropFirst() {
            let previous = text[index - 1], current = text[index]
            let joined =
                (isWordCharacter(previous) && isWordCharacter(current))
                || (previous.isWhitespace && current.isWhitespace)
            if !joined { boundaries.append(index) }
        }
        if text.count > 0 { boundaries.append(text.count) }
        return boundaries
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }

    /// How many times `needle` occurs in `text`, overlaps counted.
    static func occurrences(_ needle: ArraySlice<Character>, in text: [Character]) -> Int {
        guard let first = needle.first, needle.count <= text.count else { return 0 }
        var count = 0
        for start in 0...(text.count - needle.count) where text[start] == first {
            if text[start..<(start + needle.count)].elementsEqual(needle) {
                count += 1
                if count > 1 { return count }
            }
        }
        return count
    }
}
