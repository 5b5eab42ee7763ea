/// Token-trigram shingles of divisions, with inverted indexes to find which divisions share any, computed
/// lazily: only the divisions the cheap passes leave over are ever shingled.
final class Shingles {
    private let old: [AlignedDivision]
    private let new: [AlignedDivision]
    private var oldSets: [Int: Set<UInt64>] = [:]
    private var newSets: [Int: Set<UInt64>] = [:]
    private var oldIndex: [UInt64: [Int]]?
    private var newIndex: [UInt64: [Int]]?
    /// The divisions the indexes cover.
    private let oldCandidates: [Int]
    private let newCandidates: [Int]

    init(old: [AlignedDivision], new: [AlignedDivision], oldCandidates: [Int], newCandidates: [Int]) {
        self.old = old
        self.new = new
        self.oldCandidates = oldCandidates
        self.newCandidates = newCandidates
    }

    func jaccard(_ o: Int, _ n: Int) -> Double {
        let a = oldSet(o), b = newSet(n)
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        let shared = a.intersection(b).count
        return Double(shared) / Double(a.count + b.count - shared)
    }

    /// The share of the smaller division's shingles found in the other: high when one is the other with text
    /// added (a paragraph, a table) or struck.
    func overlap(_ o: Int, _ n: Int) -> Double {
        let a = oldSet(o), b = newSet(n)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(min(a.count, b.count))
    }

    /// New candidates sharing at least one shingle with old division `o`.
    func newSharing(with o: Int) -> [Int] {
        shared(oldSet(o), index: newIndexBuilt()).keys.sorted()
    }

    /// Old candidates holding at least ``Aligner/containmentThreshold`` of new division `n`, best first.
    func oldContaining(new n: Int) -> [Int] {
        let set = newSet(n)
        return ranked(
            shared(set, index: oldIndexBuilt()).map { ($0.key, Double($0.value) / Double(max(1, set.count))) })
    }

    /// New candidates holding at least the threshold of old division `o`, best first.
    func newContaining(old o: Int) -> [Int] {
        let set = oldSet(o)
        return ranked(
            shared(set, index: newIndexBuilt()).map { ($0.key, Double($0.value) / Double(max(1, set.count))) })
    }

    /// New candidates at least the threshold of whose shingles are in old division `o`, in document order.
    func newInside(old o: Int) -> [Int] {
        shared(oldSet(o), index: newIndexBuilt())
            .filter { Double($0.value) / Double(max(1, newSet($0.key).count)) >= Aligner.containmentThreshold }.keys
            .sorted()
    }

    /// Old candidates at least the threshold of whose shingles are in new division `n`, in document order.
    func oldInside(new n: Int) -> [Int] {
        shared(newSet(n), index: oldIndexBuilt())
            .filter { Double($0.value) / Double(max(1, oldSet($0.key).count)) >= Aligner.containmentThreshold }.keys
            .sorted()
    }

    private func ranked(_ scores: [(Int, Double)]) -> [Int] {
        scores.filter { $0.1 >= Aligner.containmentThreshold }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.map(\.0)
    }

    private func shared(_ set: Set<UInt64>, index: [UInt64: [Int]]) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for shingle in set { for division in index[shingle] ?? [] { counts[division, default: 0] += 1 } }
        return counts
    }

    private func oldSet(_ o: Int) -> Set<UInt64> {
        if let set = oldSets[o] { return set }
        let set = Self.shingles(old[o].text)
        oldSets[o] = set
        return set
    }

    private func newSet(_ n: Int) -> Set<UInt64> {
        if let set = newSets[n] { return set }
        let set = Self.shingles(new[n].text)
        newSets[n] = set
        return set
    }

    private func oldIndexBuilt() -> [UInt64: [Int]] {
        if let oldIndex { return oldIndex }
        var index: [UInt64: [Int]] = [:]
        for o in oldCandidates { for shingle in oldSet(o) { index[shingle, default: []].append(o) } }
        oldIndex = index
        return index
    }

    private func newIndexBuilt() -> [UInt64: [Int]] {
        if let newIndex { return newIndex }
        var index: [UInt64: [Int]] = [:]
        for n in newCandidates { for shingle in newSet(n) { index[shingle, default: []].append(n) } }
        newIndex = index
        return index
    }

    /// Hashes (FNV-1a, the same on every machine) of every run of three consecutive non-space tokens.
    static func shingles(_ text: String) -> Set<UInt64> {
        let tokens = Tokenizer.tokens(text).filter { !($0.first?.isWhitespace ?? true) }
        guard tokens.count >= 3 else { return tokens.isEmpty ? [] : [hash(tokens)] }
        var result: Set<UInt64> = []
        for start in 0...(tokens.count - 3) { result.insert(hash(tokens[start..<(start + 3)])) }
        return result
    }

    private static func hash(_ tokens: some Collection<Substring>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for token in tokens {
            for byte in token.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            value = (value ^ 0x1F) &* 0x0000_0100_0000_01B3
        }
        return value
    }
}
