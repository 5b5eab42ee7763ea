import EnactCore

/// A provision's text edited as it is printed, on its inlines: an amendment quotes printed words, which may lie in
/// plain text, inside the words of a reference (「第十条」 in a knock-on amendment) or across both. An edit inside
/// one inline that has words of its own (text, a reference's words, emphasis) keeps that inline; an edit across
/// inlines, or inside one that prints derived words (a term, a date), leaves plain text where they were.
struct InlineEdits {
    private(set) var inlines: [Inline]

    init(_ inlines: [Inline]) {
        self.inlines = inlines
    }

    /// The text as printed.
    var text: String { inlines.plainText }

    /// Where occurrences count (「第三条ただし書中」: the proviso's characters); the whole text when nil.
    var scope: Range<Int>?

    /// Every (possibly overlapping) occurrence of `words` in ``text`` (within ``scope``), as character offsets.
    func occurrences(of words: String) -> [Range<Int>] {
        let characters = Array(text), needle = Array(words)
        guard !needle.isEmpty, needle.count <= characters.count else { return [] }
        return (0...(characters.count - needle.count)).filter { start in
            characters[start..<(start + needle.count)].elementsEqual(needle)
        }.map { $0..<($0 + needle.count) }.filter { found in
            scope.map { $0.lowerBound <= found.lowerBound && found.upperBound <= $0.upperBound } ?? true
        }
    }

    /// Replaces the characters at `range` (offsets in ``text``) by `new`; an empty range inserts. Plain words go
    /// into the inline they fall inside when it has words of its own; other inlines (a term, a reference, as an
    /// amendment's own quotation may write them) stand between the words around them.
    mutating func replace(_ range: Range<Int>, with new: [Inline]) {
        let isPlain = new.allSatisfy { inline in
            if case .text = inline { return true }
            return false
        }
        if isPlain {
            // Only what differs changes: 「及び第十六条」 to 「及び第十七条」 edits the words of the reference alone.
            let old = Array(text)[range], words = Array(new.plainText)
            let prefix = zip(old, words).prefix { $0 == $1 }.count
            let suffix = zip(old.dropFirst(prefix).reversed(), words.dropFirst(prefix).reversed()).prefix { $0 == $1 }
                .count
            if prefix > 0 || suffix > 0 {
                let changed = (range.lowerBound + prefix)..<(range.upperBound - suffix)
                let inserted = String(words[prefix..<(words.count - suffix)])
                return replacing(changed, with: inserted.isEmpty ? [] : [.text(inserted)], isPlain: true)
            }
        }
        replacing(range, with: new, isPlain: isPlain)
    }

    private mutating func replacing(_ range: Range<Int>, with new: [Inline], isPlain: Bool) {
        var offset = 0
        var spans: [Range<Int>] = []
        for inline in inlines {
            let count = inline.plainText.count
            spans.append(offset..<(offset + count))
            offset += count
        }
        // The inlines the edit touches: those overlapping it, or for an insertion the one it falls inside.
        let touched = spans.indices.filter { index in
            let span = spans[index]
            return range.isEmpty
                ? span.lowerBound < range.lowerBound && range.lowerBound < span.upperBound
                : span.overlaps(range)
        }
        guard let first = touched.first, let last = touched.last else {
            // An insertion between inlines: after the words before it.
            let position = spans.indices.first { spans[$0].lowerBound >= range.lowerBound && !spans[$0].isEmpty }
            inlines.insert(contentsOf: new, at: position ?? inlines.count)
            inlines = InlineText.merged(inlines)
            return
        }
        let local = (range.lowerBound - spans[first].lowerBound)..<(range.upperBound - spans[first].lowerBound)
        if isPlain, first == last, let edited = Self.editing(inlines[first], local, with: new.plainText) {
            inlines[first] = edited
        } else {
            let head = String(inlines[first].plainText.prefix(range.lowerBound - spans[first].lowerBound))
            let tail = String(inlines[last].plainText.dropFirst(range.upperBound - spans[last].lowerBound))
            inlines.replaceSubrange(first...last, with: [.text(head)] + new + [.text(tail)])
        }
        inlines = InlineText.merged(inlines)
    }

    /// The inline with the characters at `range` of its words replaced, when it has words of its own.
    private static func editing(_ inline: Inline, _ range: Range<Int>, with new: String) -> Inline? {
        func edited(_ words: String) -> String {
            var characters = Array(words)
            characters.replaceSubrange(range, with: Array(new))
            return String(characters)
        }
        switch inline {
        case .text(let words): return .text(edited(words))
        case .emphasis(let words): return .emphasis(edited(words))
        case .reference(var reference):
            guard let words = reference.text else { return nil }
            reference.text = edited(words)
            return .reference(reference)
        case .definition, .termUse, .date, .ruby, .preserved: return nil
        }
    }
}
