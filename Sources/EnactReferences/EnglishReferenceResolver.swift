import EnactCore

/// Finds and resolves the citations written in the English text of a document: numbered ones against the
/// document's provisions by their numerals (`section 3301(b)(1)`: the section numbered 3301, its child b, its child
/// 1), `this section` against the provision the citation stands in, and other works by identifier — a citation of
/// the document's own work (`44 U.S.C. 3502` in title 44) being one of its provisions.
struct EnglishReferenceResolver {
    /// A division of the document, in a tree of indices.
    private struct Node {
        var kind: DivisionKind
        var numeral: String
        var eId: EId
        var parent: Int?
        var children: [Int] = []
    }

    private let resolved: ResolvedDocument
    private var nodes: [Node] = []
    private var nodeOfEId: [EId: Int] = [:]
    /// The top divisions of the main provisions.
    private var roots: [Int] = []
    /// Every division of the main provisions by kind and numeral, in document order.
    private var byNumeral: [DivisionKind: [String: [Int]]] = [:]
    /// The identifier of the document's own work (`/us/usc/t44`), whose provisions other citations may name.
    private let ownWork: String?

    init(_ resolved: ResolvedDocument) {
        self.resolved = resolved
        ownWork = resolved.document.metadata.work?.description
        var stack: [Int] = []
        let tradition = resolved.tradition
        resolved.document.walk(
            part: .body,
            { division, context in
                let node = Node(
                    kind: division.kind, numeral: tradition.numeral(of: division), eId: context.eId, parent: stack.last)
                let index = nodes.count
                nodes.append(node)
                nodeOfEId[context.eId] = index
                if let parent = stack.last { nodes[parent].children.append(index) } else { roots.append(index) }
                byNumeral[division.kind, default: [:]][node.numeral, default: []].append(index)
                stack.append(index)
            },
            leave: { _, _ in stack.removeLast() })
    }

    /// Every citation in the text of the main provisions, resolved.
    func occurrences() -> [Occurrence] {
        let scanner = EnglishCitationScanner()
        var found: [Occurrence] = []
        // `such Code` names the work cited last in the same section.
        var lastWork: String?
        let unitKind = resolved.tradition.unitKind
        resolved.document.walk(
            part: .body,
            { division, context in
                guard let origin = nodeOfEId[context.eId] else { return }
                if division.kind == unitKind { lastWork = nil }
                // `such paragraph` names the one cited last in the same text.
                var lastCited: Int?
                // The text is read whole, across its markup (a date, a continuation kept as markup); a citation
                // inside one text inline can be linked there.
                var text = ""
                var spans: [(inline: Int, range: Range<Int>)] = []
                var marked: [String?] = []
                // The words of each marked reference, by the place of the mark standing for it.
                var markedWords: [Int: String] = [:]
                for (position, inline) in division.content.enumerated() {
                    let words: String
                    switch inline {
                    // A reference already marked is not read again: an object mark stands for it.
                    case .reference(let reference):
                        words = EnglishCitationScanner.markedReference
                        markedWords[text.count] = resolved.text(of: reference)
                        if case .external(let work) = reference.target {
                            marked.append(work)
                        } else {
                            marked.append(nil)
                        }
                    case .preserved(let preserved): words = preserved.text
                    default: words = inline.plainText
                    }
                    let start = text.count
                    text += words
                    if case .text = inline { spans.append((position, start..<(start + words.count))) }
                }
                guard !text.isEmpty else { return }
                let characters = Array(text)
                for var citation in scanner.scan(text, lastWork: &lastWork, marked: marked) {
                    // A citation running into a marked reference (`of the National Public Service Act`) shows its
                    // words.
                    if citation.range.contains(where: { markedWords[$0] != nil }) {
                        citation.text = citation.range.map { markedWords[$0] ?? String(characters[$0]) }.joined()
                    }
                    let span = spans.first { $0.range.contains(citation.range.lowerBound) }
                    var inline = -1
                    if let span, citation.range.upperBound <= span.range.upperBound {
                        inline = span.inline
                        let offset = span.range.lowerBound
                        citation.range = (citation.range.lowerBound - offset)..<(citation.range.upperBound - offset)
                    }
                    found.append(
                        occurrence(
                            citation, at: origin, inline: inline, text: text, location: division,
                            lastCited: &lastCited))
                }
            }, leave: { _, _ in })
        return found
    }

