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
    var order: Int
}

extension AlignedDivision {
    /// The units of a document: the divisions of the main provisions that are units of its tradition (or
    /// top-level divisions that contain none), then each group of supplementary provisions whole.
    static func units(of resolved: ResolvedDocument, normalizingWhitespace: Bool) -> (body: [AlignedDivision], supplementary: [AlignedDivision]) {
        let labels = Labels(resolved)
        let tradition = resolved.tradition
        var body: [AlignedDivision] = []
        var containers: [String] = []
        var order = 0

        func text(of division: Division, context: DivisionContext) -> String {
            var lines: [String] = []
            var stack: [(Division, DivisionContext)] = [(division, context)]
            var first = true
            while let (current, currentContext) = stack.popLast() {
                let own = current.content.plainText
                let prefix = first ? "" : labels.label(of: current, context: currentContext).map { $0 + " " } ?? ""
                if !own.isEmpty || !first { lines.append(prefix + (current.isRepealed ? labels.repealedWord : own)) }
                first = false
                let children = current.children.enumerated().map { index, child in
                    var childContext = currentContext
                    childContext.ancestors.append((current.kind, current.number))
                    childContext.siblingIndex = index
                    childContext.sameKindSiblingCount = current.children.count { $0.kind == child.kind }
                    return (child, childContext)
                }
                stack.append(contentsOf: children.reversed())
            }
            let joined = lines.joined(separator: "\n")
            return normalizingWhitespace ? Self.collapsingWhitespace(joined) : joined
        }

        func visit(_ division: Division, _ context: DivisionContext) {
            let role = tradition.role(of: division.kind)
            let citation = labels.label(of: division, context: context) ?? division.heading ?? ""
            if role == .grouping, division.children.contains(where: { $0.containsUnit(in: tradition) }) {
                containers.append([citation, division.heading].compactMap { $0 }.joined(separator: " "))
                for (index, child) in division.children.enumerated() {
                    var childContext = context
                    childContext.ancestors.append((division.kind, division.number))
                    childContext.siblingIndex = index
                    childContext.sameKindSiblingCount = division.children.count { $0.kind == child.kind }
                    visit(child, childContext)
                }
                containers.removeLast()
                return
            }
            body.append(AlignedDivision(
                citation: citation, heading: division.heading, label: division.label, eId: context.eId.description,
                container: containers, text: text(of: division, context: context),
                correspondsTo: division.annotations.compactMap {
                    if case .correspondsTo(let work) = $0 { work } else { nil }
                }, order: order))
            order += 1
        }

        var topLevel: [(Division, DivisionContext)] = []
        resolved.document.walkDivisions { division, context in
            if context.part == .body, context.depth == 0 { topLevel.append((division, context)) }
        }
        for (division, context) in topLevel { visit(division, context) }

        var supplementary: [AlignedDivision] = []
        for (index, group) in resolved.document.supplementaryProvisions.enumerated() {
            var lines: [String] = []
            resolved.document.walkDivisions { division, context in
                guard context.part == .supplementary(index) else { return }
                let label = labels.label(of: division, context: context).map { $0 + " " } ?? ""
                lines.append(label + (division.heading.map { $0 + " " } ?? "") + division.content.plainText)
            }
            let joined = lines.joined(separator: "\n")
            supplementary.append(AlignedDivision(
                citation: labels.supplementaryTitle(group), heading: group.heading, label: group.label,
                eId: Document.supplementaryEId(index).description, container: [],
                text: normalizingWhitespace ? collapsingWhitespace(joined) : joined, correspondsTo: [], order: index))
        }
        return (body, supplementary)
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
