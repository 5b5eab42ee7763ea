import EnactCore

/// One amending provision: an instruction against the text of the amended document, naming its target the way
/// drafters do (`第三条第一項`, `section 4(b)`, see ``ProvisionAddresses``).
///
/// Instructions apply one after another: each names provisions by their numbers as they stand after the
/// instructions before it.
public enum AmendmentInstruction: Hashable, Sendable {
    /// Strike `old` from the provision's text and put `new` in its place (`new` empty: strike only). `old` must
    /// occur exactly once in the text.
    case replaceText(address: String, old: String, new: String)
    /// Insert `new` right after `anchor`, which must occur exactly once in the provision's text.
    case insertText(address: String, after: String, new: String)
    /// Give the provision this heading, or strike its heading (nil).
    case setHeading(address: String, heading: String?)
    /// Replace the provision (or a group of supplementary provisions) whole by the quoted structure.
    case replace(address: String, with: QuotedStructure)
    /// Strike the provision (or a group of supplementary provisions) out.
    case strike(address: String)
    /// Give the provision the number shown by `label` (`第十条`, `section 10`, `(c)`).
    case redesignate(address: String, as: String)
    /// Shift the numbers of a run of provisions, from the one at `first` to the one labelled `last`, by `offset`
    /// (繰下げ when positive, 繰上げ when negative).
    case shift(first: String, last: String, offset: Int)
    /// Insert the quoted structure after or before a provision, or at the end of one (of the main provisions
    /// when `address` is nil).
    case insert(InsertionPoint, address: String?, QuotedStructure)
    /// Insert a group of supplementary provisions after the group titled `after` (first of all when nil).
    case insertSupplementary(after: String?, QuotedStructure)
    /// Give a provision's text new sentences for some of its sentences (「同条後段を次のように改める。」), or add them
    /// where it has none of that kind (`adding`: 「同項に後段として次のように加える。」, 「同項に次のただし書を加える。」). The
    /// quotation is the sentences as printed, then the cells of a table they introduce, one a line.
    case setSentences(address: String, SentenceGroup, adding: Bool, QuotedStructure)
    /// Strike some of a provision's sentences (「同項後段を削る。」).
    case strikeSentences(address: String, SentenceGroup)
    /// Give a law that has none the table of contents quoted, one entry a line as printed (「題名の次に次の目次を付す
    /// る。」). An existing one is amended as the provision ``contentsAddress`` names.
    case attachContents(QuotedStructure)

    /// How instructions name the table of contents (「目次中「第六十条」を「第六十一条」に改める。」).
    public static let contentsAddress = "目次"

    /// Where inserted provisions go.
    public enum InsertionPoint: String, Hashable, Sendable {
        case after, before, atEnd
    }
}

/// Sentences of a provision's text that an instruction names, by the words of 改め文.
public enum SentenceGroup: String, Hashable, Sendable, CaseIterable {
    /// The first sentence of a text of two (前段).
    case former = "前段"
    /// The sentences after the first (後段).
    case latter = "後段"
    /// The text before its proviso (本文).
    case main = "本文"
    /// The sentence that begins 「ただし、」 (ただし書).
    case proviso = "ただし書"
}

/// What an instruction quotes (what a drafter writes after 「次のように改める」 or "to read as follows:"): provisions,
/// a whole group of supplementary provisions, or lines as printed (the entries of a 目次, sentences with a table).
public struct QuotedStructure: Hashable, Sendable {
    /// What the quoted provisions sit in, which says how they are written and read (paragraphs under an article).
    public enum Container: Hashable, Sendable {
        case mainProvisions
        case division(DivisionKind)
        case supplementaryGroup
    }

    public enum Content: Hashable, Sendable {
        /// Enact source as an amendment file writes it, without indentation: read when the instruction is applied,
        /// in the provision that will hold it.
        case source(String)
        /// Provisions, as a printed statute or the generator gives them, and what they sit in.
        case provisions([Division], in: Container)
        /// A whole group of supplementary provisions.
        case group(SupplementaryProvisions)
        /// Lines as printed.
        case lines([String])
    }

    public var content: Content
    /// How many divisions of which kind it holds at its top, when known (「次の二条を加える」); not part of
    /// equality.
    public var summary: (count: Int, kind: DivisionKind)?

