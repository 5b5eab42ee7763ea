import EnactCore
import EnactDiff

/// An act and a revision of it with known differences, made by ``DocumentSynthesizer/revision(sections:)``, for
/// measuring the aligner and the amendments: word edits, insertions, deletions, moves, renumbered runs, splits
/// and merges, each section touched at most once, with the changes that were made.
public struct SyntheticRevision: Sendable {
    public let old: Document
    public let new: Document
    /// The changes made: for each, its kind and the positions of the sections on each side.
    public let truth: [Signature]
    /// How many edits a drafter would count: one per run of adjacent changed words in a modified section, one
    /// per insertion, deletion, move, split and merge, and one per renumbered run.
    public let editCount: Int

    /// A change as positions: the kind, the old sections and the new sections involved.
    public struct Signature: Hashable, Sendable {
        public var kind: DivisionChange.Kind
        public var old: [Int]
        public var new: [Int]
    }

    init(old: Document, new: Document, truth: [Signature], editCount: Int) {
        self.old = old
        self.new = new
        self.truth = truth
        self.editCount = editCount
    }

    /// How many edits of each kind per 1,000 sections.
    static let ratesPerThousand: [(DivisionChange.Kind, Int)] = [
        (.modified, 30), (.inserted, 10), (.deleted, 10), (.moved, 10), (.renumbered, 4), (.split, 5), (.merged, 5),
    ]

    /// Precision and recall of the aligner on these versions, per kind of change.
    public func quality(ignoringOtherKinds: Bool = true) -> [DivisionChange.Kind: (precision: Double, recall: Double)] {
        let changes = DocumentDiff(old: ResolvedDocument(old), new: ResolvedDocument(new)).differences
        var predicted: Set<Signature> = []
        for change in changes {
            for kind in change.kinds {
                predicted.insert(Signature(kind: kind, old: change.old.map(\.order), new: change.new.map(\.order)))
            }
        }
        let expected = Set(truth)
        var result: [DivisionChange.Kind: (Double, Double)] = [:]
        for kind in DivisionChange.Kind.allCases {
            let guessed = predicted.filter { $0.kind == kind }
            let actual = expected.filter { $0.kind == kind }
            let hits = guessed.intersection(actual).count
            result[kind] = (
                guessed.isEmpty ? 1 : Double(hits) / Double(guessed.count),
                actual.isEmpty ? 1 : Double(hits) / Double(actual.count)
            )
        }
        return result
    }
}
