import EnactCore

/// A document with the references its source marked turned back into the words they print, as a reader without
/// the markup sees them: for measuring detection on the text alone.
enum Unmarked {
    static func document(_ document: Document) -> Document {
        ResolvedDocument(document).writingOutReferenceWords().rewritingDivisions { division, _ in
            var content: [Inline] = []
            for inline in division.content {
                var inline = inline
                if case .reference(let reference) = inline, let words = reference.text { inline = .text(words) }
                if case .text(let text) = inline, case .text(let before)? = content.last {
                    content[content.count - 1] = .text(before + text)
                } else {
                    content.append(inline)
                }
            }
            division.content = content
        }
    }
}
