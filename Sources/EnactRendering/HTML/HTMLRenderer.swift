import EnactCore

/// Renders a document as one standalone, semantic HTML5 file: `lang`, a navigable table of contents, an `id`
/// per division equal to its eId, links for references and from each use of a term to its definition,
/// statute-like typography for Japanese and English, print CSS, and no JavaScript.
public struct HTMLRenderer: DocumentRenderer {
    public var options: RenderOptions

    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    public func render(_ resolved: ResolvedDocument, into deliver: (String) -> Void) {
        withoutActuallyEscaping(deliver) { deliver in
            var writer = HTMLWriter(
                page: PageWording(resolved), options: options, output: ChunkedOutput(deliver: deliver))
            writer.write()
            writer.output.flush()
        }
    }
}

private struct HTMLWriter {
    let page: PageWording
    let options: RenderOptions
    var output: ChunkedOutput
    private let inlines: HTMLInlineWriter

    init(page: PageWording, options: RenderOptions, output: ChunkedOutput) {
        self.page = page
        self.options = options
        self.output = output
        self.inlines = HTMLInlineWriter(resolved: page.resolved)
    }

    mutating func write() {
        let document = page.document
        let shell = HTMLPage(
            title: page.title, language: page.language, kind: "document",
            bodyClasses: [HTMLPage.scriptClass(page.wording), "tradition-\(page.tradition.id.rawValue)"],
            metadata: document.metadata.work.map { [("dcterms.identifier", $0.description)] } ?? [])
        output += shell.opening + "<header>\n"
        output += "<h1 class=\"title\">\(HTMLEscaping.text(page.title))</h1>\n"
        writeMetadata()
        output += "</header>\n"
        if options.tableOfContents == .show { writeTableOfContents() }
        output += "<main>\n"
        if let formula = document.enactingFormula {
            output += "<p class=\"formula\">\(inlines.render(formula))</p>\n"
        }
        if !document.preamble.isEmpty {
            output +=
                "<section class=\"preamble\" id=\"\(PageWording.preambleEId)\">\n<h2>\(HTMLEscaping.text(page.preambleTitle))</h2>\n"
            for line in document.preamble { output += "<p>\(inlines.render(line))</p>\n" }
            output += "</section>\n"
        }
        output += "<section class=\"body\" id=\"body\">\n"
        write(part: .body)
        output += "</section>\n"
        for (index, group) in document.supplementaryProvisions.enumerated() {
            let eId = Document.supplementaryEId(index)
            output += "<section class=\"supplementary\" id=\"\(eId)\">\n"
            output += "<h2>\(HTMLEscaping.text(page.supplementaryTitle(group)))</h2>\n"
            write(part: .supplementary(index))
            output += "</section>\n"
        }
        for (index, schedule) in document.schedules.enumerated() {
            output += "<section class=\"schedule\" id=\"\(Document.scheduleEId(schedule, index: index))\">\n"
            output += "<h2>\(HTMLEscaping.text(page.scheduleTitle(schedule)))</h2>\n"
            for line in schedule.lines { output += "<p>\(inlines.render(line))</p>\n" }
            output += "</section>\n"
        }
        output += "</main>\n" + HTMLPage.closing
    }

    private mutating func writeMetadata() {
        let rows = page.metadataRows()
        guard !rows.isEmpty else { return }
        output += "<dl class=\"metadata\">\n"
        for row in rows { output += "<dt>\(row.label)</dt><dd>\(HTMLEscaping.text(row.value))</dd>\n" }
        output += "</dl>\n"
    }

