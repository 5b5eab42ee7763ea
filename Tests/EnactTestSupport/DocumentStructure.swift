import EnactCore

/// The divisions of a document as (eId, kind, heading, text with citations shown, annotations), in order: what a
/// round trip through another format must keep, whatever labels and numbering modes it loses.
public struct DocumentStructure: Equatable {
    public var entries: [String] = []

    /// The structure of a document; `annotations` off for formats that have no place for notes.
    public init(_ document: Document, annotations: Bool = true) {
        let resolved = ResolvedDocument(document)
        resolved.document.walkDivisions { division, context in
            let origin = resolved.origin(of: division, in: context)
            let text = division.content.map { inline -> String in
                if case .reference(let reference) = inline { return resolved.text(of: reference, from: origin) }
                return inline.plainText
            }.joined()
            entries.append(
                "\(context.eId) \(division.kind) \(division.heading ?? "") | \(text) | \(annotations ? "\(division.annotations)" : "")"
            )
        }
    }

    /// The first entry that differs, for a readable failure message.
    public func firstDifference(from other: DocumentStructure) -> String {
        for (mine, theirs) in zip(entries, other.entries) where mine != theirs { return "\(mine)\n  became \(theirs)" }
        return "\(entries.count) divisions became \(other.entries.count)"
    }
}
