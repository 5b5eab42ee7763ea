import EnactCore

/// What an `@` line says.
enum Directive {
    case division(DivisionHeader)
    case note(String)
    case correspondsTo(String)
    case repealed
    case preamble
    case enactingFormula
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
    static let repealed = "repealed"
    static let preamble = ("preamble", "前文")
    static let enactingFormula = ("enacting-formula", "制定文")
    static let supplementaryProvisions = ("supplementary-provisions", "附則")
    static let schedule = ("schedule", "別表")
}