    public init(_ content: Content, summary: (count: Int, kind: DivisionKind)? = nil) {
        self.content = content
        self.summary = summary
    }

    /// Enact source lines, as an amendment file holds them.
    public init(source: String, summary: (count: Int, kind: DivisionKind)? = nil) {
        self.init(.source(source), summary: summary)
    }

    /// The lines quoted, for a quotation of lines as printed (or of source).
    public var lines: [String] {
        switch content {
        case .lines(let lines): lines
        case .source(let source): source.split(separator: "\n").map(String.init)
        case .provisions, .group: []
        }
    }

    /// Whether it quotes nothing yet (an instruction read before its quotation).
    var isEmpty: Bool {
        switch content {
        case .source(let source): source.isEmpty
        case .provisions(let divisions, _): divisions.isEmpty
        case .group: false
        case .lines(let lines): lines.isEmpty
        }
    }

    public static func == (lhs: QuotedStructure, rhs: QuotedStructure) -> Bool { lhs.content == rhs.content }
    public func hash(into hasher: inout Hasher) { hasher.combine(content) }
}

extension AmendmentInstruction {
    /// The quoted structure the instruction carries, if any.
    public var quotation: QuotedStructure? {
        switch self {
        case .replace(_, let quoted), .insert(_, _, let quoted), .insertSupplementary(_, let quoted),
            .attachContents(let quoted), .setSentences(_, _, _, let quoted):
            quoted
        case .replaceText, .insertText, .setHeading, .strike, .redesignate, .shift, .strikeSentences: nil
        }
    }

    /// The provision whose text the instruction changes, for text changes (strike, insert).
    public var textAddress: String? {
        switch self {
        case .replaceText(let address, _, _), .insertText(let address, _, _): address
        default: nil
        }
    }

    /// The same instruction carrying `quoted` instead.
    func carrying(_ quoted: QuotedStructure) -> AmendmentInstruction {
        switch self {
        case .replace(let address, _): .replace(address: address, with: quoted)
        case .insert(let point, let address, _): .insert(point, address: address, quoted)
        case .insertSupplementary(let after, _): .insertSupplementary(after: after, quoted)
        case .attachContents: .attachContents(quoted)
        case .setSentences(let address, let group, let adding, _):
            .setSentences(address: address, group, adding: adding, quoted)
        case .replaceText, .insertText, .setHeading, .strike, .redesignate, .shift, .strikeSentences: self
        }
    }
}

/// An amendment: its instructions with the lines they were read from.
public struct Amendment: Sendable {
    /// The amending document's title (`行政手続法の一部を改正する法律案`).
    public var title: String
    /// The title of the document it amends, as the instructions' preamble names it.
    public var target: String
    public var style: AmendmentStyle
    public var instructions: [AmendmentInstruction]
    /// For each instruction, where it was read (nil for generated ones).
    public var locations: [SourceLocation?]
    /// Sentences that were not read, each an error at its line (only when reading was asked to keep going).
    public var unread: [Diagnostic] = []
    /// What reading its quotations could not carry exactly (an element of an amending act's law XML that the model
    /// has no place for), as warnings at their lines.
    public var warnings: [Diagnostic] = []
    /// Whether its quotations are Enact inline source, which may mark terms and references (an `.amend` file),
    /// rather than words as printed (the 改め文 of a real act).
    public var quotesSource = true
    /// The amending document's own number (`令和九年法律第十号`, `H.R. 2157`), date and work identifier, for its
    /// XML forms; optional in the front matter.
    public var number: String?
    public var date: LegalDate?
    public var work: WorkIdentifier?

    public init(
        title: String, target: String, style: AmendmentStyle, instructions: [AmendmentInstruction],
        locations: [SourceLocation?]? = nil,
        number: String? = nil, date: LegalDate? = nil, work: WorkIdentifier? = nil
    ) {
        self.title = title
        self.target = target
        self.style = style
        self.instructions = instructions
        self.locations = locations ?? Array(repeating: nil, count: instructions.count)
        self.number = number
        self.date = date
        self.work = work
    }
}

/// The drafting convention amendments are written in.
public enum AmendmentStyle: String, Hashable, Sendable, CaseIterable {
    /// Japanese 改め文: 「第三条中「A」を「B」に改める。」.
    case jp
    /// United States amendatory instructions: `Section 3 is amended by striking "A" and inserting "B".`
    case us
}
