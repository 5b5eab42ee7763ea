/// A legislative document: metadata, an optional enacting formula and preamble, the main provisions,
/// supplementary provisions (附則) and schedules.
///
/// ```
/// Document
/// ├─ metadata (title, kind, jurisdiction, language, work …)
/// ├─ preamble: [paragraph]
/// ├─ body: [Division]                        本則
/// ├─ supplementaryProvisions: [[Division]]   附則 (one group per amending act)
/// └─ schedules: [Schedule]                   別表
/// ```
public struct Document: Hashable, Sendable, Codable {
    public var metadata: Metadata
    /// The enacting formula ("Be it enacted by the Senate and House of Representatives …").
    public var enactingFormula: [Inline]?
    /// Paragraphs of the preamble (前文).
    public var preamble: [[Inline]]
    /// How the table of contents (目次) is printed.
    public var tableOfContents: TableOfContents
    /// What an imported document prints before its provisions that the model has no place for (an Akoma Ntoso
    /// cover page or preface, a USLM preface and long title), kept as it was written for the writer of its format.
    /// Nil for a draft: writers generate front matter (a long title, a preface) from the metadata. Empty for a
    /// document that has none, which writers then do not invent; writers of another format than the kept
    /// elements' generate their own.
    public var cover: [PreservedMarkup]?
    /// What it prints after them (conclusions and signatures, attachments), kept the same way.
    public var closing: [PreservedMarkup]
    /// The elements that enclose it in its file, outermost first (none for a document that is its file's only
    /// document).
    public var enclosures: [Enclosure]
    public var body: [Division]
    public var supplementaryProvisions: [SupplementaryProvisions]
    public var schedules: [Schedule]
    /// Source comments after the last division; kept by the formatter.
    public var trailingComments: [String]
    /// Whole-line YAML comments of the front matter (`# …`); kept by the formatter at the top of it.
    public var frontMatterComments: [String]

    public init(
        metadata: Metadata,
        enactingFormula: [Inline]? = nil,
        preamble: [[Inline]] = [],
        tableOfContents: TableOfContents = .generated,
        cover: [PreservedMarkup]? = nil,
        closing: [PreservedMarkup] = [],
        enclosures: [Enclosure] = [],
        body: [Division] = [],
        supplementaryProvisions: [SupplementaryProvisions] = [],
        schedules: [Schedule] = [],
        trailingComments: [String] = [],
        frontMatterComments: [String] = []
    ) {
        self.metadata = metadata
        self.enactingFormula = enactingFormula
        self.preamble = preamble
        self.tableOfContents = tableOfContents
        self.cover = cover
        self.closing = closing
        self.enclosures = enclosures
        self.body = body
        self.supplementaryProvisions = supplementaryProvisions
        self.schedules = schedules
        self.trailingComments = trailingComments
        self.frontMatterComments = frontMatterComments
    }

    /// The drafting tradition that decides kinds, nesting and number styles for this document.
    public var tradition: Tradition { Tradition.for(metadata) }

    /// Whether the document is written in Japanese.
    public var isJapanese: Bool { metadata.isJapanese }

    /// The front matter a writer of `format` writes: nil when it generates its own (a draft, or a document whose
    /// kept front matter is all in other formats), else the elements kept in its format (none when the document
    /// has none).
    public func keptCover(for format: String) -> [PreservedMarkup]? {
        guard let cover else { return nil }
        let own = cover.filter { $0.format == format }
        return own.isEmpty && !cover.isEmpty ? nil : own
    }

    /// Every division of every part, depth first.
    public func forEachDivision(_ body: (Division) throws -> Void) rethrows {
        for division in self.body { try division.forEachDivision(body) }
        for group in supplementaryProvisions {
            for division in group.divisions { try division.forEachDivision(body) }
        }
    }
}

/// How a document's table of contents (目次) is printed: made by Enact from the divisions (a draft's), or as a
/// document that Enact imported has it — none at all, or kept whole as its format wrote it.
public enum TableOfContents: Hashable, Sendable, Codable {
    /// Made from the divisions by each writer that prints one.
    case generated
    /// Not printed: the document has none.
    case none
    /// As the document printed it (its headings and article ranges as written), for the writer of its format;
    /// other writers make their own.
    case kept(PreservedMarkup)
}

/// A group of supplementary provisions (附則): the original one, or one per amending act.
public struct SupplementaryProvisions: Hashable, Sendable, Codable {
    /// The text after 附則 (e.g. the amending act's number), if any.
    public var heading: String?
    public var label: String?
    public var divisions: [Division]
    public var comments: [String]
    public var anchor: SourceAnchor

    public init(
        heading: String? = nil, label: String? = nil, divisions: [Division] = [], comments: [String] = [],
        anchor: SourceAnchor = SourceAnchor()
    ) {
        self.heading = heading
        self.label = label
        self.divisions = divisions
        self.comments = comments
        self.anchor = anchor
    }
}

/// A schedule (別表): a numbered annex whose lines are kept as written.
public struct Schedule: Hashable, Sendable, Codable {
    public var numbering: Numbering
    public var number: DivisionNumber?
    public var heading: String?
    public var label: String?
    /// The lines of the schedule, each one paragraph or table row.
    public var lines: [[Inline]]
    public var comments: [String]
    public var anchor: SourceAnchor

    public init(
        numbering: Numbering = .automatic, number: DivisionNumber? = nil, heading: String? = nil,
        label: String? = nil, lines: [[Inline]] = [], comments: [String] = [], anchor: SourceAnchor = SourceAnchor()
    ) {
        self.numbering = numbering
        self.number = number
        self.heading = heading
        self.label = label
        self.lines = lines
        self.comments = comments
        self.anchor = anchor
    }
}
