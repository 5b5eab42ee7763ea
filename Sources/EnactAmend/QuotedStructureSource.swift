import EnactCore
import EnactSource

/// Quotations of provisions in the source format of amendment files: written and read as the source format does
/// inside the division that will hold them (quoted paragraphs under an article, quoted articles under a chapter or
/// at the top of the main provisions, a quoted group of supplementary provisions as such). Quotations that hold
/// provisions already (from a printed statute, from the generator) are used as they are.
struct QuotedStructureSource {
    typealias Container = QuotedStructure.Container

    let metadata: Metadata

    /// `divisions` quoted as they sit inside `container`. Numbers that a reader would assign differently out of
    /// their document (the quoted divisions' own, and every unit's) are made explicit.
    func quote(_ divisions: [Division], in container: Container) -> QuotedStructure {
        let tradition = Document(metadata: metadata).tradition
        let fixed = divisions.map { Self.explicitNumbers($0, tradition: tradition, isTop: true) }
        return QuotedStructure(.provisions(fixed, in: container))
    }

    /// A whole group of supplementary provisions quoted.
    func quote(_ group: SupplementaryProvisions) -> QuotedStructure {
        let tradition = Document(metadata: metadata).tradition
        var group = group
        group.divisions = group.divisions.map { Self.explicitNumbers($0, tradition: tradition, isTop: false) }
        return QuotedStructure(.group(group))
    }

    /// The quotation as Enact source, as an amendment file writes it (its `@附則` line first for a group).
    func source(of quoted: QuotedStructure) -> String {
        switch quoted.content {
        case .source(let source): return source
        case .lines(let lines): return lines.map { $0 + "\n" }.joined()
        case .group(let group):
            return body(
                of: Document(metadata: metadata, supplementaryProvisions: [group]), droppingContainerLine: false)
        case .provisions(let divisions, let container):
            var document = Document(metadata: metadata)
            switch container {
            case .mainProvisions: document.body = divisions
            case .division(let kind): document.body = [Division(kind: kind, children: divisions)]
            case .supplementaryGroup: document.supplementaryProvisions = [SupplementaryProvisions(divisions: divisions)]
            }
            return body(of: document, droppingContainerLine: container != .mainProvisions)
        }
    }

    /// Reads quoted divisions; errors are placed from `location` (the first quoted line).
    func divisions(of quoted: QuotedStructure, in container: Container, at location: SourceLocation)
        throws(DiagnosticError) -> [Division]
    {
        switch quoted.content {
        case .provisions(let divisions, _): return divisions
        case .group, .lines:
            throw DiagnosticError([
                Diagnostic(.amendmentQuotation, "the quotation is not provisions to put in place", at: location)
            ])
        case .source(let source):
            let document = try read(source, containerLine: containerLine(container), at: location)
            switch container {
            case .mainProvisions: return document.body
            case .division: return document.body.first?.children ?? []
            case .supplementaryGroup: return document.supplementaryProvisions.first?.divisions ?? []
            }
        }
    }

    /// Reads a quoted group of supplementary provisions.
    func group(of quoted: QuotedStructure, at location: SourceLocation) throws(DiagnosticError)
        -> SupplementaryProvisions
    {
        if case .group(let group) = quoted.content { return group }
        guard case .source(let source) = quoted.content else {
            throw DiagnosticError([
                Diagnostic(
                    .amendmentQuotation, "the quotation must be one group of supplementary provisions", at: location)
            ])
        }
        let document = try read(source, containerLine: nil, at: location)
        guard document.supplementaryProvisions.count == 1, document.body.isEmpty else {
            throw DiagnosticError([
                Diagnostic(
                    .amendmentQuotation, "the quotation must be one group of supplementary provisions", at: location)
            ])
        }
        return document.supplementaryProvisions[0]
    }

    private func read(_ source: String, containerLine: String?, at location: SourceLocation)
        throws(DiagnosticError) -> Document
    {
        let header = frontMatter() + (containerLine.map { $0 + "\n" } ?? "")
        let headerLines = header.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let result = try SourceReader().parse(header + source, file: location.file)
        let errors = result.diagnostics.filter { $0.severity == .error }.map { diagnostic in
            var moved = diagnostic
            if let line = diagnostic.location?.line {
                moved.location = SourceLocation(
                    file: location.file, line: location.line + max(0, line - headerLines - 1),
                    column: diagnostic.location?.column ?? 1)
            }
            return moved
        }
        guard errors.isEmpty else { throw DiagnosticError(errors) }
        return ResolvedDocument(result.document).document
    }

    private func containerLine(_ container: Container) -> String? {
        switch container {
        case .mainProvisions: return nil
        case .division(let kind): return firstLine(of: Document(metadata: metadata, body: [Division(kind: kind)]))
        case .supplementaryGroup:
            return firstLine(of: Document(metadata: metadata, supplementaryProvisions: [SupplementaryProvisions()]))
        }
    }

    private func frontMatter() -> String {
        let printed = SourcePrinter().print(Document(metadata: metadata))
        return String(printed[..<Self.bodyStart(printed)])
    }

    private func firstLine(of document: Document) -> String {
        let printed = SourcePrinter().print(document)
        return String(printed[Self.bodyStart(printed)...].drop { $0 == "\n" }.prefix { $0 != "\n" })
    }

    private func body(of document: Document, droppingContainerLine: Bool) -> String {
        let printed = SourcePrinter().print(document)
        var lines = printed[Self.bodyStart(printed)...].split(separator: "\n", omittingEmptySubsequences: false)[...]
        while lines.first?.isEmpty == true { lines = lines.dropFirst() }
        if droppingContainerLine { lines = lines.dropFirst() }
        while lines.first?.isEmpty == true { lines = lines.dropFirst() }
        while lines.last?.isEmpty == true { lines = lines.dropLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where the text after the front matter starts (after the closing `---` line).
    private static func bodyStart(_ printed: String) -> String.Index {
        guard let opening = printed.range(of: "---\n"),
            let closing = printed.range(of: "\n---\n", range: opening.upperBound..<printed.endIndex)
        else {
            return printed.startIndex
        }
        return closing.upperBound
    }

    /// Writes out every number the reader would otherwise assign by position among the quotation only: the
    /// quoted divisions' own and every unit's (units number on through a whole part).
    private static func explicitNumbers(_ division: Division, tradition: Tradition, isTop: Bool) -> Division {
        var division = division
        if (isTop || tradition.role(of: division.kind) == .unit), division.number != nil {
            division.numbering = .explicit
        }
        division.children = division.children.map { explicitNumbers($0, tradition: tradition, isTop: false) }
        return division
    }
}
