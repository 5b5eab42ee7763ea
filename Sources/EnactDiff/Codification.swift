import EnactCore
import Foundation

/// Where the sections of an act were codified, read from the source credits of a codified title: the US Code
/// notes each section with the law it comes from first (`(Pub. L. 96–8, § 2, Apr. 10, 1979, 93 Stat. 14.)`), so
/// 22 U.S.C. 3301 is section 2 of Public Law 96-8. A bill that declares correspondences to the codified sections
/// can then be compared with the act as enacted.
public struct Codification: Sendable {
    /// Enacted identifier by codified identifier: `/us/pl/96/8/s2` for `/us/usc/t22/s3301`.
    public let enacted: [String: String]

    /// Reads the source credits of every unit of a codified title.
    public init(codified: ResolvedDocument) {
        let work = codified.document.metadata.work?.description ?? ""
        var enacted: [String: String] = [:]
        codified.document.walkDivisions { division, context in
            guard codified.tradition.role(of: division.kind) == .unit else { return }
            let identifier = Concordance.identifier(
                numberComponents: division.number?.components ?? [], eId: context.eId.description, work: work)
            for note in division.annotations.compactMap(\.noteText) {
                if let source = Self.firstSourceCredit(in: note) {
                    enacted[identifier] = source
                    break
                }
            }
        }
        self.enacted = enacted
    }

    /// `/us/pl/96/8/s2` for a note opening `(Pub. L. 96–8, § 2, …`; nil for other notes.
    static func firstSourceCredit(in note: String) -> String? {
        let pattern = #"^\(Pub\. L\. (\d+)[–-](\d+), § (\d+)([A-Za-z]?)"#
        guard let match = note.range(of: pattern, options: .regularExpression) else { return nil }
        let parts = note[match].dropFirst("(Pub. L. ".count).split(whereSeparator: { "–-, §".contains($0) })
        guard parts.count >= 3 else { return nil }
        return "/us/pl/\(parts[0])/\(parts[1])/s\(parts[2].lowercased())"
    }

    /// The enacted identifier of a codified one, sub-divisions kept (`/us/usc/t22/s3303/b` → `/us/pl/96/8/s4/b`);
    /// the identifier itself when it names no codified unit.
    public func enacted(_ target: String) -> String {
        for (codified, source) in enacted where target == codified || target.hasPrefix(codified + "/") {
            return source + target.dropFirst(codified.count)
        }
        return target
    }
}
