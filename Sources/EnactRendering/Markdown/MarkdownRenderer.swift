import Foundation
import EnactCore

/// Renders a document as GitHub-flavoured Markdown: a heading per grouping and article with an anchor
/// named by its eId, a table of contents, references as links and defined terms marked.
///
/// ```swift
/// let markdown = MarkdownRenderer().render(ResolvedDocument(document))
/// ```
public struct MarkdownRenderer: DocumentRenderer {
    public var options: RenderOptions

    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    public func render(_ resolved: ResolvedDocument, into deliver: (String) -> Void) {
        withoutActuallyEscaping(deliver) { deliver in
            var writer = MarkdownWriter(
                page: PageWording(resolved), options: options, output: ChunkedOutput(deliver: deliver))
            writer.write()
            writer.output.flush()
        }
    }
}

private struct MarkdownWriter {
    let page: PageWording
    let options: RenderOptions
    var output: ChunkedOutput
    private var inlines: MarkdownInlineWriter

    init(page: PageWording, options: RenderOptions, output: ChunkedOutput) {
        self.page = page
        self.options = options
        self.output = output
        self.inlines = MarkdownInlineWriter(resolved: page.resolved)
    }

    mutating func write() {
        let document = page.document
        output += "<!-- \(GeneratedMarker.text); edit the source, not this file -->\n\n"
        output += "# \(MarkdownEscaping.text(page.title))\n\n"
        writeMetadata()
        if options.tableOfContents == .show { writeTableOfContents() }
        if let formula = document.enactingFormula {
            paragraph(inlines.render(formula))
        }
        if !document.preamble.isEmpty {
            anchor(PageWording.preambleEId)
            output += "## \(page.preambleTitle)\n\n"
            for line in document.preamble { paragraph(inlines.render(line)) }
        }
        var current: DivisionContext.Part?
        document.walkDivisions { division, context in
            if context.part != current, case .supplementary(let index) = context.part {
                let group = document.supplementaryProvisions[index]
                anchor(Document.supplementaryEId(index))
                output += "## \(MarkdownEscaping.text(page.supplementaryTitle(group)))\n\n"
            }
            current = context.part
            write(division, context)
        }
        for (index, group) in document.supplementaryProvisions.enumerated() where group.divisions.isEmpty {
            anchor(Document.supplementaryEId(index))
            output += "## \(MarkdownEscaping.text(page.supplementaryTitle(group)))\n\n"
        }
        for (index, schedule) in document.schedules.enumerated() {
            anchor(Document.scheduleEId(schedule, index: index))
            output += "## \(MarkdownEscaping.text(page.scheduleTitle(schedule)))\n\n"
            for line in schedule.lines { paragraph(inlines.render(line)) }
        }
    }

    private mutating func writeMetadata() {
        let rows = page.metadataRows()
        guard !rows.isEmpty else { return }
        output += "| | |\n|---|---|\n"
        for row in rows {
            output +=
                "| \(row.label) | \(MarkdownEscaping.text(row.value).replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        output += "\n"
    }

    private mutating func writeTableOfContents() {
        let entries = page.tableOfContents()
        guard !entries.isEmpty else { return }
        output += "## \(page.tableOfContentsTitle)\n\n"
        for entry in entries {
            output += String(repeating: "  ", count: entry.depth)
            output += "- [\(MarkdownEscaping.text(entry.text))](#\(entry.eId))\n"
        }
        output += "\n"
    }

    private mutating func write(_ division: Division, _ context: DivisionContext) {
        anchor(context.eId)
        switch page.role(of: division) {
        case .grouping:
            let level = min(6, 2 + context.depth)
            output +=
                String(repeating: "#", count: level) + " "
                + MarkdownEscaping.text(page.headingLine(of: division, context: context)) + "\n\n"
            writeAnnotations(division)
            if !division.content.isEmpty {
                paragraph(
                    inlines.render(division.content, from: page.resolved.origin(of: division, in: context)))
            }
        case .unit:
            let level = min(6, 3 + context.depth)
            // A Japanese-style caption stands on its own line above the article, as statutes and the JLT print it.
            let caption = page.caption(of: division)
            if let caption { paragraph(MarkdownEscaping.text(caption)) }
            let heading =
                caption == nil
                ? page.headingLine(of: division, context: context)
                : page.designation(of: division, context: context) ?? ""
            output += String(repeating: "#", count: level) + " " + MarkdownEscaping.text(heading) + "\n\n"
            writeAnnotations(division)
            if division.isRepealed, division.content.isEmpty {
                paragraph(page.repealedWord)
            } else if !division.content.isEmpty {
                paragraph(
                    inlines.render(division.content, from: page.resolved.origin(of: division, in: context)))
            }
        case .subunit:
            let depth =
                context.ancestors.lastIndex { page.tradition.level(of: $0.kind)?.role == .unit }.map {
                    context.depth - $0 - 1
                } ?? context.depth
            var line = String(repeating: "&emsp;", count: max(0, depth))
            if let label = page.designation(of: division, context: context) {
                line += "**\(MarkdownEscaping.text(label))**" + page.designationSeparator
            }
            line += inlines.render(
                page.designations.printedText(of: division), from: page.resolved.origin(of: division, in: context))
            paragraph(line)
            writeAnnotations(division)
        }
    }

    private mutating func writeAnnotations(_ division: Division) {
        guard options.annotations == .show else { return }
        for annotation in division.annotations {
            switch annotation {
            case .note, .asWritten, .headnote, .writtenHeading, .unprintedRepeal:
                guard let note = annotation.noteText else { continue }
                output += "> **\(page.noteTitle())**: \(MarkdownEscaping.text(note))\n\n"
            case .correspondsTo(let work):
                output += "> **\(page.correspondenceTitle())**: `\(work)`\n\n"
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
