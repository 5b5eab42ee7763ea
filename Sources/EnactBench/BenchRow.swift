import Foundation

/// One line of the benchmark report: an operation on an input, Enact's figure, the peer's figure measured in
/// the same run (when there is a peer), the ratio between them, and the target it is held to.
public struct BenchRow: Codable, Sendable {
    public var operation: String
    public var input: String
    /// Enact's figure as printed (`0.162 s, 61.2 MB/s`), and the number the ratio or target is computed from.
    public var enact: String
    public var enactValue: Double?
    public var peer: String?
    public var peerFigure: String?
    public var peerValue: Double?
    /// Enact against the peer, in the sense the target states (`2.10x the peer's speed`, `0.8x its time`).
    public var ratio: Double?
    public var target: String
    /// Whether the target is met; nil when it could not be measured (a missing peer).
    public var met: Bool?
    /// Why a figure is missing (`pandoc not found: apt-get install pandoc`).
    public var note: String?

    /// Formats seconds and throughput: `0.162 s, 61.2 MB/s`.
    static func speed(seconds: Double, megabytes: Double) -> String {
        String(format: "%.3f s, %.1f MB/s", seconds, megabytes / seconds)
    }

    static func seconds(_ seconds: Double) -> String { String(format: "%.3f s", seconds) }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
}

/// The report of every row: a table for people, or JSON.
public enum BenchTable {
    /// The table for people, with the notes and how many targets were met.
    public static func text(_ rows: [BenchRow]) -> String {
        let headers = ["operation", "input", "enact", "peer", "peer's figure", "ratio", "target", "verdict"]
        let cells = rows.map { row -> [String] in
            [
                row.operation, row.input, row.enact, row.peer ?? "—",
                row.peerFigure ?? (row.peer == nil ? "—" : "not measured"),
                row.ratio.map { String(format: "%.2fx", $0) } ?? "—", row.target,
                row.met.map { $0 ? "met" : "MISSED" } ?? "not measured",
            ]
        }
        var widths = headers.map(\.count)
        for line in cells { for (index, cell) in line.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func format(_ line: [String]) -> String {
            zip(line, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces) + "\n"
        }
        var text = format(headers) + format(widths.map { String(repeating: "-", count: $0) })
        for line in cells { text += format(line) }
        let notes = rows.compactMap { row in row.note.map { "- \(row.operation) (\(row.input)): \($0)" } }
        if !notes.isEmpty { text += "\nnotes:\n" + Set(notes).sorted().joined(separator: "\n") + "\n" }
        let measured = rows.filter { $0.met != nil }
        text += "\n\(measured.filter { $0.met == true }.count) of \(measured.count) measured targets met"
        text += rows.count > measured.count ? "; \(rows.count - measured.count) not measured (see notes)\n" : "\n"
        return text
    }

    /// The rows as JSON, keys sorted.
    public static func json(_ rows: [BenchRow]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
    }
}
