import EnactCore
import EnactXML

/// Writes a document as Japan's standard law XML (法令標準XML, schema v3): `<Law Era Year Num LawType Lang>`,
/// `<LawNum>`, `<LawBody>` with `<LawTitle>`, `<TOC>` when the law has chapters, `<Preamble>`, `<MainProvision>`,
/// `<Chapter Num>` … `<Article Num>` with `<ArticleCaption>`/`<ArticleTitle>`, `<Paragraph Num>`, `<Item>`,
/// `<Subitem1…3>`, `<SupplProvision>` and `<AppdxTable>`. Branch numbers are written `10_2` for 第十条の二.
///
/// The format has no markup for cross-references or defined terms: they are written as their text.
public struct JapaneseLawWriter: Sendable {
    public init() {}

    /// The document as law XML; throws when it lacks a number or date, which `<Law>` requires.
    public func write(_ resolved: ResolvedDocument, file: String) throws(DiagnosticError) -> String {
        guard resolved.tradition.id == .jp else {
            throw DiagnosticError(
                Diagnostic(
                    .unsupportedTradition,
                    "Japan's standard law XML holds laws drafted in the Japanese tradition, not the \(resolved.tradition.id.rawValue) tradition",
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
        let header = try LawHeader(resolved.document.metadata, file: file)
        var writer = Writer(resolved: resolved, header: header)
        writer.write(header)
        return writer.xml.output
    }

    /// The main provisions of `resolved` as law XML elements, as an amending law quotes them (`<NewProvision>`).
    public func writeProvisions(_ resolved: ResolvedDocument) -> String {
        var writer = Writer(resolved: resolved, header: nil)
        writer.writeDivisions(part: .body)
        return writer.xml.output
    }
}

/// The attributes of `<Law>` and the text of `<LawNum>`.
struct LawHeader {
    var era: JapaneseEra
    var year: Int
    var number: Int
    var numberText: String
    var language: String

    init(_ metadata: Metadata, file: String) throws(DiagnosticError) {
        let here = SourceLocation(file: file, line: 1, column: 1)
        let dates = metadata.dates
        let era: JapaneseEra
        let year: Int
        if let date = dates.principal?.date {
            guard let (dateEra, dateYear) = JapaneseEra.of(date) else {
                throw DiagnosticError(
                    Diagnostic(
                        .invalidMetadata, "Japanese law XML has no era before 明治 (1868-10-23) for \(date)", at: here))
            }
            (era, year) = (dateEra, dateYear)
        } else if let (numberEra, numberYear) = metadata.number.flatMap(JapaneseEra.ofLawNumber) {
            // A law whose promulgation date is not given still names its era and year: 平成十七年法律第八十六号.
            (era, year) = (numberEra, numberYear)
        } else {
            throw DiagnosticError(
                Diagnostic(
                    .missingMetadata,
                    "Japanese law XML needs a date for its era and year: add 'dates:' to the front matter", at: here))
        }
        guard let numberText = metadata.number, let number = Self.trailingNumber(in: numberText) else {
            throw DiagnosticError(
                Diagnostic(
                    .missingMetadata,
                    "Japanese law XML needs a law or bill number ending in a numeral (法律第八十八号, 衆法第一号): add 'number:' to the front matter",
                    at: here))
        }
        self.era = era
        self.year = year
        self.number = number
        self.numberText = numberText
        self.language = metadata.isJapanese ? "ja" : "en"
    }

    /// The number at the end of `法律第八十八号`, `衆法第1号`, `No. 88`.
    static func trailingNumber(in text: String) -> Int? {
        var trimmed = Substring(text)
        while let last = trimmed.last, "号 .".contains(last) { trimmed = trimmed.dropLast() }
        let kanji = trimmed.reversed().prefix { "〇一二三四五六七八九十百千".contains($0) }
        if !kanji.isEmpty, let value = Numeral.kanji.parse(String(kanji.reversed())) { return value }
        let digits = trimmed.reversed().prefix { $0.isNumber && $0.isASCII || ("０"..."９").contains($0) }
        return digits.isEmpty ? nil : Numeral.fullWidthArabic.parse(String(digits.reversed()))
    }
}

private struct Writer {
    let resolved: ResolvedDocument
    let designations: Designations
    var xml = XMLTextWriter(comment: "\(GeneratedMarker.text); edit the source, not this file")

    /// `header` nil for provisions quoted in another document, written without an XML declaration.
    init(resolved: ResolvedDocument, header: LawHeader?) {
        self.resolved = resolved
        self.designations = Designations(resolved)
        if header == nil { xml = XMLTextWriter(declaration: false) }
    }

    var document: Document { resolved.document }

    mutating func write(_ header: LawHeader) {
        xml.open(
            "Law",
            [
                ("Era", header.era.name), ("Lang", header.language), ("LawType", "Act"), ("Num", String(header.number)),
                ("Year", String(header.year)),
            ])
        xml.line("LawNum", text: header.numberText)
        xml.open("LawBody")
        xml.line("LawTitle", [("Abbrev", document.metadata.shortTitle)], text: document.metadata.title ?? "")
        // 制定文: one <EnactStatement> for each line of the enacting formula.
        if let formula = document.enactingFormula {
            for statement in text(formula, from: nil).split(separator: "\n") where !statement.isEmpty {
                xml.line("EnactStatement", text: String(statement))
            }
        }
        switch document.tableOfContents {
        case .none: break
        case .kept(let kept) where kept.format == JapaneseLawFormat.name: xml.markup(kept.markup)
        case .generated, .kept: writeTableOfContents()
        }
        if !document.preamble.isEmpty {
            xml.open("Preamble")
            for (index, paragraph) in document.preamble.enumerated() {
                xml.open("Paragraph", [("Num", String(index + 1))])
                xml.empty("ParagraphNum")
                sentence("ParagraphSentence", markup(paragraph, from: nil))
                xml.close()
            }
            xml.close()
        }
        xml.open("MainProvision")
        writeDivisions(part: .body)
        xml.close()
        for (index, group) in document.supplementaryProvisions.enumerated() {
            xml.open("SupplProvision", [("AmendLawNum", group.heading)])
            xml.line("SupplProvisionLabel", text: designations.wording.isJapanese ? "附則" : "Supplementary Provisions")
            writeDivisions(part: .supplementary(index))
            xml.close()
        }
        for schedule in document.schedules {
            // An appendix kept whole from a law is written back as it was.
            if schedule.lines.count == 1, schedule.lines[0].count == 1,
                case .preserved(let kept) = schedule.lines[0][0],
                kept.format == JapaneseLawFormat.name, kept.elementName.hasPrefix("Appdx")
            {
                xml.markup(kept.markup)
                continue
            }
            let number = schedule.number ?? DivisionNumber(1)
            xml.open("AppdxTable", [("Num", Self.num(number))])
            xml.line("AppdxTableTitle", text: designations.scheduleTitle(schedule))
            xml.open("TableStruct")
            xml.open("Table")
            for line in schedule.lines.isEmpty ? [[]] : schedule.lines {
                xml.open("TableRow")
                xml.open("TableColumn")
                xml.line("Sentence", text: text(line, from: nil))
                xml.close()
                xml.close()
            }
            xml.close()
            xml.close()
            xml.close()
        }
        xml.close()
        xml.close()
    }

    // MARK: Table of contents

    private mutating func writeTableOfContents() {
        let groupings = document.body.filter { designations.tradition.role(of: $0.kind) == .grouping }
        guard !groupings.isEmpty else { return }
        xml.open("TOC")
        xml.line("TOCLabel", text: designations.wording.isJapanese ? "目次" : "Table of Contents")
        // A law with a preamble lists it first (前文).
        if !document.preamble.isEmpty {
            xml.line("TOCPreambleLabel", text: designations.wording.isJapanese ? "前文" : "Preamble")
        }
        var writer = self
        document.walk(
            part: .body,
            { division, context in
                guard writer.designations.tradition.role(of: division.kind) == .grouping,
                    let element = division.kind.japaneseLawElement
                else { return }
                writer.xml.open("TOC" + element, [("Num", Self.num(division.number ?? DivisionNumber(1)))])
                writer.xml.line(element + "Title", text: writer.title(division, context))
                let nested = division.children.contains { writer.designations.tradition.role(of: $0.kind) == .grouping }
                if !nested, let range = writer.articleRange(division) { writer.xml.line("ArticleRange", text: range) }
            },
            leave: { division, _ in
                guard writer.designations.tradition.role(of: division.kind) == .grouping,
                    division.kind.japaneseLawElement != nil
                else { return }
                writer.xml.close()
            })
        self = writer
        if !document.supplementaryProvisions.isEmpty {
            xml.open("TOCSupplProvision")
            xml.line("SupplProvisionLabel", text: designations.wording.isJapanese ? "附則" : "Supplementary Provisions")
            xml.close()
        }
        xml.close()
    }

    /// （第一条―第五条）, （第六条・第七条）, （第八条）.
    private func articleRange(_ division: Division) -> String? {
        var numbers: [DivisionNumber] = []
        division.forEachDivision {
            if $0.kind == designations.tradition.unitKind, let number = $0.number { numbers.append(number) }
        }
        guard let first = numbers.first, let last = numbers.last else { return nil }
        let cite = { (number: DivisionNumber) in
            designations.tradition.designation(
                of: designations.tradition.unitKind, number: number, in: designations.wording)
        }
        guard designations.wording.isJapanese else {
            return numbers.count == 1 ? "(\(cite(first)))" : "(\(cite(first)) to \(cite(last)))"
        }
        switch numbers.count {
        case 1: return "（\(cite(first))）"
        case 2: return "（\(cite(first))・\(cite(last))）"
        default: return "（\(cite(first))―\(cite(last))）"
        }
    }

    // MARK: Divisions

    mutating func writeDivisions(part: DivisionContext.Part) {
        var writer = self
        document.walk(
            part: part,
            { division, context in
                writer.open(division, context)
            },
            leave: { division, _ in
                guard division.kind.japaneseLawElement != nil else { return }
                // An article's own kept elements went into the paragraph written for it.
                if division.kind != .article {
                    for block in Self.keptElements(of: division, afterChildren: true) { writer.xml.markup(block) }
                }
                writer.xml.close()
            })
        self = writer
    }

    private mutating func open(_ division: Division, _ context: DivisionContext) {
        guard let element = division.kind.japaneseLawElement else { return }
        let number = division.number ?? DivisionNumber(1)
        var attributes: [(String, String?)] = [("Num", Self.num(number))]
        if division.isRepealed, division.kind == .article || division.kind == .item {
            attributes.append(("Delete", "true"))
        }
        xml.open(element, attributes)
        let origin = resolved.origin(of: division, in: context)
        let body = markup(designations.printedText(of: division), from: origin)
        switch division.kind {
        case .part, .chapter, .section, .subsection, .division:
            xml.line(element + "Title", text: title(division, context))
        case .article:
            if let heading = division.heading {
                xml.line("ArticleCaption", text: designations.wording.bracketed(heading))
            }
            xml.line("ArticleTitle", text: designations.designation(of: division, context: context) ?? "")
            if division.children.isEmpty {
                xml.open("Paragraph", [("Num", "1")])
                xml.empty("ParagraphNum")
                sentence("ParagraphSentence", body)
                for block in Self.keptElements(of: division, afterChildren: nil) { xml.markup(block) }
                xml.close()
            }
        case .paragraph:
            if let heading = division.heading {
                xml.line("ParagraphCaption", text: designations.wording.bracketed(heading))
            }
            if let label = designations.designation(of: division, context: context) {
                xml.line("ParagraphNum", text: label)
            } else {
                xml.empty("ParagraphNum")
            }
            sentence("ParagraphSentence", body)
            for block in Self.keptElements(of: division, afterChildren: false) { xml.markup(block) }
        case .item:
            xml.line("ItemTitle", text: designations.designation(of: division, context: context) ?? "")
            sentence("ItemSentence", body)
        default:
            xml.line(element + "Title", text: designations.designation(of: division, context: context) ?? "")
            sentence(element + "Sentence", body)
        }
    }

    /// 第一章　総則.
    private func title(_ division: Division, _ context: DivisionContext) -> String {
        let label = designations.designation(of: division, context: context) ?? ""
        return division.heading.map { label + designations.wording.separator + $0 } ?? label
    }

    /// A sentence element holding `markup` (escaped text and `<Ruby>`).
    private mutating func sentence(_ element: String, _ markup: String) {
        xml.open(element)
        xml.line(
            "Sentence", [("Num", "1"), ("WritingMode", designations.wording.isJapanese ? "vertical" : "horizontal")],
            inline: markup)
        xml.close()
    }

    private func text(_ inlines: [Inline], from origin: CitationOrigin?) -> String {
        resolved.plainText(of: inlines, from: origin)
    }

    /// The inlines as the content of a `<Sentence>`: their text escaped, readings as `<Ruby>…<Rt>…</Rt></Ruby>`;
    /// elements kept whole from a law are written beside the sentence, not in it.
    private func markup(_ inlines: [Inline], from origin: CitationOrigin?) -> String {
        var markup = ""
        for inline in inlines {
            switch inline {
            case .ruby(let ruby):
                markup +=
                    "<Ruby>\(XMLTextWriter.escaped(ruby.base))<Rt>\(XMLTextWriter.escaped(ruby.reading))</Rt></Ruby>"
            case .preserved(let preserved) where preserved.format == JapaneseLawFormat.name:
                continue
            default:
                markup += XMLTextWriter.escaped(resolved.plainText(of: [inline], from: origin))
            }
        }
        while markup.last?.isWhitespace == true { markup.removeLast() }
        return markup
    }

    /// The elements a law wrote that the model keeps whole (tables, figures, lists), in the place the schema
    /// gives them: in a paragraph, lists after its items and the others before; elsewhere after the children.
    /// `afterChildren` nil takes them all (a paragraph written for an article without paragraphs).
    static func keptElements(of division: Division, afterChildren: Bool?) -> [String] {
        let kept = division.content.compactMap { inline -> PreservedMarkup? in
            guard case .preserved(let preserved) = inline, preserved.format == JapaneseLawFormat.name else {
                return nil
            }
            return preserved
        }
        let placed =
            afterChildren.map { afterChildren in
                kept.filter { preserved in
                    let isList = preserved.elementName.hasPrefix("List")
                    let placedAfter = division.kind == .paragraph ? isList : true
                    return placedAfter == afterChildren
                }
            } ?? kept
        return placed.map(\.markup)
    }

    /// `10_2` for 第十条の二.
    static func num(_ number: DivisionNumber) -> String {
        number.components.map(String.init).joined(separator: "_")
    }
}
