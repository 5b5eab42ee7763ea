import EnactCore

/// Checks numbering and nesting: duplicate, out-of-order and skipped numbers, kinds that cannot sit under
/// their parent, empty divisions and repealed divisions that keep text.
///
/// Numbers are compared within their numbering scope: the basic unit (条, section) across a whole part,
/// every other kind among its siblings.
struct StructureRule {
    let tradition: Tradition
    private var findings: [Diagnostic] = []

    init(tradition: Tradition) {
        self.tradition = tradition
    }

    func check(_ document: Document) -> [Diagnostic] {
        var rule = self
        rule.checkPart(document.body)
        for group in document.supplementaryProvisions { rule.checkPart(group.divisions) }
        return rule.findings
    }

    private mutating func checkPart(_ divisions: [Division]) {
        var units: [Division] = []
        checkSiblings(divisions, parent: nil, units: &units)
        checkSequence(units, name: tradition.unitKind.rawValue)
    }

    private mutating func checkSiblings(_ siblings: [Division], parent: Division?, units: inout [Division]) {
        var byKind: [DivisionKind: [Division]] = [:]
        for division in siblings {
            checkDivision(division, parent: parent)
            if division.kind == tradition.unitKind {
                units.append(division)
            } else {
                byKind[division.kind, default: []].append(division)
            }
            checkSiblings(division.children, parent: division, units: &units)
        }
        for kind in byKind.keys.sorted() {
            if let group = byKind[kind] { checkSequence(group, name: kind.rawValue) }
        }
    }

    private mutating func checkDivision(_ division: Division, parent: Division?) {
        let name = describe(division)
        if tradition.rank(of: division.kind) == nil {
            findings.append(
                Diagnostic(
                    .invalidNesting,
                    "\(division.kind.rawValue) is not a division of the \(tradition.id.rawValue) tradition",
                    at: division.location))
        } else if !tradition.allows(division.kind, under: parent?.kind) {
            let place = parent.map { "under \(describe($0))" } ?? "at the top level"
            findings.append(Diagnostic(.invalidNesting, "\(name) cannot stand \(place)", at: division.location))
        }
        if division.isRepealed {
            if !division.content.isEmpty || !division.children.isEmpty {
                findings.append(
                    Diagnostic(
                        .repealedWithText, "\(name) is marked repealed but still has text", at: division.location)
                )
            }
        } else if division.children.isEmpty, !hasText(division.content) {
            findings.append(
                Diagnostic(.emptyDivision, "\(name) has no text and no subdivisions", at: division.location))
        }
    }

    /// Reports duplicates, descending numbers and gaps in numbers of one scope, in document order.
    private mutating func checkSequence(_ divisions: [Division], name: String) {
        var seen: [DivisionNumber: Division] = [:]
        var previous: DivisionNumber?
        for division in divisions {
            guard let number = division.number else { continue }
            if let first = seen[number] {
                findings.append(
                    Diagnostic(
                        .duplicateNumber, "\(describe(division)) is numbered twice",
                        at: division.location, notes: [.init(message: "first numbered here", location: first.location)])
                )
            } else if let previous, number < previous {
                findings.append(
                    Diagnostic(
                        .numberOrder, "\(describe(division)) comes after \(name) \(previous) but is numbered lower",
                        at: division.location))
            } else if !number.hasBranches, number.main > (previous?.main ?? 0) + 1 {
                let expected = (previous?.main ?? 0) + 1
                findings.append(
                    Diagnostic(
                        .numberGap,
                        "\(describe(division)) follows \(previous.map { "\(name) \($0)" } ?? "nothing"): \(name) \(expected) is missing (keep a repealed provision in place with @repealed)",
                        at: division.location))
            }
            seen[number] = seen[number] ?? division
            previous = max(previous ?? number, number)
        }
    }

    private func describe(_ division: Division) -> String {
        "\(division.kind.rawValue) \(division.number?.description ?? "?")"
    }

    /// Whether the inlines show anything: a non-blank text run or any markup.
    private func hasText(_ inlines: [Inline]) -> Bool {
        inlines.contains { inline in
            guard case .text(let text) = inline else { return true }
            return text.unicodeScalars.contains { !$0.properties.isWhitespace }
        }
    }
}
