import EnactCore

/// Checks a document for what a drafter must fix before a bill goes out.
///
/// | rule | severity | finding |
/// |---|---|---|
/// | `missing-metadata` | error | title, kind, jurisdiction, language or work absent |
/// | `duplicate-number` | error | two divisions of a kind with one number in one scope |
/// | `number-order` | error | a number lower than the one before it |
/// | `number-gap` | warning | a number skipped (keep repealed provisions as `@repealed`) |
/// | `invalid-nesting` | error | a kind that cannot sit under its parent (号 under 章) |
/// | `empty-division` | error | no text, no children and not repealed |
/// | `repealed-with-text` | error | a repealed division that still has text or children |
/// | `unused-definition` | warning | a defined term never marked as used |
/// | resolution rules | error | `duplicate-label`, `dangling-reference`, `duplicate-definition`, `undefined-term` |
public struct Checker: Sendable {
    public init() {}

    /// Every finding, ordered by location; `file` locates findings about the front matter.
    public func check(_ document: Document, file: String) -> [Diagnostic] {
        check(ResolvedDocument(document), file: file)
    }

    /// Every finding about a document already resolved, ordered by location.
    public func check(_ resolved: ResolvedDocument, file: String) -> [Diagnostic] {
        var findings = resolved.diagnostics
        findings += MetadataRule.check(resolved.document.metadata, file: file)
        findings += StructureRule(tradition: resolved.tradition).check(resolved.document)
        findings += DefinitionRule.check(resolved)
        return findings.sorted(by: Self.reportOrder)
    }

    /// Findings in file order; findings without a location first.
    static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        let left = lhs.location.map { ($0.file, $0.line, $0.column) } ?? ("", 0, 0)
        let right = rhs.location.map { ($0.file, $0.line, $0.column) } ?? ("", 0, 0)
        return left < right
    }
}
