import EnactCore

/// The proof that generated instructions say exactly the change: the amendment from OLD to NEW is written as
/// text, read back, applied to OLD, and the result compared with NEW (``ComparableDocument``).
public struct AmendmentRoundTrip: Sendable {
    /// What one round trip gave.
    public struct Outcome: Sendable {
        /// How many instructions the amendment has.
        public var instructions: Int
        /// Whether applying them to OLD gave NEW.
        public var reproduced: Bool
        /// Why not, when not.
        public var failure: String?
        /// The amendment as text.
        public var text: String
    }

    public init() {}

    public func run(old: Document, new: Document, style: AmendmentStyle) -> Outcome {
        let file = AmendmentFile(for: old)
        do {
            let amendment = try AmendmentGenerator().amendment(from: old, to: new, style: style)
            let text = file.print(amendment)
            let read = try file.read(text, file: "<generated amendment>")
            let reprinted = file.print(read)
            guard reprinted == text else {
                let line = zip(text.split(separator: "\n"), reprinted.split(separator: "\n")).first { $0 != $1 }
                let failure = "the amendment reads back differently" + (line.map { ": '\($0.0)' reads as '\($0.1)'" } ?? "")
                return Outcome(instructions: amendment.instructions.count, reproduced: false, failure: failure, text: text)
            }
            let applied = try AmendmentApplier().apply(read, to: old)
            let difference = ComparableDocument(applied).firstDifference(from: ComparableDocument(new))
            return Outcome(instructions: amendment.instructions.count, reproduced: difference == nil, failure: difference, text: text)
        } catch {
            return Outcome(instructions: 0, reproduced: false, failure: error.diagnostics.map(\.description).joined(separator: "\n"), text: "")
        }
    }
}
