import EnactCore

/// The proof that generated instructions say exactly the change: the amendment from OLD to NEW is written as
/// text, read back, applied to OLD, and the result compared with NEW (``ComparableDocument``).
public struct AmendmentRoundTrip: Sendable {
    /// What one round trip gave.
    public struct Outcome: Sendable {
        /// Whether the generator wrote an amendment (it declines changes it cannot say, with an error).
        public var generated: Bool
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
        let amendment: Amendment
        do {
            amendment = try AmendmentGenerator().amendment(from: old, to: new, style: style)
        } catch {
            return Outcome(
                generated: false, instructions: 0, reproduced: false,
                failure: error.diagnostics.map(\.description).joined(separator: "\n"), text: "")
        }
        let text = file.print(amendment)
        do {
            let read = try file.read(text, file: "<generated amendment>")
            let reprinted = file.print(read)
            guard reprinted == text else {
                let line = zip(text.split(separator: "\n"), reprinted.split(separator: "\n")).first { $0 != $1 }
                let failure =
                    "the amendment reads back differently" + (line.map { ": '\($0.0)' reads as '\($0.1)'" } ?? "")
                return Outcome(
                    generated: true, instructions: amendment.instructions.count, reproduced: false, failure: failure,
                    text: text)
            }
            let applied = try AmendmentApplier().apply(read, to: old)
            let difference = ComparableDocument(applied).firstDifference(from: ComparableDocument(new))
            return Outcome(
                generated: true, instructions: amendment.instructions.count, reproduced: difference == nil,
                failure: difference, text: text)
        } catch {
            return Outcome(
                generated: true, instructions: amendment.instructions.count, reproduced: false,
                failure: error.diagnostics.map(\.description).joined(separator: "\n"), text: text)
        }
    }
}
