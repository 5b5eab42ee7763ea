/// Aligns two sequences of divisions (see docs/diff.md for the algorithm, thresholds and complexity):
///
/// 1. identical texts are paired by hash, preferring the same label, then the same citation;
/// 2. the rest are paired by label, or by citation when their texts are still alike, or by a heading that only
///    they have when their texts are partly alike;
/// 3. the rest by shingle similarity (Jaccard of token trigrams, found through an inverted index), greedily from
///    the most similar pair down to ``pairThreshold``; then the same citation in the same grouping, whatever the
///    text (a provision rewritten whole where it stands);
/// 4. a left-over division whose text is mostly contained in a paired one on the other side joins that pair as
///    part of a split or a merge, and left-overs covered together by several others form one;
/// 5. the longest increasing subsequence of the pairs' positions keeps their order; pairs outside it moved.
struct Aligner {
    /// Lowest Jaccard similarity for two divisions to be the same one, modified.
    static let pairThreshold = 0.5
    /// Lowest similarity for two divisions with the same label or citation to be the same one, modified.
    static let keyedThreshold = 0.25
    /// Lowest similarity for two divisions with the same heading, found on no other, to be the same one.
    static let headedThreshold = 0.1
    /// Lowest share of a division's shingles found in another for it to be part of a split or merge.
    static let containmentThreshold = 0.6

    let old: [AlignedDivision]
    let new: [AlignedDivision]
    let reportsRenumbering: Bool
    /// Whether divisions may split or merge (groups of supplementary provisions, one per amending act, do not).
    var recognisesSplits = true
    /// Lowest similarity at which two divisions with the same citation are the same one; 0 for chapters and other
    /// groupings, whose short headings say little and whose number is their identity.
    var citationThreshold = Aligner.keyedThreshold

    /// A pairing of old and new indices: one to one, one to many (split) or many to one (merge).
    private struct Group {
        var old: [Int]
        var new: [Int]
    }

    func changes() -> [DivisionChange] {
        var oldTaken = [Int?](repeating: nil, count: old.count)
        var newTaken = [Int?](repeating: nil, count: new.count)
        var groups: [Group] = []

        func pair(_ o: Int, _ n: Int) {
            oldTaken[o] = groups.count
            newTaken[n] = groups.count
            groups.append(Group(old: [o], new: [n]))
        }

        // 1. Identical texts.
        var byText: [String: [Int]] = [:]
        for (index, division) in new.enumerated() { byText[division.text, default: []].append(index) }
        for (o, division) in old.enumerated() {
            guard let candidates = byText[division.text]?.filter({ newTaken[$0] == nil }), !candidates.isEmpty else {
                continue
            }
            let best =
                candidates.first { division.label != nil && new[$0].label == division.label }
                ?? candidates.first { new[$0].citation == division.citation } ?? candidates[0]
            pair(o, best)
        }

        // 2. Same label, or same citation with text still alike.
        let shingles = Shingles(
            old: old, new: new, oldCandidates: old.indices.filter { oldTaken[$0] == nil },
            newCandidates: new.indices.filter { newTaken[$0] == nil })
        var byLabel: [String: Int] = [:]
        var byCitation: [String: Int] = [:]
        for (index, division) in new.enumerated() where newTaken[index] == nil {
            if let label = division.label { byLabel[label] = byLabel[label] ?? index }
            byCitation[division.citation] = byCitation[division.citation] ?? index
        }
        for (o, division) in old.enumerated() where oldTaken[o] == nil {
            if let label = division.label, let n = byLabel[label], newTaken[n] == nil {
                pair(o, n)
            } else if let n = byCitation[division.citation], newTaken[n] == nil,
                shingles.jaccard(o, n) >= citationThreshold
            {
                pair(o, n)
            }
        }

        // 2b. The same heading, which no other division left on either side has, over text still partly alike: a
        // provision rewritten in part under its heading, renumbered or not (an amending act's 「第二十八条の二を第二十
        // 八条の三とし」 with its 後段 rewritten around a new table).
        var oldHeadings: [String: [Int]] = [:]
        var newHeadings: [String: [Int]] = [:]
        for (o, division) in old.enumerated() where oldTaken[o] == nil {
            if let heading = division.heading, !heading.isEmpty { oldHeadings[heading, default: []].append(o) }
        }
        for (n, division) in new.enumerated() where newTaken[n] == nil {
            if let heading = division.heading, !heading.isEmpty { newHeadings[heading, default: []].append(n) }
        }
        for (heading, olds) in oldHeadings where olds.count == 1 {
            guard let news = newHeadings[heading], news.count == 1 else { continue }
            let (o, n) = (olds[0], news[0])
            if shingles.jaccard(o, n) >= Self.headedThreshold || shingles.overlap(o, n) >= Self.containmentThreshold {
                pair(o, n)
            }
        }

        // 3. Similar texts.
        let leftOld = old.indices.filter { oldTaken[$0] == nil }
        let leftNew = Set(new.indices.filter { newTaken[$0] == nil })
        var candidates: [(score: Double, o: Int, n: Int)] = []
        for o in leftOld {
            for n in shingles.newSharing(with: o) where leftNew.contains(n) {
                let score = shingles.jaccard(o, n)
                if score >= Self.pairThreshold { candidates.append((score, o, n)) }
            }
        }
        candidates.sort { ($0.score, $1.o, $1.n) > ($1.score, $0.o, $0.n) }
        for candidate in candidates where oldTaken[candidate.o] == nil && newTaken[candidate.n] == nil {
            pair(candidate.o, candidate.n)
        }

        // 3b. The same citation in the same grouping, left after all that: a provision rewritten whole where it
        // stands (「第十条を次のように改める」), not one struck with another inserted in another chapter.
        for (o, division) in old.enumerated() where oldTaken[o] == nil {
            guard let n = byCitation[division.citation], newTaken[n] == nil,
                Self.groupings(of: division) == Self.groupings(of: new[n])
            else { continue }
            pair(o, n)
        }

        // 4. Splits and merges: the parts of a split are consecutive in the new version, of a merge in the old.
        for n in new.indices where newTaken[n] == nil && recognisesSplits {
            let host = shingles.oldContaining(new: n).first { oldTaken[$0] != nil }
            if let host, let group = oldTaken[host], groups[group].old.count == 1,
                let last = groups[group].new.last, n == last + 1 || n + 1 == groups[group].new.first
            {
                groups[group].new.append(n)
                newTaken[n] = group
            }
        }
        for o in old.indices where oldTaken[o] == nil && recognisesSplits {
            let host = shingles.newContaining(old: o).first { newTaken[$0] != nil }
            if let host, let group = newTaken[host], groups[group].new.count == 1,
                let last = groups[group].old.last, o == last + 1 || o + 1 == groups[group].old.first
            {
                groups[group].old.append(o)
                oldTaken[o] = group
            }
        }
        for o in old.indices where oldTaken[o] == nil && recognisesSplits {
            let parts = Self.consecutiveRun(shingles.newInside(old: o).filter { newTaken[$0] == nil })
            guard parts.count >= 2 else { continue }
            oldTaken[o] = groups.count
            for n in parts { newTaken[n] = groups.count }
            groups.append(Group(old: [o], new: parts))
        }
        for n in new.indices where newTaken[n] == nil && recognisesSplits {
            let parts = Self.consecutiveRun(shingles.oldInside(new: n).filter { oldTaken[$0] == nil })
            guard parts.count >= 2 else { continue }
            newTaken[n] = groups.count
            for o in parts { oldTaken[o] = groups.count }
            groups.append(Group(old: parts, new: [n]))
        }
        for index in groups.indices {
            groups[index].old.sort()
            groups[index].new.sort()
        }

        // 5. Order.
        let byOld = groups.indices.sorted { groups[$0].old[0] < groups[$1].old[0] }
        let inOrder = Set(Self.longestIncreasingRun(byOld.map { groups[$0].new[0] }).map { byOld[$0] })

        var changes: [(position: Double, change: DivisionChange)] = []
        for (index, group) in groups.enumerated() {
            changes.append(
                (Double(group.new[0]), change(for: group, moved: !inOrder.contains(index), shingles: shingles)))
        }
        for o in old.indices where oldTaken[o] == nil {
            // A deletion is shown after whatever followed its predecessor.
            let before = (0..<o).last { oldTaken[$0] != nil }.flatMap { oldTaken[$0] }.map { groups[$0].new.max() ?? 0 }
            changes.append(
                (
                    Double(before ?? -1) + 0.5,
                    DivisionChange(kinds: [.deleted], old: [old[o]], new: [], similarity: 0, segments: [])
                ))
        }
        for n in new.indices where newTaken[n] == nil {
            changes.append(
                (Double(n), DivisionChange(kinds: [.inserted], old: [], new: [new[n]], similarity: 0, segments: [])))
        }
        return changes.sorted { $0.position < $1.position }.map(\.change)
    }

