import EnactDiff
import EnactRendering

/// The words of a word-level diff as HTML, one side at a time: unchanged words as they are, the side's own
/// changes marked (`<del>` on the old side, `<ins>` on the new), the other side's left out.
enum ChangeMarkup {
    /// The segments of one side: `.delete` keeps the old side's words, `.insert` the new side's.
    static func html(_ segments: [DiffSegment], keeping kept: DiffSegment.Operation) -> String {
        segments.compactMap { segment in
            switch segment.operation {
            case .equal: HTMLEscaping.text(segment.text)
            case kept:
                kept == .delete
                    ? "<del>\(HTMLEscaping.text(segment.text))</del>" : "<ins>\(HTMLEscaping.text(segment.text))</ins>"
            default: nil
            }
        }.joined()
    }
}
