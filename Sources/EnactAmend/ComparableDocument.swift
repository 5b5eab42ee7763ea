import EnactCore

/// What an amendment can change, and so what a round trip must reproduce: the numbered structure and text of
/// the main and supplementary provisions, the preamble and the enacting formula. Drafters' notes,
/// correspondences, comments, source labels and whether a number was written or assigned are not part of it.
public struct ComparableDocument: Hashable, Sendable {
    public let enactingFormula: [Inline]?
    public let preamble: [[Inline]]
    public let body: [Division]
    public let supplementaryProvisions: [SupplementaryProvisions]

    /// References compare by the words they print, which are what an amendment changes.
    public init(_ document: Document) {
        let resolved = ResolvedDocument(document).writingOutReferenceWords()
        enactingFormula = resolved.enactingFormula
        preamble = resolved.preamble
        body = resolved.body.map(Self.comparable)
        supplementaryProvisions = resolved.supplementaryProvisions.map { group in
            SupplementaryProvisions(heading: group.heading, divisions: group.divisions.map(Self.comparable))
        }
    }

    private init(
        enactingFormula: [Inline]?, preamble: [[Inline]], body: [Division],
        supplementaryProvisions: [SupplementaryProvisions]
    ) {
        self.enactingFormula = enactingFormula
        self.preamble = preamble
        self.body = body
        self.supplementaryProvisions = supplementaryProvisions
    }

    /// The same without its supplementary provisions: what an amending act's 改め文 makes of a law, before e-Gov's
    /// revision adds the act's own 附則.
    public var mainProvisions: ComparableDocument {
        ComparableDocument(
            enactingFormula: enactingFormula, preamble: preamble, body: body, supplementaryProvisions: [])
    }

    /// The division with only what amendments change.
    static func comparable(_ division: Division) -> Division {
        var division = division
        division.numbering = .explicit
        division.label = nil
        division.annotations = []
        division.comments = []
        // Kept markup (a table) compares by its text: how a format rules its cells is not what an amendment says.
        division.content = division.content.map { inline in
            guard case .preserved(let kept) = inline else { return inline }
            return .preserved(PreservedMarkup(format: kept.format, markup: "", text: kept.text))
        }
        division.children = division.children.map(comparable)
        return division
    }

    /// The first place where two documents differ, described for a person (`第三条: text differs`).
    public func firstDifference(from other: ComparableDocument) -> String? {
        if enactingFormula != other.enactingFormula { return "the enacting formula differs" }
        if preamble != other.preamble { return "the preamble differs" }
        if let difference = Self.firstDifference(body, other.body, at: "main provisions") { return difference }
        if supplementaryProvisions.count != other.supplementaryProvisions.count {
            return
                "\(supplementaryProvisions.count) groups of supplementary provisions against \(other.supplementaryProvisions.count)"
        }
        for (index, (mine, theirs)) in zip(supplementaryProvisions, other.supplementaryProvisions).enumerated() {
            if mine.heading != theirs.heading { return "supplementary provisions \(index + 1): heading differs" }
            if let difference = Self.firstDifference(
                mine.divisions, theirs.divisions, at: "supplementary provisions \(index + 1)")
            {
                return difference
            }
        }
        return nil
    }

    private static func firstDifference(_ mine: [Division], _ theirs: [Division], at place: String) -> String? {
        for (index, (a, b)) in zip(mine, theirs).enumerated() where a != b {
            let name = "\(place) › \(a.kind.rawValue) \(a.number?.description ?? "#\(index + 1)")"
            if a.kind != b.kind || a.number != b.number {
                return "\(name): \(b.kind.rawValue) \(b.number?.description ?? "?") expected"
            }
            if a.heading != b.heading {
                return "\(name): heading '\(a.heading ?? "")' where '\(b.heading ?? "")' expected"
            }
            if a.content != b.content {
                return "\(name): text '\(a.content.plainText)' where '\(b.content.plainText)' expected"
            }
            if a.isRepealed != b.isRepealed { return "\(name): repeal differs" }
            return firstDifference(a.children, b.children, at: name) ?? "\(name): differs"
        }
        return mine.count == theirs.count ? nil : "\(place): \(mine.count) divisions where \(theirs.count) expected"
    }
}
