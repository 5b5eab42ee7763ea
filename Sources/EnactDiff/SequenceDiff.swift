/// The shortest edit script between two sequences of any comparable elements: the words of two texts, the
/// divisions of two versions of a document.
public enum SequenceDiff {
    /// Beyond this many edits two sequences are treated as replaced whole: they have little in common, and the
    /// trace would grow with the square of the edits.
    public static let maximumEdits = 4_000

    /// The edit script from `a` to `b`: runs of equal, deleted and inserted elements, in order (Myers' greedy
    /// algorithm, with the trace kept to walk back the script).
    ///
    /// - Complexity: O((N + M) · D) time and O(D²) memory for D edits.
    public static func editScript<Element: Hashable>(_ a: [Element], _ b: [Element]) -> [(
        DiffSegment.Operation, [Element]
    )] {
        let n = a.count, m = b.count
        if n == 0 { return m == 0 ? [] : [(.insert, b)] }
        if m == 0 { return [(.delete, a)] }
        let maximum = n + m
        let offset = maximum
        var frontier = [Int](repeating: 0, count: 2 * maximum + 2)
        // trace[d] keeps the frontier before round d for k in -(d+1)...(d+1): O(D²) memory, not O((N+M)D).
        var trace: [(base: Int, values: [Int])] = []
        search: for d in 0...maximum {
            guard d <= maximumEdits else { return [(.delete, a), (.insert, b)] }
            let low = max(0, offset - d - 1)
            trace.append((low, Array(frontier[low...min(frontier.count - 1, offset + d + 1)])))
            for k in stride(from: -d, through: d, by: 2) {
                var x =
                    (k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]))
                    ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                frontier[offset + k] = x
                if x >= n, y >= m { break search }
            }
        }
        var steps: [(DiffSegment.Operation, Element)] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let (base, values) = trace[d]
            func previous(_ index: Int) -> Int { values[index - base] }
            let k = x - y
            let down = k == -d || (k != d && previous(offset + k - 1) < previous(offset + k + 1))
            let previousK = down ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : previous(offset + previousK)
            let previousY = previousX - previousK
            while x > previousX, y > previousY, x > 0, y > 0 {
                x -= 1; y -= 1
                steps.append((.equal, a[x]))
            }
            guard d > 0 else { break }
            if down { y -= 1; steps.append((.insert, b[y])) } else { x -= 1; steps.append((.delete, a[x])) }
        }
        var result: [(DiffSegment.Operation, [Element])] = []
        for (operation, token) in steps.reversed() {
            if let last = result.last, last.0 == operation {
                result[result.count - 1].1.append(token)
            } else {
                result.append((operation, [token]))
            }
        }
        return result
    }
}
