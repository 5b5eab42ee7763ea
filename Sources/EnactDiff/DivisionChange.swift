/// How one division, or a few, changed between two versions.
public struct DivisionChange: Hashable, Sendable, Codable {
    /// What happened; a pair can be several at once (renumbered and modified).
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case modified, renumbered, moved, split, merged, inserted, deleted

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
        }
    }

    /// Empty for an unchanged division.
    public var kinds: [Kind]
    /// The division(s) in the old version: none for an insertion, several for a merge.
    public var old: [AlignedDivision]
    /// The division(s) in the new version: none for a deletion, several for a split.
    public var new: [AlignedDivision]
    /// How alike the two sides' texts are, 0 to 1.
    public var similarity: Double
    /// Word-level changes from the old text to the new one (for pairs, splits and merges).
    public var segments: [DiffSegment]

    public var isUnchanged: Bool { kinds.isEmpty }
}
