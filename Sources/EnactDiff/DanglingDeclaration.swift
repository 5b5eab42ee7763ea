import EnactCore

/// A correspondence declared in the bill's source that names a provision the reference does not contain: a
/// mistyped or stale identifier, such as `/us/usc/t22/s3308/d` where section 3308 has subsections (a) to (c).
public struct DanglingDeclaration: Sendable, Hashable {
    /// How the bill cites the declaring provision (`Article 11`).
    public var citation: String
    /// The declared identifier.
    public var target: String
    /// Where the declaring provision starts in the bill's source.
    public var location: SourceLocation?

    /// The declarations of `bill` that point into the reference's work (`/us/usc/t22/…`) but name none of its
    /// provisions. Declarations against other works (the Act as enacted, when the reference is the codified
    /// chapter) are not checked.
    static func find(bill: ResolvedDocument, reference: ResolvedDocument, work: String) -> [DanglingDeclaration] {
        guard !work.isEmpty else { return [] }
        let known = provisionIdentifiers(of: reference, work: work)
        let designations = Designations(bill)
        var dangling: [DanglingDeclaration] = []
        bill.document.walkDivisions { division, context in
            for case .correspondsTo(let target) in division.annotations
            where target.hasPrefix(work + "/") && !known.contains(target) {
                dangling.append(
                    DanglingDeclaration(
                        citation: designations.designation(of: division, context: context) ?? division.heading
                            ?? context.eId.description,
                        target: target, location: division.location))
            }
        }
        return dangling
    }

    /// Every identifier a provision of the reference answers to: each unit's (`/us/usc/t22/s3303`) and each
    /// sub-division's below it, by its printed number without brackets (`/us/usc/t22/s3303/b/3/A`).
    static func provisionIdentifiers(of reference: ResolvedDocument, work: String) -> Set<String> {
        let designations = Designations(reference)
        var identifiers = Set<String>()
        var open: [(depth: Int, identifier: String)] = []
        reference.document.walkDivisions { division, context in
            while let last = open.last, last.depth >= context.depth { open.removeLast() }
            let identifier: String
            if reference.tradition.role(of: division.kind) == .unit {
                identifier = Concordance.identifier(
                    numberComponents: division.number?.components ?? [], eId: context.eId.description, work: work)
            } else if let unit = open.last, let label = designations.designation(of: division, context: context) {
                identifier =
                    unit.identifier + "/"
                    + String(label.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
            } else {
                return
            }
            identifiers.insert(identifier)
            open.append((context.depth, identifier))
        }
        return identifiers
    }
}
