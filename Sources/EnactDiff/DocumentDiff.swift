import EnactCore

/// The section-level differences between two versions of a document: its divisions aligned (moved,
/// renumbered, split and merged ones recognised), then word-level changes inside each aligned pair.
public struct DocumentDiff: Sendable {
    /// What to disregard.
    public struct Options: Sendable {
        /// Do not report renumbering (a division whose number alone changed is unchanged).
        public var ignoresNumbering: Bool
        /// Treat every run of whitespace as one space.
        public var ignoresWhitespace: Bool

        public init(ignoresNumbering: Bool = false, ignoresWhitespace: Bool = false) {
            self.ignoresNumbering = ignoresNumbering
            self.ignoresWhitespace = ignoresWhitespace
        }
    }

    /// Every division of both versions, in the new version's order: unchanged ones too.
    public let changes: [DivisionChange]

    public init(old: ResolvedDocument, new: ResolvedDocument, options: Options = Options()) {
        let oldUnits = AlignedDivision.units(of: old, normalizingWhitespace: options.ignoresWhitespace)
        let newUnits = AlignedDivision.units(of: new, normalizingWhitespace: options.ignoresWhitespace)
        let renumbering = !options.ignoresNumbering
        changes =
            Aligner(
                old: oldUnits.groupings, new: newUnits.groupings, reportsRenumbering: renumbering,
                recognisesSplits: false,
                citationThreshold: 0
            ).changes()
            + Aligner(old: oldUnits.body, new: newUnits.body, reportsRenumbering: renumbering).changes()
            + Aligner(
                old: oldUnits.supplementary, new: newUnits.supplementary, reportsRenumbering: renumbering,
                recognisesSplits: false
            ).changes()
    }

    /// The changes, without the unchanged divisions.
    public var differences: [DivisionChange] { changes.filter { !$0.isUnchanged } }

    /// How many changes of each kind.
    public var summary: [DivisionChange.Kind: Int] {
        var counts: [DivisionChange.Kind: Int] = [:]
        for change in changes { for kind in change.kinds { counts[kind, default: 0] += 1 } }
        return counts
    }
}
