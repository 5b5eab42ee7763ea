import EnactCore
import EnactDiff

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