    private func occurrence(
        _ citation: EnglishCitation, at origin: Int, inline: Int, text: String, location: Division,
        lastCited: inout Int?
    ) -> Occurrence {
        var reference = FoundReference(
            at: self.citation(of: origin), text: citation.text, target: nil, external: nil, resolved: false,
            targetEId: nil, location: location.location)
        var from: Int?
        var through: Int?
        var scope = citation.scope
        var steps = citation.steps
        // In a title of the US Code, `title 40` is another title of the Code.
        if case .absolute = scope, let first = steps.first, first.kind == .title, let ownWork,
            ownWork.hasPrefix("/us/usc/t"), ownWork != "/us/usc/t\(first.numeral)"
        {
            scope = .external("/us/usc/t\(first.numeral)")
            steps.removeFirst()
        }
        if case .external(let work) = scope {
            // The document's own work (`44 U.S.C. 3502` in title 44) is a provision of it, when it holds it (an
            // extract of a title does not hold them all).
            if let ownWork, work == ownWork || work.hasPrefix(ownWork + "/"),
                locate(scope: .current(nil), steps: steps, from: origin, lastCited: lastCited) != nil
            {
                scope = .current(nil)
            } else {
                let identifier = EnglishCitation.identifier(of: steps, in: work)
                reference.external = FoundReference.ExternalLaw(
                    title: work.hasPrefix("Act:") ? String(work.dropFirst(4)) : nil, number: nil, work: identifier)
                reference.target = identifier
                reference.resolved = true
                steps = []
            }
        }
        // A section this document does not have, cited after another work in the same sentence, is that work's.
        if case .absolute = scope, let work = citation.sentenceWork, steps.first?.kind == .section,
            locate(scope: scope, steps: steps, from: origin, lastCited: lastCited) == nil
        {
            let identifier = EnglishCitation.identifier(of: steps, in: work)
            reference.external = FoundReference.ExternalLaw(
                title: work.hasPrefix("Act:") ? String(work.dropFirst(4)) : nil, number: nil, work: identifier)
            reference.target = identifier
            reference.resolved = true
            scope = .external(work)
        }
        let isExternal = if case .external = scope { true } else { false }
        if !isExternal, let first = locate(scope: scope, steps: steps, from: origin, lastCited: lastCited) {
            lastCited = first == Self.wholeDocument ? lastCited : first
            from = first
            var target = first == Self.wholeDocument ? "the whole document" : self.citation(of: first)
            let wholeDocument = target == "the whole document"
            if let last = citation.through {
                through = locate(scope: scope, steps: last, from: origin, lastCited: lastCited)
                target += through.map { " through " + self.citation(of: $0) } ?? ""
            }
            if citation.through == nil || through != nil {
                reference.target = target
                reference.resolved = true
                reference.targetEId = wholeDocument ? nil : nodes[first].eId.rawValue
            } else {
                from = nil
            }
        }
        let eId = nodes[origin].eId
        return Occurrence(
            reference: reference, part: .body, division: eId, inline: inline,
            citation: citation.range, throughCitation: nil,
            fromEId: reference.targetEId == nil ? nil : from.map { nodes[$0].eId },
            throughEId: nil, words: text)
    }

    /// The node standing for the whole document (`this Act`).
    private static let wholeDocument = -1

