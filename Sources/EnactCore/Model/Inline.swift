/// A run of inline content inside the text of a provision.
///
/// Text is a sequence of inlines: plain text, cross-references, defined terms (the definition and each use),
/// emphasis, dates and ruby (a reading printed beside its characters: 矩（く）).
public enum Inline: Hashable, Sendable, Codable {
    case text(String)
    case reference(CrossReference)
    case definition(TermDefinition)
    case termUse(TermUse)
    case emphasis(String)
    case date(DateMention)
    case ruby(Ruby)
    /// Markup of a format that the model has no place for (a table in a law), kept to be written back unchanged
    /// in that format; every other format shows its text.
    case preserved(PreservedMarkup)

    /// The plain characters this inline contributes before any reference text is generated.
    public var plainText: String {
        switch self {
        case .text(let text): text
        case .reference(let reference): reference.text ?? ""
        case .definition(let definition): definition.term
        case .termUse(let use): use.shownText
        case .emphasis(let text): text
        case .date(let date): date.shownText
        case .ruby(let ruby): ruby.base
        case .preserved(let preserved): preserved.text
        }
    }
}

extension Array where Element == Inline {
    /// The concatenated plain characters of the inlines (references without text contribute nothing).
    public var plainText: String { map(\.plainText).joined() }
}

/// Characters with their reading printed beside them (ルビ): 矩 read く, 珪弗 read けいふつ.
public struct Ruby: Hashable, Sendable, Codable {
    /// The characters.
    public var base: String
    /// Their reading.
    public var reading: String

    public init(base: String, reading: String) {
        self.base = base
        self.reading = reading
    }
}

/// An element of a format kept whole because the model has no place for it: its markup, written back unchanged
/// by the writer of that format, and its text (one line for each cell or sentence), which other formats show.
public struct PreservedMarkup: Hashable, Sendable, Codable {
    /// The format's name in the registry (`jplaw`, `akn`, `uslm`).
    public var format: String
    /// The element as the document wrote it.
    public var markup: String
    /// Its text.
    public var text: String

    public init(format: String, markup: String, text: String) {
        self.format = format
        self.markup = markup
        self.text = text
    }

    /// The local name of the element kept (`blockList` for `<akn:blockList eId="…">`).
    public var elementName: String {
        let qualified = markup.drop { $0 == "<" }.prefix {
            $0.isLetter || $0.isNumber || $0 == ":" || $0 == "_" || $0 == "-"
        }
        return qualified.split(separator: ":").last.map(String.init) ?? ""
    }
}

/// A cross-reference: to a division of this document (by label) or to another work (by URI).
public struct CrossReference: Hashable, Sendable, Codable {
    public var target: Target
    /// The text to show. For internal references it is normally nil: the text is generated from the target's
    /// current number, so renumbering never leaves a stale reference.
    public var text: String?
    public var anchor: SourceAnchor

    public enum Target: Hashable, Sendable, Codable {
        /// A division of this document, by its label (`purpose` in `{ref:#purpose}`).
        case label(String)
        /// Another work or a provision of it, by URI (`/us/usc/t22/s3301`).
        case external(String)
    }

    public init(target: Target, text: String? = nil, anchor: SourceAnchor = SourceAnchor()) {
        self.target = target
        self.text = text
        self.anchor = anchor
    }
}

/// The place where a term is defined (`{def:Taiwan}`).
public struct TermDefinition: Hashable, Sendable, Codable {
    public var term: String
    public var anchor: SourceAnchor

    public init(term: String, anchor: SourceAnchor = SourceAnchor()) {
        self.term = term
        self.anchor = anchor
    }
}

/// A use of a defined term (`{term:Taiwan}` or `{term:the Association|the Association's}`).
public struct TermUse: Hashable, Sendable, Codable {
    /// The term as defined.
    public var term: String
    /// The text shown when it differs from the term (inflection, case).
    public var text: String?
    public var anchor: SourceAnchor

    public init(term: String, text: String? = nil, anchor: SourceAnchor = SourceAnchor()) {
        self.term = term
        self.text = text
        self.anchor = anchor
    }

    public var shownText: String { text ?? term }
}

/// A date mentioned in the text (`{date:2026-04-10|April 10, 2026}`).
public struct DateMention: Hashable, Sendable, Codable {
    public var date: LegalDate
    public var text: String?

    public init(date: LegalDate, text: String? = nil) {
        self.date = date
        self.text = text
    }

    public var shownText: String { text ?? date.description }
}
