import EnactChecks
import EnactCore
import EnactRendering
import EnactSource

/// What Enact knows of one draft as the editor holds it: the findings of `enact check` (parse errors included),
/// the resolved document, and where its labels, references and terms are written.
struct DraftAnalysis: Sendable {
    let file: String
    let positions: TextPositions
    /// The document as read, and resolved; nil when the text cannot be read at all (no front matter, a bad
    /// encoding).
    let document: Document?
    let resolved: ResolvedDocument?
    let findings: [Diagnostic]

    /// Reads and checks `text` as the draft `file`; `partner`, another language version, adds the findings of
    /// `enact check --parallel`.
    init(file: String, text: String, partner: (file: String, document: Document)? = nil) {
        self.file = file
        positions = TextPositions(text)
        do {
            let read = try SourceReader().parse(text, file: file)
            let resolved = ResolvedDocument(read.document)
            var findings = read.diagnostics + Checker().check(resolved, file: file)
            if let partner {
                findings += ParallelChecker().check(
                    read.document, file: file, against: partner.document, file: partner.file)
            }
            document = read.document
            self.resolved = resolved
            self.findings = findings
        } catch {
            document = nil
            resolved = nil
            findings = error.diagnostics
        }
    }

    // MARK: Hover

    /// What the editor shows over the markup at a position: for a reference, the citation it prints and the
    /// heading and first line of its target; for a term, its definition.
    func hover(at occurrence: DraftMarkup.Occurrence) -> String? {
        guard let resolved else { return nil }
        switch occurrence.kind {
        case .reference, .label:
            guard let target = resolved.targets[occurrence.name] else { return nil }
            let printed =
                occurrence.kind == .reference ? printedText(of: occurrence) ?? target.citation : target.citation
            var text = "**\(printed)**"
            if printed != target.citation { text += " (\(target.citation))" }
            if let (heading, first) = summary(of: occurrence.name) {
                text += heading.map { " \(resolved.document.metadata.wording.bracketed($0))" } ?? ""
                if !first.isEmpty { text += "\n\n" + first }
            }
            return text
        case .definition, .use:
            guard let definition = resolved.definitions[ResolvedDocument.normalisedTerm(occurrence.name)],
                let location = definition.location, positions.lines.indices.contains(location.line - 1)
            else { return nil }
            return "**\(definition.term)**\n\n" + plain(positions.lines[location.line - 1], at: location.line)
        }
    }

    /// The words a reference prints where it stands (前条, 第十二条第二項, section 5(b)).
    private func printedText(of occurrence: DraftMarkup.Occurrence) -> String? {
        guard let resolved else { return nil }
        var found: (column: Int, text: String)?
        resolved.document.walkDivisions { division, context in
            for inline in division.content {
                guard case .reference(let reference) = inline, reference.target == .label(occurrence.name),
                    let location = reference.anchor.location, location.line == occurrence.line + 1,
                    location.column <= occurrence.start + 1, location.column > found?.column ?? 0
                else { continue }
                found = (
                    location.column, resolved.text(of: reference, from: resolved.origin(of: division, in: context))
                )
            }
        }
        return found?.text
    }

    /// The heading of the division labelled `label` (of the nearest division around it that has one: a 項 shows
    /// its article's 見出し) and the first line of its text.
    private func summary(of label: String) -> (heading: String?, first: String)? {
        guard let resolved else { return nil }
        var summary: (String?, String)?
        var headings: [String?] = []
        resolved.document.walkDivisions(
            { division, context in
                headings.append(division.heading)
                guard summary == nil, division.label == label else { return }
                var text = resolved.plainText(of: division.content, from: resolved.origin(of: division, in: context))
                if text.isEmpty, let first = division.children.first {
                    text = resolved.plainText(of: first.content)
                }
                let line = text.split(separator: "\n").first.map(String.init) ?? ""
                let heading = headings.reversed().first { $0 != nil } ?? nil
                summary = (heading, line.count > 120 ? String(line.prefix(120)) + "…" : line)
            },
            leave: { _, _ in headings.removeLast() })
        return summary
    }

    /// A source line as it reads: its markup parsed as the reader parses it, references shown as they print.
    private func plain(_ line: Substring, at number: Int) -> String {
        let location = SourceLocation(file: file, line: number, column: 1)
        guard let resolved, let inlines = try? InlineSource.parse(String(line), at: location) else {
            return line.trimmingCharacters(in: .whitespaces)
        }
        return resolved.plainText(of: inlines).trimmingCharacters(in: .whitespaces)
    }

    // MARK: Outline

    /// The outline of the draft: its divisions as printed (第一章　総則, 第一条（目的）, section 5), nested, each with
    /// the lines it spans.
    func symbols() -> [JSONValue] {
        guard let resolved else { return [] }
        let page = PageWording(resolved)
        struct Entry {
            var name: String
            var kind: Int
            var line: Int
            var depth: Int
            var children: [JSONValue] = []
            var end = 0
        }
        var flat: [Entry] = []
        resolved.document.walkDivisions { division, context in
            guard let location = division.location else { return }
            let name = page.headingLine(of: division, context: context)
            let kind =
                switch page.role(of: division) {
                case .grouping: 3  // Namespace
                case .unit: 5  // Class
                case .subunit: 8  // Field
                }
            flat.append(
                Entry(
                    name: name.isEmpty ? division.kind.rawValue : name, kind: kind, line: location.line - 1,
                    depth: context.depth))
        }
        let lastLine = max(0, positions.lines.count - 1)
        for index in flat.indices {
            let next = flat[(index + 1)...].first { $0.depth <= flat[index].depth }
            flat[index].end = max(flat[index].line, (next?.line ?? lastLine + 1) - 1)
        }
        // Nested from the innermost out: each entry takes the entries deeper than it that follow it.
        var stack: [Entry] = []
        var roots: [JSONValue] = []
        func symbol(_ entry: Entry) -> JSONValue {
            let endLength =
                positions.lines.indices.contains(entry.end) ? positions.lines[entry.end].unicodeScalars.count : 0
            let range: JSONValue = [
                "start": positions.position(line: entry.line, scalar: 0),
                "end": positions.position(line: entry.end, scalar: endLength),
            ]
            let lineLength =
                positions.lines.indices.contains(entry.line) ? positions.lines[entry.line].unicodeScalars.count : 0
            let selection: JSONValue = [
                "start": positions.position(line: entry.line, scalar: 0),
                "end": positions.position(line: entry.line, scalar: lineLength),
            ]
            return [
                "name": .string(entry.name), "kind": .integer(entry.kind), "range": range, "selectionRange": selection,
                "children": .array(entry.children),
            ]
        }
        func closeDeeper(than depth: Int) {
            while let last = stack.last, last.depth >= depth {
                stack.removeLast()
                if stack.isEmpty {
                    roots.append(symbol(last))
                } else {
                    stack[stack.count - 1].children.append(symbol(last))
                }
            }
        }
        for entry in flat {
            closeDeeper(than: entry.depth)
            stack.append(entry)
        }
        closeDeeper(than: 0)
        return roots
    }
}