    private mutating func writeTableOfContents() {
        let entries = page.tableOfContents()
        guard !entries.isEmpty else { return }
        output +=
            "<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">\(HTMLEscaping.text(page.tableOfContentsTitle))</h2>\n<ol>\n"
        var depth = 0
        var open = false
        for entry in entries {
            if entry.depth > depth {
                for _ in depth..<entry.depth { output += "\n<ol>\n" }
            } else {
                if open { output += "</li>\n" }
                for _ in entry.depth..<depth { output += "</ol>\n</li>\n" }
            }
            depth = entry.depth
            output += "<li><a href=\"#\(entry.eId)\">\(HTMLEscaping.text(entry.text))</a>"
            open = true
        }
        if open { output += "</li>\n" }
        for _ in 0..<depth { output += "</ol>\n</li>\n" }
        output += "</ol>\n</nav>\n"
    }

    private mutating func write(part: DivisionContext.Part) {
        var closing: [String] = []
        page.document.walk(
            part: part,
            { division, context in
                let eId = context.eId
                switch page.role(of: division) {
                case .grouping:
                    let level = min(6, 2 + context.depth)
                    output += "<section class=\"\(division.kind.rawValue)\" id=\"\(eId)\">\n"
                    output +=
                        "<h\(level)>\(HTMLEscaping.text(page.headingLine(of: division, context: context)))</h\(level)>\n"
                    output += annotations(division)
                    if !division.content.isEmpty {
                        output +=
                            "<p>\(inlines.render(division.content, from: page.resolved.origin(of: division, in: context)))</p>\n"
                    }
                    closing.append("</section>\n")
                case .unit:
                    output +=
                        "<article class=\"\(division.kind.rawValue)\(division.isRepealed ? " repealed" : "")\" id=\"\(eId)\">\n"
                    if let caption = page.caption(of: division) {
                        output += "<p class=\"caption\">\(HTMLEscaping.text(caption))</p>\n"
                        output +=
                            "<h3 class=\"num\">\(HTMLEscaping.text(page.designation(of: division, context: context) ?? ""))</h3>\n"
                    } else {
                        output +=
                            "<h3>\(HTMLEscaping.text(page.headingLine(of: division, context: context)))</h3>\n"
                    }
                    if division.isRepealed, division.content.isEmpty {
                        output += "<p class=\"repealed\">\(page.repealedWord)</p>\n"
                    } else if !division.content.isEmpty {
                        output +=
                            "<p class=\"text\">\(inlines.render(division.content, from: page.resolved.origin(of: division, in: context)))</p>\n"
                    }
                    // Notes follow the article's text, so that the number runs on into the text as in a statute.
                    closing.append(annotations(division) + "</article>\n")
                case .subunit:
                    output += "<div class=\"\(division.kind.rawValue)\" id=\"\(eId)\">\n<p>"
                    if let label = page.designation(of: division, context: context) {
                        output += "<span class=\"num\">\(HTMLEscaping.text(label))</span>\(page.designationSeparator)"
                    }
                    output += inlines.render(
                        page.designations.printedText(of: division),
                        from: page.resolved.origin(of: division, in: context))
                    output += "</p>\n"
                    output += annotations(division)
                    closing.append("</div>\n")
                }
            },
            leave: { _, _ in
                output += closing.removeLast()
            })
    }

    /// The drafter's notes and correspondences of a division, as an aside; empty when hidden or absent.
    private func annotations(_ division: Division) -> String {
        let shown = division.annotations.filter { $0.noteText != nil || $0.correspondence != nil }
        guard options.annotations == .show, !shown.isEmpty else { return "" }
        var html = "<aside class=\"annotations\">\n"
        for annotation in shown {
            switch annotation {
            case .note, .asWritten, .headnote, .writtenHeading, .unprintedRepeal:
                let note = annotation.noteText ?? ""
                html += "<p class=\"note\"><b>\(page.noteTitle())</b>: \(HTMLEscaping.text(note))</p>\n"
            case .correspondsTo(let work):
                html +=
                    "<p class=\"correspondence\"><b>\(page.correspondenceTitle())</b>: <cite>\(HTMLEscaping.text(work))</cite></p>\n"
            }
        }
        return html + "</aside>\n"
    }
}