    private func change(for group: Group, moved: Bool, shingles: Shingles) -> DivisionChange {
        let oldSide = group.old.map { old[$0] }
        let newSide = group.new.map { new[$0] }
        var kinds: [DivisionChange.Kind] = []
        if group.new.count > 1 { kinds.append(.split) }
        if group.old.count > 1 { kinds.append(.merged) }
        let oldText = oldSide.map(\.text).joined(separator: "\n")
        let newText = newSide.map(\.text).joined(separator: "\n")
        let headingChanged = group.old.count == 1 && group.new.count == 1 && oldSide[0].heading != newSide[0].heading
        if kinds.isEmpty, oldText != newText || headingChanged { kinds.append(.modified) }
        if kinds.isEmpty || kinds == [.modified], reportsRenumbering, oldSide[0].citation != newSide[0].citation {
            kinds.append(.renumbered)
        }
        if moved { kinds.append(.moved) }
        guard oldText != newText else {
            return DivisionChange(kinds: kinds.sorted(), old: oldSide, new: newSide, similarity: 1, segments: [])
        }
        let similarity = group.old.count == 1 && group.new.count == 1 ? shingles.jaccard(group.old[0], group.new[0]) : 1
        return DivisionChange(
            kinds: kinds.sorted(), old: oldSide, new: newSide, similarity: similarity,
            segments: TokenDiff.segments(from: oldText, to: newText))
    }

    /// The longest run of consecutive numbers in sorted `indices` (the first such run on a tie).
    /// The designations of the groupings a division sits in (`第二章`), without their headings, which amendments
    /// change.
    static func groupings(of division: AlignedDivision) -> [Substring] {
        division.container.map { $0.prefix { $0 != " " && $0 != "\u{3000}" } }
    }

    static func consecutiveRun(_ indices: [Int]) -> [Int] {
        var best: ArraySlice<Int> = [], start = 0
        for end in indices.indices {
            if end > start, indices[end] != indices[end - 1] + 1 { start = end }
            if end - start + 1 > best.count { best = indices[start...end] }
        }
        return Array(best)
    }

    /// The indices of a longest strictly increasing subsequence of `values` (patience sorting, O(n log n)).
    static func longestIncreasingRun(_ values: [Int]) -> [Int] {
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: values.count)
        for (index, value) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: [Int] = []
        var current = tails.last ?? -1
        while current >= 0 {
            result.append(current)
            current = previous[current]
        }
        return result.reversed()
    }
}
