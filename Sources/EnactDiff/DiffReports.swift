import EnactCore
import EnactRendering
import Foundation

/// The names the reports give both documents.
public struct DiffSides: Sendable {
    public var old: String
    public var new: String

    public init(old: String, new: String) {
        self.old = old
        self.new = new
    }
}

extension DivisionChange {
    /// `modified+renumbered`, or `unchanged`.
    public var kindsDescription: String { kinds.isEmpty ? "unchanged" : kinds.map(\.rawValue).joined(separator: "+") }

    /// `第三条 → 第四条`, `section 5 → section 5, section 5a`.
    public var citations: String {
        let old = self.old.map(\.citation).joined(separator: ", ")
        let new = self.new.map(\.citation).joined(separator: ", ")
        if old.isEmpty { return new }
        if new.isEmpty || new == old { return old }
        return "\(old) → \(new)"
    }
}

/// The differences for a terminal: one line per change, then the word-level changes marked `[-old-]{+new+}`
/// (in red and green when `color` is set), then a summary line.
public struct DiffTextReport: Sendable {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func text(_ diff: DocumentDiff, sides: DiffSides) -> String {
        var text = ""
        for change in diff.differences {
            let division = change.new.first ?? change.old.first
            let heading = division?.heading.flatMap { change.citations.contains($0) ? nil : " \($0)" } ?? ""
            text += bold("\(change.kindsDescription): \(change.citations)\(heading)") + "\n"
            for line in Self.changedLines(change.segments) { text += "    " + line.map(mark).joined() + "\n" }
        }
        text += DiffSummary(diff).line(sides: sides) + "\n"
        return text
    }

    /// The lines of a word-level diff that hold a change, each as its segments.
    static func changedLines(_ segments: [DiffSegment]) -> [[DiffSegment]] {
        var lines: [[DiffSegment]] = [[]]
        for segment in segments {
            let pieces = segment.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 { lines.append([]) }
                if !piece.isEmpty { lines[lines.count - 1].append(DiffSegment(segment.operation, String(piece))) }
            }
        }
        return lines.filter { $0.contains { $0.operation != .equal } }
    }

    private func mark(_ segment: DiffSegment) -> String {
        switch segment.operation {
        case .equal: segment.text
        case .delete: color ? "\u{1B}[31m[-\(segment.text)-]\u{1B}[0m" : "[-\(segment.text)-]"
        case .insert: color ? "\u{1B}[32m{+\(segment.text)+}\u{1B}[0m" : "{+\(segment.text)+}"
        }
    }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}

/// Counts of changes by kind, for summary lines and tables.
public struct DiffSummary: Sendable {
    public let counts: [(kind: DivisionChange.Kind, count: Int)]
    public let unchanged: Int

    public init(_ diff: DocumentDiff) {
        let summary = diff.summary
        counts = DivisionChange.Kind.allCases.compactMap { kind in summary[kind].map { (kind, $0) } }
        unchanged = diff.changes.count { $0.isUnchanged }
    }

    /// `old.enact → new.enact: 3 modified, 1 moved, 40 unchanged`.
    public func line(sides: DiffSides) -> String {
        let parts = counts.map { "\($0.count) \($0.kind.rawValue)" } + ["\(unchanged) unchanged"]
        return "\(sides.old) → \(sides.new): " + parts.joined(separator: ", ")
    }
}

/// The differences for machines: a stable JSON change list (documented in docs/diff.md).
public struct DiffJSONReport: Sendable {
    public init() {}

    public func text(_ diff: DocumentDiff, sides: DiffSides) throws -> String {
        func division(_ division: AlignedDivision) -> [String: Any] {
            var object: [String: Any] = [
                "citation": division.citation, "eId": division.eId, "container": division.container,
            ]
            if let heading = division.heading { object["heading"] = heading }
            if let label = division.label { object["label"] = label }
            return object
        }
        let changes: [[String: Any]] = diff.differences.map { change in
            [
                "kinds": change.kinds.map(\.rawValue),
                "old": change.old.map(division),
                "new": change.new.map(division),
                "similarity": (change.similarity * 1000).rounded() / 1000,
                "segments": change.segments.map { ["op": $0.operation.rawValue, "text": $0.text] },
            ]
        }
        let summary = DiffSummary(diff)
        var counts: [String: Int] = Dictionary(
            uniqueKeysWithValues: summary.counts.map { ($0.kind.rawValue, $0.count) })
        counts["unchanged"] = summary.unchanged
        let object: [String: Any] = [
            "version": 1, "old": sides.old, "new": sides.new, "summary": counts, "changes": changes,
        ]
        let data = try JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The differences for people, in Markdown: a summary table, then each change with its marked text.
public struct DiffMarkdownReport: Sendable {
    public init() {}

    public func text(_ diff: DocumentDiff, sides: DiffSides) -> String {
        var text =
            "<!-- \(GeneratedMarker.text) diff -->\n# Comparison of \(sides.old) and \(sides.new)\n\n| Change | Old | New |\n|---|---|---|\n"
        for change in diff.differences {
            let old = change.old.map(\.citation).joined(separator: ", ")
            let new = change.new.map(\.citation).joined(separator: ", ")
            text += "| \(change.kindsDescription) | \(Self.cell(old)) | \(Self.cell(new)) |\n"
        }
        text += "\n" + DiffSummary(diff).line(sides: sides) + "\n"
        for change in diff.differences where !change.segments.isEmpty {
            text += "\n## \(change.citations) (\(change.kindsDescription))\n\n"
            text +=
                change.segments.map { segment in
                    switch segment.operation {
                    case .equal: Self.escaped(segment.text)
                    case .delete: "~~\(Self.escaped(segment.text))~~"
                    case .insert: "**\(Self.escaped(segment.text))**"
                    }
                }.joined().replacingOccurrences(of: "\n", with: "  \n") + "\n"
        }
        return text
    }

    private static func cell(_ text: String) -> String { text.isEmpty ? "—" : escaped(text) }

    private static func escaped(_ text: String) -> String { MarkdownEscaping.text(text) }
}
