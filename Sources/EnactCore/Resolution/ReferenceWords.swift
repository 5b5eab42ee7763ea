/// The words of internal references: written out, or left for Enact to print from the target.
///
/// A reference without words follows its target (insert an article and 「第十条」 prints 「第十一条」); a reference
/// with words prints them whatever happens to its target. The law as enacted is the second kind: its words change
/// only when an amendment changes them. So an amendment is compared, generated and applied on references whose
/// words are written out, and the words are dropped again where they are those Enact would print.
extension ResolvedDocument {
    /// The document (numbers resolved) with every reference to a provision of it written with the words it prints
    /// now: relative to the provision it stands in (前条, `subsection (b)`) or absolute. References to other works
    /// and references whose target is missing are left as they are.
    public func writingOutReferenceWords() -> Document {
        rewritingReferences { reference, origin in
            guard reference.text == nil, case .label(let label) = reference.target, targets[label] != nil else {
                return reference
            }
            var written = reference
            written.text = text(of: reference, from: origin)
            return written
        }
    }

    /// The document (numbers resolved) with the words of a reference dropped where they are the words Enact prints
    /// from its target, so that the reference follows renumbering; words that say something else (a relative
    /// citation Enact would write otherwise, or a number its target no longer has) are kept.
    /// `original` is the document as it was given, numbers unresolved, when that is the one to return.
    public func droppingPrintedReferenceWords(of original: Document? = nil) -> Document {
        rewritingReferences(of: original) { reference, origin in
            guard let words = reference.text, case .label(let label) = reference.target, targets[label] != nil else {
                return reference
            }
            var bare = reference
            bare.text = nil
            return text(of: bare, from: origin) == words ? bare : reference
        }
    }

    private func rewritingReferences(
        of original: Document? = nil, _ change: (CrossReference, CitationOrigin) -> CrossReference
    ) -> Document {
        (original ?? document).rewritingDivisions(contextsFrom: document) { division, context in
            guard division.content.contains(where: { if case .reference = $0 { true } else { false } }) else {
                return
            }
            let origin = origin(of: division, in: context)
            division.content = division.content.map { inline in
                guard case .reference(let reference) = inline else { return inline }
                return .reference(change(reference, origin))
            }
        }
    }
}
