/// The language of the words Enact writes for a document: designations (第三条 / Article 3), citations
/// (第三条第二項 / Article 3, paragraph (2)), and fixed phrases (附則 / Supplementary Provisions, 削除 / Deleted).
///
/// A document's wording follows its `language` (``Metadata/wording``); its designations and citations are
/// Japanese only in the Japanese tradition (``Document/designationWording``). Both are computed from the metadata
/// once and passed to whatever writes numbers or phrases.
public enum Wording: Hashable, Sendable {
    case japanese
    case english

    /// Whether the words are Japanese.
    public var isJapanese: Bool { self == .japanese }

    /// The space between a designation and what follows it: U+3000 in Japanese, a space in English.
    public var separator: String { isJapanese ? "\u{3000}" : " " }

    /// A heading in brackets: （目的） / (Purpose).
    public func bracketed(_ text: String) -> String {
        isJapanese ? "（\(text)）" : "(\(text))"
    }
}

extension Metadata {
    /// Japanese when the language tag names Japanese (`ja`, `ja-JP`), English otherwise.
    public var wording: Wording { isJapanese ? .japanese : .english }
}

extension Document {
    /// The wording of the document's designations and citations: Japanese for a Japanese document in the Japanese
    /// tradition (第三条), English otherwise (a Japanese translation in another tradition still cites Article 3).
    public var designationWording: Wording {
        tradition.id == .jp ? metadata.wording : .english
    }
}