    /// The division a citation's steps name from its scope; nil when none.
    private func locate(
        scope: EnglishCitation.Scope, steps: [EnglishCitation.Step], from origin: Int, lastCited: Int?
    ) -> Int? {
        switch scope {
        case .absolute:
            guard let first = steps.first else { return nil }
            for candidate in byNumeral[first.kind]?[first.numeral] ?? [] {
                if let found = descend(from: candidate, steps.dropFirst()) { return found }
            }
            return nil
        case .enclosing:
            return enclosing(steps, from: origin, within: nil)
        case .lastCited(let kind):
            var holder = lastCited
            while let node = holder, nodes[node].kind != kind { holder = nodes[node].parent }
            guard let holder else { return nil }
            return steps.isEmpty ? holder : enclosing(steps, from: lastCited ?? holder, within: holder)
        case .current(let kind):
            var container: Int? = origin
            if let kind {
                while let node = container, nodes[node].kind != kind { container = nodes[node].parent }
                // `this title` in a document that is one title of a code: the whole document.
                if container == nil, kind != .title { return nil }
            } else {
                container = nil
            }
            guard let first = steps.first else { return container ?? Self.wholeDocument }
            // `paragraphs (1) through (7) of this section`: the nearest that has them, inside the section.
            if !EnglishCitationParser.numberedBare.contains(first.kind),
                let found = enclosing(steps, from: origin, within: container)
            {
                return found
            }
            for candidate in byNumeral[first.kind]?[first.numeral] ?? []
            where container.map({ isDescendant(candidate, of: $0) }) ?? true {
                if let found = descend(from: candidate, steps.dropFirst()) { return found }
            }
            return nil
        case .external:
            return nil
        }
    }

    /// The division `steps` name below the provision at `origin` or the nearest of its ancestors (up to `limit`)
    /// that has the first: `paragraph (2)` in section 4(b)(1) is section 4(b)(2).
    private func enclosing(_ steps: [EnglishCitation.Step], from origin: Int, within limit: Int?) -> Int? {
        guard let first = steps.first else { return nil }
        var current: Int? = origin
        while let node = current {
            if let child = child(of: node, first), let found = descend(from: child, steps.dropFirst()) {
                return found
            }
            if node == limit { return nil }
            current = nodes[node].parent
        }
        return nil
    }

    /// The division below `node` that `steps` name, child by child.
    private func descend(from node: Int, _ steps: ArraySlice<EnglishCitation.Step>) -> Int? {
        var current = node
        for step in steps {
            guard let next = child(of: current, step) else { return nil }
            current = next
        }
        return current
    }

    /// The child of `node` with the numeral of `step`: of the kind it names, else of any kind (an item a document
    /// calls a paragraph).
    private func child(of node: Int, _ step: EnglishCitation.Step) -> Int? {
        let children = nodes[node].children
        return children.first { nodes[$0].kind == step.kind && nodes[$0].numeral == step.numeral }
            ?? children.first { nodes[$0].numeral == step.numeral && nodes[$0].kind != .section }
    }

    private func isDescendant(_ node: Int, of ancestor: Int) -> Bool {
        var current: Int? = node
        while let value = current {
            if value == ancestor { return true }
            current = nodes[value].parent
        }
        return false
    }

    /// How a provision is cited: `section 3301(b)(1)` from its unit down; a grouping by its path of groupings
    /// (`chapter 35 subchapter II`), the title a document of one title is left out; that title itself is `the whole
    /// document`.
    private func citation(of node: Int) -> String {
        var path: [Int] = []
        var current: Int? = node
        while let value = current {
            path.insert(value, at: 0)
            if nodes[value].kind == resolved.tradition.unitKind {
                return nodes[value].kind.rawValue + " " + nodes[value].numeral
                    + path.dropFirst().map { "(\(nodes[$0].numeral))" }.joined()
            }
            current = nodes[value].parent
        }
        if let top = path.first, roots == [top], nodes[top].kind == .title { path.removeFirst() }
        guard !path.isEmpty else { return "the whole document" }
        return path.map { nodes[$0].kind.rawValue + " " + nodes[$0].numeral }.joined(separator: " ")
    }
}
