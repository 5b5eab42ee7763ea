import EnactCore

/// What an `@` line says.
enum Directive {
    case division(DivisionHeader)
    case note(String)
    case correspondsTo(String)
    /// The document's own notes as it wrote them (`@as-written: {xml:uslm|TEXT|MARKUP}`).
    case asWritten(PreservedMarkup)
    /// The same, for notes it writes before the subdivisions (`@headnote: {xml:uslm1|TEXT|MARKUP}`).
    case headnote(PreservedMarkup)
    /// The heading as the document wrote it (`@written-heading: {xml:uslm1|TEXT|MARKUP}`).
    case writtenHeading(PreservedMarkup)
    /// The designation as the document writes it (`@designation: § 3.`), kept in place of the generated one.
    case designation(String)
    /// The element an imported division was read from (`@element: hcontainer name="schedule"`).
    case element(SourceElement)
    /// `@repealed`, or `@repealed unprinted` for a repeal the document prints no word for.
    case repealed(printed: Bool)
    /// Keeps the division just opened open until its `@end`, whatever the ranks of the lines that follow.
    case begin
    /// Closes the innermost division kept open by `@begin`, with everything opened inside it.
    case end
    case preamble
    case enactingFormula
    /// The table of contents as the document prints it: no lines for none, one kept element otherwise.
    case tableOfContents
    /// What a document prints before (`@cover`) or after (`@closing`) its provisions, kept whole, a line each.
    case cover
    case closing
    /// An element enclosing the document in its file (`@enclosure: components eId="cmpnts"`; bare for the root),
    /// followed by the kept elements before the document inside it; `@enclosure-after` by those after it.
    case enclosure(SourceElement?)
    case enclosureAfter
    case supplementaryProvisions(heading: String?, label: String?)
    case schedule(numbering: Numbering, number: DivisionNumber?, heading: String?, label: String?)
}

/// The parts of a division line: kind, number, heading and label.
struct DivisionHeader {
    var kind: DivisionKind
    var numbering: Numbering
    var number: DivisionNumber?
    var heading: String?
    var label: String?
}

/// The source keywords that are not division kinds.
enum Keyword {
    static let note = "note:"
    static let correspondsTo = "corresponds-to:"
    static let designation = "designation:"
    static let element = "element:"
    static let asWritten = "as-written:"
    static let headnote = "headnote:"
    static let writtenHeading = "written-heading:"
    static let repealed = "repealed"
    static let unprinted = "unprinted"
    static let begin = "begin"
    static let end = "end"
    static let preamble = ("preamble", "前文")
    static let enactingFormula = ("enacting-formula", "制定文")
    static let tableOfContents = ("table-of-contents", "目次")
    static let cover = "cover"
    static let closing = "closing"
    static let enclosure = "enclosure"
    static let enclosureElement = "enclosure:"
    static let enclosureAfter = "enclosure-after"
    static let supplementaryProvisions = ("supplementary-provisions", "附則")
    static let schedule = ("schedule", "別表")
}
