import EnactCore

/// Compares two language versions of one document division by division.
///
/// Divisions are matched by their place: the part and the chain of kinds and numbers from the top
/// (`body › chapter 2 › article 5 › paragraph 2`). A division with no counterpart at its place is reported
/// as missing from the other version, or, when a division with the same label stands elsewhere there, as
/// numbered differently.
public struct ParallelChecker: Sendable {
    public init() {}

    public func check(_ first: Document, file firstFile: String, against second: Document, file secondFile: String)
        -> [Diagnostic]
    {
        let left = Outline(ResolvedDocument(first).document)
        let right = Outline(ResolvedDocument(second).document)
        var findings = compare(left, to: right, otherFile: secondFile)
        findings += compare(right, to: left, otherFile: firstFile)
        if first.body.isEmpty == false, first.metadata.work != second.metadata.work {
            findings.append(
                Diagnostic(
                    .parallelWork,
                    "the two versions name different works (\(first.metadata.work?.description ?? "none") and \(second.metadata.work?.description ?? "none"))",
                    at: SourceLocation(file: secondFile, line: 1, column: 1)))
        }
        return findings.sorted(by: Checker.reportOrder)
    }

    /// A division is renumbered when its label stands at another place in the other version, missing when
    /// nothing stands at its place (or what stands there is another division that was moved), and otherwise
    /// matched; matched divisions with different labels get a warning.
    private func compare(_ outline: Outline, to other: Outline, otherFile: String) -> [Diagnostic] {
        var reported: [String] = []
        return outline.entries.compactMap { entry in
            if reported.contains(where: { entry.path.hasPrefix($0 + "__") }) { return nil }
            let finding = finding(for: entry, in: outline, against: other, otherFile: otherFile)
            if finding?.severity == .error { reported.append(entry.path) }
            return finding
        }
    }

    /// The finding for one division, without regard to its ancestors.
    private func finding(for entry: Outline.Entry, in outline: Outline, against other: Outline, otherFile: String)
        -> Diagnostic?
    {
        if let label = entry.label, let moved = other.byLabel[label], moved.path != entry.path {
            return Diagnostic(.parallelNumbering, "\(entry.name) is \(moved.name) in \(otherFile)", at: entry.location)
        }
        guard let counterpart = other.byPath[entry.path] else {
            return Diagnostic(.parallelMissing, "\(entry.name) has no counterpart in \(otherFile)", at: entry.location)
        }
        guard let otherLabel = counterpart.label, otherLabel != entry.label else { return nil }
        if let elsewhere = outline.byLabel[otherLabel], elsewhere.path != entry.path {
            return Diagnostic(.parallelMissing, "\(entry.name) has no counterpart in \(otherFile)", at: entry.location)
        }
        guard let label = entry.label else { return nil }
        return Diagnostic(
            .parallelLabel, "\(entry.name) is labelled '#\(label)' here but '#\(otherLabel)' in \(otherFile)",
            at: entry.location)
    }
}

/// The divisions of a document listed by place.
private struct Outline {
    struct Entry {
        var path: String
        var name: String
        var label: String?
        var location: SourceLocation?
    }

    var entries: [Entry] = []
    var byPath: [String: Entry] = [:]
    var byLabel: [String: Entry] = [:]

    init(_ document: Document) {
        document.walkDivisions { division, context in
            let part =
                switch context.part {
                case .body: "main provisions"
                case .supplementary(let index): "supplementary provisions \(index + 1)"
                }
            let steps = (context.ancestors + [(division.kind, division.number)]).map {
                "\($0.kind.rawValue) \($0.number?.description ?? "?")"
            }
            let entry = Entry(
                path: context.eId.rawValue, name: "\(part) › " + steps.joined(separator: " › "), label: division.label,
                location: division.location)
            entries.append(entry)
            byPath[entry.path] = entry
            if let label = division.label { byLabel[label] = entry }
        }
    }
}
