import Foundation
import EnactCore

/// Renders a document as GitHub-flavoured Markdown: a heading per grouping and article with an anchor
/// named by its eId, a table of contents, references as links and defined terms marked.
///
/// ```swift
/// let markdown = MarkdownRenderer().render(ResolvedDocument(document))
/// ```
public struct MarkdownRenderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    public func render(_ resolved: ResolvedDocument) -> String {
        var writer = MarkdownWriter(presentation: Presentation(resolved), options: options)
        writer.write()
        return writer.output
    }
}

private struct MarkdownWriter {
    let presentation: Presentation
    let options: RenderOptions
    var output = ""
    private var inlines: MarkdownInlineWriter

    init(presentation: Presentation, options: RenderOptions) {
        self.presentation = presentation
        self.options = options
        self.inlines = MarkdownInlineWriter(resolved: presentation.resolved)
        output.reserveCapacity(1 << 16)
    }

    mutating func write() {
        let document = presentation.document
        output += "<!-- \(GeneratedMarker.text); edit the source, not this file -->\n\n"
        output += "# \(MarkdownEscaping.text(presentation.title))\n\n"
        writeMetadata(document.metadata)
        if options.tableOfContents == .show { writeTableOfContents() }
        if let formula = document.enactingFormula {
            paragraph(inlines.render(formula))
        }
        if !document.preamble.isEmpty {
            output += "## \(presentation.preambleTitle)\n\n"
            for line in document.preamble { paragraph(inlines.render(line)) }
        }
        var current: DivisionContext.Part?
        document.walkDivisions { division, context in
            if context.part != current, case .supplementary(let index) = context.part {
                let group = document.supplementaryProvisions[index]
                anchor(Document.supplementaryEId(index))
                output += "## \(MarkdownEscaping.text(presentation.supplementaryTitle(group)))\n\n"
            }
            current = context.part
            write(division, context)
        }
        for (index, group) in document.supplementaryProvisions.enumerated() where group.divisions.isEmpty {
            anchor(Document.supplementaryEId(index))
            output += "## \(MarkdownEscaping.text(presentation.supplementaryTitle(group)))\n\n"
        }
        for (index, schedule) in document.schedules.enumerated() {
            anchor(Document.scheduleEId(schedule, index: index))
            output += "## \(MarkdownEscaping.text(presentation.scheduleTitle(schedule)))\n\n"
            for line in schedule.lines { paragraph(inlines.render(line)) }
        }
    }

    private mutating func writeMetadata(_ metadata: Metadata) {
        var rows: [(String, String)] = []
        let japanese = presentation.japanese
        if let value = metadata.shortTitle { rows.append((japanese ? "略称" : "Short title", value)) }
        if let value = metadata.number { rows.append((japanese ? "番号" : "Number", value)) }
        if let value = metadata.session { rows.append((japanese ? "会期" : "Session", value)) }
        if let value = metadata.status { rows.append((japanese ? "状態" : "Status", value.rawValue)) }
        if let value = metadata.dates.drafted { rows.append((japanese ? "起草日" : "Drafted", value.description)) }
        if let value = metadata.dates.introduced { rows.append((japanese ? "提出日" : "Introduced", value.description)) }
        if let value = metadata.dates.enacted { rows.append((japanese ? "成立日" : "Enacted", value.description)) }
        if let value = metadata.dates.effective { rows.append((japanese ? "施行日" : "Effective", value.description)) }
        if !metadata.sponsors.isEmpty { rows.append((japanese ? "提出者" : "Sponsors", metadata.sponsors.joined(separator: ", "))) }
        if let value = metadata.work { rows.append((japanese ? "識別子" : "Work", "`\(value)`")) }
        guard !rows.isEmpty else { return }
        output += "| | |\n|---|---|\n"
        for (key, value) in rows {
            let cell = value.hasPrefix("`") ? value : MarkdownEscaping.text(value)
            output += "| \(key) | \(cell.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        output += "\n"
    }

    private mutating func writeTableOfContents() {
        let entries = presentation.tableOfContents()
        guard !entries.isEmpty else { return }
        output += "## \(presentation.tableOfContentsTitle)\n\n"
        for entry in entries {
            output += String(repeating: "  ", count: entry.depth)
            output += "- [\(MarkdownEscaping.text(entry.text))](#\(entry.eId))\n"
        }
        output += "\n"
    }

    private mutating func write(_ division: Division, _ context: DivisionContext) {
        anchor(context.eId)
        switch presentation.role(of: division) {
        case .grouping:
            let level = min(6, 2 + context.depth)
            output += String(repeating: "#", count: level) + " " + MarkdownEscaping.text(presentation.headingLine(of: division, context: context)) + "\n\n"
            writeAnnotations(division)
            if !division.content.isEmpty { paragraph(inlines.render(division.content)) }
        case .unit:
            let level = min(6, 3 + context.depth)
            output += String(repeating: "#", count: level) + " " + MarkdownEscaping.text(presentation.headingLine(of: division, context: context)) + "\n\n"
            writeAnnotations(division)
            if division.isRepealed { paragraph(presentation.repealedWord) } else if !division.content.isEmpty { paragraph(inlines.render(division.content)) }
        case .subunit:
            let depth = context.ancestors.lastIndex { presentation.tradition.level(of: $0.kind)?.role == .unit }.map { context.depth - $0 - 1 } ?? context.depth
            var line = String(repeating: "&emsp;", count: max(0, depth))
            if let label = presentation.label(of: division, context: context) {
                line += "**\(MarkdownEscaping.text(label))**" + presentation.labelSeparator
            }
            line += division.isRepealed ? presentation.repealedWord : inlines.render(division.content)
            paragraph(line)
            writeAnnotations(division)
        }
    }

    private mutating func writeAnnotations(_ division: Division) {
        guard options.annotations == .show else { return }
        for annotation in division.annotations {
            switch annotation {
            case .note(let note):
                output += "> **\(presentation.noteTitle())**: \(MarkdownEscaping.text(note))\n\n"
            case .correspondsTo(let work):
                output += "> **\(presentation.correspondenceTitle())**: `\(work)`\n\n"
            }
        }
    }

    private mutating func anchor(_ eId: EId) {
        output += "<a id=\"\(eId)\"></a>\n\n"
    }

    private mutating func paragraph(_ text: String) {
        output += text
        output += "\n\n"
    }
}
