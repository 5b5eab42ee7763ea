/// A hierarchical division of a legislative text: a chapter, an article, a paragraph, a 号 …
///
/// ```
/// Division (chapter 1 "General Provisions")
/// ├─ Division (article 1 "Purpose", label "purpose")
/// │  └─ Division (paragraph 1) content: "The purpose of this Act is …"
/// └─ Division (article 2 "Definitions")
/// ```
///
/// A division's number is either written in the source (``Numbering/explicit``) or assigned by
/// ``NumberingResolver`` from its position (``Numbering/automatic``); cross-references name the
/// division by its ``label``, so inserting or removing a provision renumbers and every reference follows.
public struct Division: Hashable, Sendable, Codable {
    public var kind: DivisionKind
    /// Whether the number was written in the source or is assigned automatically.
    public var numbering: Numbering
    /// The number: as written for explicit numbering, as assigned after resolution for automatic numbering,
    /// nil for an automatic division that has not been resolved yet.
    public var number: DivisionNumber?
    /// The heading (of a chapter) or caption (見出し of an article), without decoration.
    public var heading: String?
    /// The author's name for this division, used by cross-references (`{ref:#label}`).
    public var label: String?
    /// The text of the division before its children (a chapeau when it has children).
    public var content: [Inline]
    public var children: [Division]
    /// A repealed division keeps its place and number (第十条　削除) and has no text.
    public var isRepealed: Bool
    public var annotations: [Annotation]
    /// Source comments that stood before this division's line; kept by the formatter.
    public var comments: [String]
    public var anchor: SourceAnchor
    /// The designation as the document wrote it (`Art. 3`, `§ 3301.`, `一から二十五まで`), printed instead of the one
    /// generated from ``number``; empty when the document prints none; nil when the generated one is printed.
    /// Imported documents keep theirs (the source format writes it `@designation: § 3301.`). Not part of
    /// equality: two documents that number their divisions alike are equal however they print the numbers.
    public var writtenDesignation: String? {
        get { written.value }
        set { written.value = newValue }
    }
    private var written = IgnoredInEquality<String?>(nil)
    /// The element an imported division was read from, when its format has an element the model has no kind
    /// for (USLM's `appropriations`); a writer of that format writes it back. Not part of equality.
    public var sourceElement: SourceElement? {
        get { source.value }
        set { source.value = newValue }
    }
    private var source = IgnoredInEquality<SourceElement?>(nil)

    public init(
        kind: DivisionKind,
        numbering: Numbering = .automatic,
        number: DivisionNumber? = nil,
        heading: String? = nil,
        label: String? = nil,
        content: [Inline] = [],
        children: [Division] = [],
        isRepealed: Bool = false,
        annotations: [Annotation] = [],
        comments: [String] = [],
        anchor: SourceAnchor = SourceAnchor()
    ) {
        self.kind = kind
        self.numbering = numbering
        self.number = number
        self.heading = heading
        self.label = label
        self.content = content
        self.children = children
        self.isRepealed = isRepealed
        self.annotations = annotations
        self.comments = comments
        self.anchor = anchor
    }

    /// Creates a division whose number is written explicitly.
    public static func numbered(
        _ kind: DivisionKind, _ number: DivisionNumber, heading: String? = nil, label: String? = nil,
        content: [Inline] = [], children: [Division] = []
    ) -> Division {
        Division(
            kind: kind, numbering: .explicit, number: number, heading: heading, label: label,
            content: content, children: children)
    }

    /// The location of the division's line in its source, when it was read from one.
    public var location: SourceLocation? { anchor.location }

    /// Calls `body` for this division and every descendant, depth first, parents before children.
    public func forEachDivision(_ body: (Division) throws -> Void) rethrows {
        try body(self)
        for child in children { try child.forEachDivision(body) }
    }
}

/// Whether a division's number comes from the source or from its position.
public enum Numbering: String, Hashable, Sendable, Codable {
    /// Written in the source; kept as written even when out of sequence.
    case explicit
    /// Assigned from the position: one more than the previous sibling of the same kind.
    case automatic
}

/// Something said about a division that is not part of its text.
public enum Annotation: Hashable, Sendable, Codable {
    /// A drafter's note, never part of the enacted text.
    case note(String)
    /// The division corresponds to a provision of another work, e.g. `/us/usc/t22/s3305`.
    case correspondsTo(String)
    /// The document's own notes on the division as it wrote them (the US Code's source credits and notes), kept
    /// whole for its format, which writes them after the subdivisions; every other format shows their text as a
    /// note.
    case asWritten(PreservedMarkup)
    /// The same, for notes the document writes before the subdivisions (a US Code title's or chapter's notes).
    case headnote(PreservedMarkup)
    /// The heading as the document wrote it, when it holds what the heading's text cannot (a footnote in a US Code
    /// heading): its format writes it in place of the heading; every other format prints ``Division/heading``.
    case writtenHeading(PreservedMarkup)
    /// The document prints nothing for this repealed division, not even 削除 or [Repealed] (an Akoma Ntoso article
    /// with `status="removed"` and no content): the XML formats write it without text.
    case unprintedRepeal

    /// The text a note shows, for every annotation that is a note (none for kept navigation, a table of contents).
    public var noteText: String? {
        switch self {
        case .note(let text): text
        case .asWritten(let kept), .headnote(let kept): kept.text.isEmpty ? nil : kept.text
        case .correspondsTo, .writtenHeading, .unprintedRepeal: nil
        }
    }

    /// The heading as written, for that annotation.
    public var writtenHeading: PreservedMarkup? {
        if case .writtenHeading(let kept) = self { return kept }
        return nil
    }

    /// The work a division is declared to correspond to, for that annotation.
    public var correspondence: String? {
        if case .correspondsTo(let work) = self { return work }
        return nil
    }
}

/// An XML element's name and attributes, kept with a division imported from it.
public struct SourceElement: Hashable, Sendable, Codable {
    public var name: String
    public var attributes: [String: String]
    /// Whether the element is the division's whole text, kept as it was written (a table block between two
    /// sections): its format writes that kept element in the division's place and nothing else.
    public var isKeptWhole: Bool

    public init(name: String, attributes: [String: String] = [:], isKeptWhole: Bool = false) {
        self.name = name
        self.attributes = attributes
        self.isKeptWhole = isKeptWhole
    }
}
