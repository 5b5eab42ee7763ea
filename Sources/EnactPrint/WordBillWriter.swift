import EnactCore
import EnactRendering

/// A bill as its tradition prints it, as a Word file: a Japanese 法律案 in vertical writing on A4 (題名, 目次, 章
/// headings, 見出し in parentheses above the article, 項 numbered in full-width digits, 号 in kanji, 附則), a US bill
/// with its lines numbered from 1 on every page, Australian and Korean bills in their own styles. Every paragraph
/// has a named style (``BillStyles``), so a drafter restyles a level in Word rather than each paragraph.
public struct WordBillWriter: Sendable {
    public var options: RenderOptions
    /// The direction of writing; the tradition's own when nil (vertical for Japanese).
    public var writing: PrintLayout.Writing?

    public init(options: RenderOptions = RenderOptions(), writing: PrintLayout.Writing? = nil) {
        self.options = options
        self.writing = writing
    }

    /// The layout `resolved` prints in.
    public func layout(of resolved: ResolvedDocument) -> PrintLayout {
        let metadata = resolved.document.metadata
        return PrintLayout.bill(resolved.tradition.id, language: metadata.language, writing: writing)
    }

    /// The Word file of `resolved`.
    public func package(_ resolved: ResolvedDocument) -> WordPackage {
        let page = PageWording(resolved)
        let layout = layout(of: resolved)
        var writer = BillBody(page: page, layout: layout, options: options)
        writer.write()
        let styles = BillStyles(tradition: page.tradition, layout: layout).styles(for: writer.kinds)
        return WordPackage(
            document: writer.body.document(layout), styles: WordStyleSheet(layout: layout, styles: styles).markup,
            title: page.title, language: layout.language)
    }
}

/// Writes the paragraphs of a bill.
private struct BillBody {
    let page: PageWording
    let layout: PrintLayout
    let options: RenderOptions
    var body = WordBody()
    /// The kinds of division written, whose styles the style sheet must hold.
    var kinds: Set<DivisionKind> = []
    /// A Japanese article's number waiting for the text of its first paragraph, which runs on after it
    /// (「第一条　この法律は、…」).
    private var pendingUnit: (style: String, label: String)?

    init(page: PageWording, layout: PrintLayout, options: RenderOptions) {
        self.page = page
        self.layout = layout
        self.options = options
    }

    private var japanese: Bool { layout.language.hasPrefix("ja") }

    mutating func write() {
        let document = page.document
        if page.tradition.id == .us, !japanese {
            body.paragraph(BillStyles.billHeading, text: document.metadata.kind == .act ? "An Act" : "A Bill")
        }
        body.paragraph(BillStyles.title, text: page.title)
        if options.tableOfContents == .show { writeContents() }
        if let formula = document.enactingFormula {
            for line in page.resolved.plainText(of: formula).split(separator: "\n") {
                body.paragraph(BillStyles.formula, text: String(line))
            }
        }
        if !document.preamble.isEmpty {
            body.paragraph(BillStyles.caption, text: page.preambleTitle)
            for line in document.preamble {
                body.paragraph(BillStyles.formula, text: page.resolved.plainText(of: line))
            }
        }
        write(part: .body)
        for (index, group) in document.supplementaryProvisions.enumerated() {
            body.paragraph(BillStyles.supplementaryHeading, text: page.supplementaryTitle(group))
            write(part: .supplementary(index))
        }
        for schedule in document.schedules {
            body.paragraph(BillStyles.scheduleHeading, text: page.scheduleTitle(schedule))
            for line in schedule.lines {
                body.paragraph(BillStyles.scheduleText, text: page.resolved.plainText(of: line))
            }
        }
    }

    private mutating func writeContents() {
        let entries = page.tableOfContents()
        guard !entries.isEmpty else { return }
        body.paragraph(BillStyles.contentsHeading, text: page.tableOfContentsTitle)
        for entry in entries { body.paragraph(BillStyles.contents(depth: entry.depth), text: entry.text) }
    }

    private mutating func write(part: DivisionContext.Part) {
        page.document.walk(
            part: part,
            { division, context in
                kinds.insert(division.kind)
                let style = BillStyles.id(of: division.kind)
                let text = page.resolved.plainText(
                    of: page.designations.printedText(of: division),
                    from: page.resolved.origin(of: division, in: context))
                switch page.role(of: division) {
                case .grouping:
                    flushPendingUnit()
                    body.paragraph(style, text: page.headingLine(of: division, context: context))
                    if !text.isEmpty { body.paragraph(BillStyles.text, text: text) }
                case .unit:
                    flushPendingUnit()
                    if japanese || page.tradition.id == .kr {
                        // The number runs into the text: 「第一条　…」, 「제1조(목적) …」; a 見出し stands above it.
                        let label: String
                        if let caption = page.caption(of: division), japanese {
                            body.paragraph(BillStyles.caption, text: caption)
                            label = page.designation(of: division, context: context) ?? ""
                        } else {
                            label = page.headingLine(of: division, context: context)
                        }
                        if text.isEmpty, !division.children.isEmpty {
                            pendingUnit = (style, label)
                        } else {
                            body.paragraph(style, text: label + page.designationSeparator + text)
                        }
                    } else {
                        body.paragraph(
                            style, text: page.headingLine(of: division, context: context))
                        if !text.isEmpty { body.paragraph(BillStyles.text, text: text) }
                    }
                case .subunit:
                    let label = page.designation(of: division, context: context)
                    if let pending = pendingUnit, label == nil {
                        // The first paragraph of an article prints no number of its own.
                        body.paragraph(pending.style, text: pending.label + page.designationSeparator + text)
                        pendingUnit = nil
                    } else {
                        flushPendingUnit()
                        body.paragraph(
                            style, text: (label.map { $0 + page.designationSeparator } ?? "") + headed(text, division))
                    }
                }
            },
            leave: { _, _ in })
        flushPendingUnit()
    }

    /// The text of a subdivision with a heading of its own after its number: 「(a) IN GENERAL.—The Secretary …」 in
    /// a US bill, the heading on a line of its own before the text elsewhere.
    private func headed(_ text: String, _ division: Division) -> String {
        guard let heading = division.heading, !japanese else { return text }
        if page.tradition.id == .us { return heading.uppercased() + ".—" + text }
        return text.isEmpty ? heading : heading + "\n" + text
    }

    private mutating func flushPendingUnit() {
        guard let pending = pendingUnit else { return }
        body.paragraph(pending.style, text: pending.label)
        pendingUnit = nil
    }
}
