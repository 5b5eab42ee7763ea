/// A run of text that is the same on both sides, only in the old text, or only in the new one.
public struct DiffSegment: Hashable, Sendable, Codable {
    public enum Operation: String, Hashable, Sendable, Codable {
        case equal, delete, insert
    }

    public var operation: Operation
    public var text: String

    public init(_ operation: Operation, _ text: String) {
        self.operation = operation
        self.text = text
    }
}

/// Word-level differences between two texts: Myers' O(ND) diff over ``Tokenizer`` tokens, then a semantic
/// clean-up that absorbs short equal runs (a space, a particle) lying between two changes, so that the result
/// reads like an editor's marks rather than a patchwork.
public enum TokenDiff {
    /// The segments that turn `old` into `new`; joined, the equal and deleted ones give `old`, the equal and
    /// inserted ones `new`.
    public static func segments(from old: String, to new: String) -> [DiffSegment] {
        let a = Tokenizer.tokens(old)
        let b = Tokenizer.tokens(new)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        var segments: [DiffSegment] = []
        append(.equal, a[0..<prefix], to: &segments)
        for (operation, tokens) in SequenceDiff.editScript(
            Array(a[prefix..<(a.count - suffix)]), Array(b[prefix..<(b.count - suffix)]))
        {
            append(operation, tokens[...], to: &segments)
        }
        append(.equal, a[(a.count - suffix)...], to: &segments)
        return cleanUp(segments)
    }

    private static func append(
        _ operation: DiffSegment.Operation, _ tokens: ArraySlice<Substring>, to segments: inout [DiffSegment]
    ) {
        guard !tokens.isEmpty else { return }
        let text = tokens.joined()
        if let last = segments.last, last.operation == operation {
            segments[segments.count - 1].text += text
        } else {
            segments.append(DiffSegment(operation, text))
        }
    }

    /// Absorbs an equal run of at most two short tokens that sits between changes into them: `-A +B` ` ` `-C
    /// +D` becomes `-A C +B D`.
    private static func cleanUp(_ segments: [DiffSegment]) -> [DiffSegment] {
        var result: [DiffSegment] = []
        var index = 0
        while index < segments.count {
            let segment = segments[index]
            let betweenChanges =
                segment.operation == .equal && index > 0 && index < segments.count - 1
                && Tokenizer.tokens(segment.text).count <= 2 && segment.text.count <= 3
            if betweenChanges, result.last?.operation != .equal {
                var deleted = "", inserted = ""
                while let last = result.last, last.operation != .equal {
                    if last.operation == .delete {
                        deleted = last.text + deleted
                    } else {
                        inserted = last.text + inserted
                    }
                    result.removeLast()
                }
                deleted += segment.text
                inserted += segment.text
                index += 1
                while index < segments.count, segments[index].operation != .equal {
                    if segments[index].operation == .delete {
                        deleted += segments[index].text
                    } else {
                        inserted += segments[index].text
                    }
                    index += 1
                }
                if !deleted.isEmpty { result.append(DiffSegment(.delete, deleted)) }
                if !inserted.isEmpty { result.append(DiffSegment(.insert, inserted)) }
                continue
            }
            result.append(segment)
            index += 1
        }
        return result
    }
}
