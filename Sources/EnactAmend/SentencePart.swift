/// A piece of an instruction's sentence, so that XML forms can mark quoted text (`<quotedText>`) and the verbs
/// that act (USLM's `<amendingAction type>`).
public enum SentencePart: Hashable, Sendable {
    case words(String)
    case quoted(String)
    case action(String, AmendingAction)

    /// What an amending verb does, as USLM's `amendingAction/@type` names it.
    public enum AmendingAction: String, Hashable, Sendable {
        case amend, add, delete, insert, redesignate, repeal
    }

    /// The sentence as text, quotations in `marks`.
    static func joined(_ parts: [SentencePart], marks: QuotationMarks) -> String {
        parts.map { part in
            switch part {
            case .words(let text), .action(let text, _): text
            case .quoted(let text): marks.quote(text)
            }
        }.joined()
    }
}
