import EnactCore

/// A division as the aligner compares it: an article or section of the main provisions, or a whole group of
/// supplementary provisions (附則), with its citation and its text.
public struct AlignedDivision: Hashable, Sendable, Codable {
    /// How the document cites it: `第三条`, `Article 3`, `section 3`, `附則（令和四年法律第五十二号）`.
    public var citation: String
    public var heading: String?
    /// The source label (`{#purpose}`), when the division has one.
    public var label: String?
    /// The Akoma Ntoso identifier (`art_3`), for links.
    public var eId: String
    /// The divisions it sits in, outermost first (`第一章 総則`).
    public var container: [String]
    /// Its text: its own text, then each sub-division's label and text, one per line.
    public var text: String
    /// What it declares itself to correspond to (`@corresponds-to`).
    public var correspondsTo: [String]

    /// Position in its document, for ordering.
    public internal(set) var order: Int
    /// The number's components (`[3310, 1]` for 3310a), for identifiers.
    var numberComponents: [Int] = []
}

extension AlignedDivision {
    /// The identifier of the preamble, compared as a unit of its own.
    static let preambleID = "preamble"

    /// The units of a document: the divisions of the main provisions that are units of its tradition (or
    /// top-level divisions that contain none), then each group of supplementary provisions whole.
    static func units(
        of resolved: ResolvedDocument, normalizingWhitespace: Bool
    ) -> (body: [AlignedDivision], groupings: [AlignedDivision], supplementary: [AlignedDivision]) {
        let designations = Designations(resolved)
        let tradition = resolved.tradition
        var entries: [(division: Division, context: DivisionContext)] = []
        resolved.document.walkDivisions { division, context in
            if context.part == .body { entries.append((division, context)) }
        }
        func line(_ index: Int, isUnit: Bool) -> String {
            let (division, context) = entries[index]
            let text = resolved.plainText(
                of: designations.printedText(of: division), from: resolved.origin(of: division, in: context))
            guard !isUnit else { return text }
            return (designations.designation(of: division, context: context).map { $0 + " " } ?? "") + text
        }

        var body: [AlignedDivision] = []
        var groupings: [AlignedDivision] = []
        var containers: [(depth: Int, title: String)] = []
        let preamble = resolved.document.preamble.map { resolved.plainText(of: $0) }.joined(separator: "\n")
        if !preamble.isEmpty {
            body.append(
                AlignedDivision(
                    citation: designations.wording.isJapanese ? "前文" : "Preamble", heading: nil, label: nil,
                    eId: preambleID, container: [],
                    text: normalizingWhitespace ? collapsingWhitespace(preamble) : preamble, correspondsTo: [], order: 0
                ))
        }
        var index = 0
        while index < entries.count {
            let (division, context) = entries[index]
            while let last = containers.last, last.depth >= context.depth { containers.removeLast() }
            let citation = designations.designation(of: division, context: context) ?? division.heading ?? ""
            if tradition.role(of: division.kind) == .grouping,
                division.children.contains(where: { $0.containsUnit(in: tradition) })
            {
                containers.append(
                    (context.depth, [citation, division.heading].compactMap { $0 }.joined(separator: " ")))
                // A grouping is compared by its heading: its provisions are compared as units of their own.
                groupings.append(
                    AlignedDivision(
                        citation: citation, heading: division.heading, label: division.label,
                        eId: context.eId.description,
                        container: containers.dropLast().map(\.title), text: division.heading ?? "", correspondsTo: [],
                        order: groupings.count, numberComponents: division.number?.components ?? []))
                index += 1
                continue
            }
            var lines = [line(index, isUnit: true)]
            var next = index + 1
            while next < entries.count, entries[next].context.depth > context.depth {
                lines.append(line(next, isUnit: false))
                next += 1
            }
            let text = lines.drop { $0.isEmpty }.joined(separator: "\n")
            body.append(
                AlignedDivision(
                    citation: citation, heading: division.heading, label: division.label, eId: context.eId.description,
                    container: containers.map(\.title), text: normalizingWhitespace ? collapsingWhitespace(text) : text,
                    correspondsTo: division.annotations.compactMap(\.correspondence), order: body.count,
                    numberComponents: division.number?.components ?? []))
            index = next
        }

        var supplementary: [AlignedDivision] = []
        for (index, group) in resolved.document.supplementaryProvisions.enumerated() {
            var lines: [String] = []
            var correspondences: [String] = []
            resolved.document.walkDivisions { division, context in
                guard context.part == .supplementary(index) else { return }
                for case .correspondsTo(let work) in division.annotations { correspondences.append(work) }
                let label = designations.designation(of: division, context: context).map { $0 + " " } ?? ""
                let text = resolved.plainText(of: division.content, from: resolved.origin(of: division, in: context))
                lines.append(label + (division.heading.map { $0 + " " } ?? "") + text)
            }
            let joined = lines.joined(separator: "\n")
            supplementary.append(
                AlignedDivision(
                    citation: designations.supplementaryTitle(group), heading: group.heading, label: group.label,
                    eId: Document.supplementaryEId(index).description, container: [],
                    text: normalizingWhitespace ? collapsingWhitespace(joined) : joined, correspondsTo: correspondences,
                    order: index))
        }
        return (body, groupings, supplementary)
    }

    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension Division {
    /// Whether the division is, or contains, a unit (article, section) of the tradition.
    func containsUnit(in tradition: Tradition) -> Bool {
        tradition.role(of: kind) == .unit || children.contains { $0.containsUnit(in: tradition) }
    }
}
