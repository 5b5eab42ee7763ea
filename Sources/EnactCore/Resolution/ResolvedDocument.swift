/// A document with numbers assigned and its labels, citations and defined terms indexed, ready for
/// checking and rendering.
///
/// Resolution reports what makes references unusable: labels used twice, references to no label, terms
/// defined twice, uses of terms never defined.
public struct ResolvedDocument: Sendable {
    /// The document with every automatic number assigned.
    public let document: Document
    public let tradition: Tradition
    /// The divisions that carry a label, by label.
    public let targets: [String: Target]
    /// The definitions of terms, by normalised term (see ``normalisedTerm(_:)``).
    public let definitions: [String: Definition]
    /// Errors found while resolving: duplicate labels and definitions, dangling references, undefined terms.
    public let diagnostics: [Diagnostic]
    /// How many marked uses each defined term has, by normalised term.
    public let termUseCounts: [String: Int]
    /// The place of every basic unit (条, section) among the units of its part, by eId.
    let unitOrdinals: [EId: Int]
    private let citations: CitationWriter

    /// A labelled division: where it is and how to cite it.
    public struct Target: Sendable {
        public var eId: EId
        public var kind: DivisionKind
        /// Where the division stands, for relative citations.
        public var place: CitationTarget
        /// The absolute citation generated from the current number: 第三条第二項, `Article 3, paragraph (2)`.
        public var citation: String
        public var location: SourceLocation?
    }

    /// A defined term: where it is defined and the anchor its uses link to.
    public struct Definition: Sendable {
        public var term: String
        /// The element id of the definition (`art_2__para_1__def_1`).
        public var anchorID: String
        public var location: SourceLocation?
    }

    public init(_ document: Document) {
        let numbered = NumberingResolver.resolve(document)
        var index = DocumentIndexer(document: numbered)
        index.indexAll()
        let useDiagnostics = index.checkUses()
        self.document = numbered
        self.tradition = numbered.tradition
        self.targets = index.targets
        self.definitions = index.definitions
        self.termUseCounts = index.useCounts
        self.diagnostics = index.diagnostics + useDiagnostics
        self.unitOrdinals = index.unitOrdinals
        self.citations = CitationWriter(tradition: index.tradition, wording: index.wording)
    }

    /// The key under which a term is indexed: trimmed and lower-cased.
    public static func normalisedTerm(_ term: String) -> String {
        let scalars = term.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last]).lowercased()
    }

    /// The text of a cross-reference: its own text, or the citation of its target — relative to `origin`
    /// (前条, 前項, `subsection (b)`) when the reference is made from inside a division, absolute otherwise.
    public func text(of reference: CrossReference, from origin: CitationOrigin? = nil) -> String {
        if let text = reference.text { return text }
        switch reference.target {
        case .label(let label):
            guard let target = targets[label] else { return label }
            guard let origin else { return target.citation }
            return citations.relative(target.place, from: origin)
        case .external(let uri):
            return uri
        }
    }

    /// Inline content as plain text, each cross-reference written as its text or citation (see
    /// ``text(of:from:)``).
    public func plainText(of inlines: [Inline], from origin: CitationOrigin? = nil) -> String {
        inlines.map { inline in
            if case .reference(let reference) = inline { text(of: reference, from: origin) } else { inline.plainText }
        }.joined()
    }

    /// The origin of citations made in the text of a division.
    public func origin(of division: Division, in context: DivisionContext) -> CitationOrigin {
        let path = context.ancestors + [(division.kind, division.number)]
        guard let start = path.lastIndex(where: { $0.kind == tradition.unitKind }) else {
            return CitationOrigin(part: context.part, unitEId: nil, unitOrdinal: nil, steps: [])
        }
        var unitEId: EId? = {
            guard case .supplementary(let index) = context.part else { return nil }
            return Document.supplementaryEId(index)
        }()
        for step in path[...start] { unitEId = EId(parent: unitEId, kind: step.kind, number: step.number) }
        let steps = path[start...].map { CitationStep(kind: $0.kind, number: $0.number ?? DivisionNumber(1)) }
        return CitationOrigin(
            part: context.part, unitEId: unitEId, unitOrdinal: unitEId.flatMap { unitOrdinals[$0] }, steps: steps)
    }

    /// The definition a use of a term links to.
    public func definition(of use: TermUse) -> Definition? {
        definitions[Self.normalisedTerm(use.term)]
    }
}
