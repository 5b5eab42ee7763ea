import EnactCore
import EnactDiff

/// The strike-and-insert instructions that turn one text of a provision into another, as a drafter writes
/// them: word-level changes (adjacent ones merged, see ``TokenDiff``), each quoting just enough of the text
/// around it to occur once, applied left to right.
enum TextEdits {
    /// Beyond this many separate changes (other than in the words of references) a provision is rewritten whole
    /// instead.
    static let maximumChanges = 3

    /// The instructions, or nil when the text is better replaced whole (too many scattered changes, no quotation
    /// that is both unique and readable back, or a change the printed words do not show: a term marked, a
    /// reference retargeted). The instructions quote printed words, as real 改め文 and bills do; they are checked
    /// by applying them to `old` as ``InlineEdits`` does. With `replacingEveryOccurrence` (Japanese 改め文, where
    /// 「A」を「B」に改める changes every A of the provision), a citation that changes alike wherever it stands is
    /// quoted once.
    static func instructions(
        address: String, from old: [Inline], to new: [Inline], marks: QuotationMarks, replacingEveryOccurrence: Bool
    ) -> [AmendmentInstruction]? {
        var edits = InlineEdits(old)
        let target = new.plainText
        var instructions: [AmendmentInstruction] = []
        var otherChanges = 0
        // One change at a time, the first that remains, until the text is the new one.
        while edits.text != target {
            let text = Array(edits.text)
            guard let hunk = hunks(from: text, to: target).first, instructions.count < 100 else { return nil }
            // Changed citations (the knock-on amendments of a renumbering) are said one by one however many there
            // are; other changes, up to a few.
            let citation = referenceWords(edits.inlines).first {
                $0.lowerBound <= hunk.start && hunk.end <= $0.upperBound
            }
            if citation == nil {
                otherChanges += 1
                guard otherChanges <= maximumChanges else { return nil }
            }
            if replacingEveryOccurrence, let citation,
                let everywhere = everyOccurrence(
                    of: citation, changedBy: hunk, in: text, toward: target, address: address)
            {
                instructions.append(everywhere.instruction)
                for range in everywhere.replaced.reversed() { edits.replace(range, with: [.text(everywhere.words)]) }
                continue
            }
            guard
                let (instruction, range, replacement) = quote(
                    hunk.inserted, replacing: hunk.start..<hunk.end, in: text, citations: referenceWords(edits.inlines),
                    address: address, marks: marks)
            else {
                return nil
            }
            instructions.append(instruction)
            edits.replace(range, with: replacement.isEmpty ? [] : [.text(String(replacement))])
        }
        // What the words do not show (a term, a reference's target) must come out right too.
        return InlineText.merged(edits.inlines) == InlineText.merged(new) ? instructions : nil
    }

    /// The changes from `old` to `new`: the range of `old` each replaces and what it puts there, adjacent word
    /// changes merged (see ``TokenDiff``).
    private static func hunks(from old: [Character], to new: String) -> [(
        start: Int, end: Int, inserted: [Character]
    )] {
        var hunks: [(start: Int, end: Int, inserted: [Character])] = []
        var position = 0
        for segment in TokenDiff.segments(from: String(old), to: new) {
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
        return hunks
    }

    /// The instruction changing every occurrence of the citation at `citation` as `hunk` changes this one, the
    /// occurrences it replaces and their new words, when the citation occurs more than once and every occurrence
    /// changes so.
    private static func everyOccurrence(
        of citation: Range<Int>, changedBy hunk: (start: Int, end: Int, inserted: [Character]), in text: [Character],
        toward new: String, address: String
    ) -> (instruction: AmendmentInstruction, replaced: [Range<Int>], words: String)? {
        let words = Array(text[citation])
        let replacement =
            Array(text[citation.lowerBound..<hunk.start]) + hunk.inserted
            + Array(text[hunk.end..<citation.upperBound])
        var result: [Character] = []
        var found: [Range<Int>] = []
        var replaced: [Range<Int>] = []
        var index = 0
        while index < text.count {
            if index + words.count <= text.count, text[index..<(index + words.count)].elementsEqual(words) {
                found.append(index..<(index + words.count))
                replaced.append(result.count..<(result.count + replacement.count))
                result += replacement
                index += words.count
            } else {
                result.append(text[index])
                index += 1
            }
        }
        guard replaced.count > 1,
            !hunks(from: result, to: new).contains(where: { hunk in
                replaced.contains { $0.overlaps(hunk.start..<max(hunk.end, hunk.start + 1)) }
            })
        else { return nil }
        return (
            .replaceText(address: address, old: String(words), new: String(replacement)), found, String(replacement)
        )
    }

    /// The instruction replacing `range` of `text` by `inserted`, with context added word by word until the
    /// quoted text occurs once; also the range it rewrites and what it puts there.
    private static func quote(
        _ inserted: [Character], replacing range: Range<Int>, in text: [Character], citations: [Range<Int>],
        address: String, marks: QuotationMarks
    ) -> (AmendmentInstruction, Range<Int>, [Character])? {
        let boundaries = wordBoundaries(text)
        // An amendment file reads a quotation as inline source, where braces and backslashes are markup.
        func readable(_ characters: ArraySlice<Character>) -> Bool {
            marks.isBalanced(String(characters)) && !characters.contains { "{}\\".contains($0) }
        }
        // A change in the words of a reference quotes them whole, as drafters quote a citation: 「第四十六条」 to
        // 「第四十七条」, not 「六条」 to 「七条」.
        let citation = citations.first {
            $0.overlaps(range) || ($0.lowerBound < range.lowerBound && range.upperBound < $0.upperBound)
        }
        if range.isEmpty, citation == nil {
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
        var left = min(range.lowerBound, citation?.lowerBound ?? .max)
        var right = max(range.upperBound, citation?.upperBound ?? 0)
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

    /// Where the words of references stand in the printed text (`第四十六条`).
    static func referenceWords(_ inlines: [Inline]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var offset = 0
        for inline in inlines {
            let count = inline.plainText.count
            if case .reference = inline, count > 0 { spans.append(offset..<(offset + count)) }
            offset += count
        }
        return spans
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
