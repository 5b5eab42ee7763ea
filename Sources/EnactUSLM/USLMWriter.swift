import EnactCore
import EnactXML

/// Writes a document as USLM 2.x, the format of US bills and public laws: `<bill>` or `<pLaw>` by status,
/// Dublin Core metadata, `identifier` paths on every level (`/us/bill/119/hr/2026/s3/b/1`), `<num value>`,
/// `<heading>`, `<content>` or `<chapeau>` with the levels below, `<ref href>` for cross-references and
/// `<term>` for defined terms. Drafter's notes become `<drafterNote>`s.
public struct USLMWriter: Sendable {

    public init() {}

    /// The document as USLM; throws when it has no work identifier to build identifiers from.
    public func write(_ resolved: ResolvedDocument, file: String) throws(DiagnosticError) -> String {
        guard let work = resolved.document.metadata.work else {
            throw DiagnosticError(
                Diagnostic(
                    .missingMetadata,
                    "USLM needs a work identifier for its identifier paths: add 'work:' to the front matter",
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
        var writer = Writer(resolved: resolved, base: USLMIdentifiers.base(for: work))
        writer.write()
        return writer.xml.output
    }
}

private struct Writer {
    let resolved: ResolvedDocument
    let base: String
    let designations: Designations
    var xml = XMLTextWriter(comment: "\(GeneratedMarker.text); edit the source, not this file")
    /// The identifier path of every division, by eId, so that references can point at their target.
    let identifiers: [EId: String]
    /// A short role naming each defined term (`term3`), by normalised term, linking uses to the definition.
    let termRoles: [String: String]

    init(resolved: ResolvedDocument, base: String) {
        self.resolved = resolved
        self.base = base
        self.designations = Designations(resolved)
        self.identifiers = USLMIdentifiers.paths(for: resolved.document, base: base)
        let ordered = resolved.definitions.sorted { $0.value.anchorID < $1.value.anchorID }
        self.termRoles = Dictionary(
            uniqueKeysWithValues: ordered.enumerated().map { ($0.element.key, "term\($0.offset + 1)") })
    }

    var document: Document { resolved.document }

    mutating func write() {
        let metadata = document.metadata
        let enacted = metadata.status.map { [.enacted, .inForce, .repealed].contains($0) } ?? (metadata.kind == .act)
        xml.open(
            enacted ? "pLaw" : "bill",
            [
                ("xmlns", USLMFormat.Version.two.namespace), ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
                ("xml:lang", metadata.language ?? "en"),
            ])
        xml.open("meta")
        xml.line("dc:title", text: metadata.title ?? "")
        xml.line("dc:type", text: enacted ? "Public Law" : "Bill")
        if let number = metadata.number { xml.line("docNumber", text: number) }
        xml.line("citableAs", text: base)
        if let status = metadata.status { xml.line("docStage", text: status.rawValue) }
        if let session = metadata.session { xml.line("session", text: session) }
        xml.line("dc:language", text: (metadata.language ?? "en").uppercased())
        xml.line("processedBy", text: "Enact")
        // What USLM has no element for, so that Enact reads its own USLM back into the same document.
        let properties: [(String, String?)] = [
            ("jurisdiction", metadata.jurisdiction), ("language", metadata.language),
            ("tradition", metadata.tradition?.rawValue),
            ("kind", metadata.kind?.rawValue), ("work", metadata.work?.description),
            ("shortTitle", metadata.shortTitle),
            ("drafted", metadata.dates.drafted?.description), ("introduced", metadata.dates.introduced?.description),
            ("enacted", metadata.dates.enacted?.description), ("effective", metadata.dates.effective?.description),
        ]
        for (role, value) in properties {
            if let value { xml.line("property", [("role", "enact:\(role)")], text: value) }
        }
        xml.close()
        // Front and back matter kept whole from a USLM document: a preface before <main>, the rest (its own long
        // title, resolving clause, sidenotes) at the start of <main>; at its end, or after it for what stood there.
        let cover = document.cover.filter { $0.format == USLMFormat.name }
        let closing = document.closing.filter { $0.format == USLMFormat.name }
        func outsideMain(_ kept: PreservedMarkup) -> Bool { USLMFormat.besideMain.contains(kept.elementName) }
        for kept in cover where outsideMain(kept) { xml.markup(kept.markup) }
        xml.open("main")
        let isLongTitle = { (kept: PreservedMarkup) in kept.elementName == "longTitle" }
        if let longTitle = cover.first(where: isLongTitle) {
            xml.markup(longTitle.markup)
        } else {
            xml.open("longTitle")
            xml.line(
                "docTitle",
                text: designations.wording.isJapanese ? (enacted ? "法律" : "法律案") : (enacted ? "AN ACT" : "A BILL"))
            xml.line("officialTitle", text: metadata.title ?? "")
            if let short = metadata.shortTitle { xml.line("shortTitle", text: short) }
            xml.close()
        }
        if let formula = document.enactingFormula { xml.line("enactingFormula", inline: inline(formula, from: nil)) }
        if !document.preamble.isEmpty {
            xml.open("preamble")
            for paragraph in document.preamble { xml.line("recital", inline: inline(paragraph, from: nil)) }
            xml.close()
        }
        // What stood between the long title and the provisions (a resolving clause, a sidenote, a collection).
        for kept in cover where !outsideMain(kept) && !isLongTitle(kept) { xml.markup(kept.markup) }
        writeDivisions(part: .body)
        for (index, group) in document.supplementaryProvisions.enumerated() {
            let eId = Document.supplementaryEId(index)
            xml.open("level", [("class", "supplementaryProvisions"), ("identifier", identifiers[eId])])
            xml.line("heading", text: designations.supplementaryTitle(group))
            if group.divisions.isEmpty { xml.line("content", text: "") }
            writeDivisions(part: .supplementary(index))
            xml.close()
        }
        for (index, schedule) in document.schedules.enumerated() {
            xml.open(
                "level",
                [("class", "schedule"), ("identifier", identifiers[Document.scheduleEId(schedule, index: index)])])
            if let number = schedule.number {
                xml.line("num", [("value", number.description)], text: designations.scheduleNumber(number))
            }
            if let heading = schedule.heading { xml.line("heading", text: heading) }
            xml.open("content")
            for line in schedule.lines { xml.line("p", inline: inline(line, from: nil)) }
            xml.close()
            xml.close()
        }
        for kept in closing where !outsideMain(kept) { xml.markup(kept.markup) }
        xml.close()
        for kept in closing where outsideMain(kept) { xml.markup(kept.markup) }
        xml.close()
    }

    private mutating func writeDivisions(part: DivisionContext.Part) {
        var writer = self
        document.walk(
            part: part,
            { division, context in
                let mapped = USLMIdentifiers.element(for: division.kind, in: writer.designations.tradition)
                let source = division.sourceElement
                let name = source?.name ?? mapped.name
                var attributes: [(String, String?)] = [("class", source == nil ? mapped.className : nil)]
                attributes += (source?.attributes ?? [:]).sorted { $0.key < $1.key }.map {
                    ($0.key, Optional($0.value))
                }
                attributes += [
                    ("id", context.eId.rawValue), ("identifier", source == nil ? writer.identifiers[context.eId] : nil),
                    ("status", division.isRepealed ? "repealed" : nil),
                ]
                writer.xml.open(name, attributes)
                if division.number != nil, division.writtenDesignation != "" {
                    let label = writer.designations.designation(of: division, context: context) ?? ""
                    writer.xml.line(
                        "num", [("value", USLMIdentifiers.value(of: division, in: writer.designations.tradition))],
                        text: label)
                }
                if let heading = division.heading { writer.xml.line("heading", text: heading) }
                let origin = writer.resolved.origin(of: division, in: context)
                let text = division.isRepealed ? [Inline.text(writer.designations.repealedWord)] : division.content
                if division.isRepealed, division.heading != nil {
                    // The US Code states the repeal in the heading ("Repealed. Pub. L. …") and has no text.
                } else if division.children.isEmpty, !text.contains(where: Self.isContinuation) {
                    writer.xml.line("content", inline: writer.inline(text, from: origin))
                } else if !text.filter(Self.isWrittenInline).isEmpty {
                    writer.xml.line("chapeau", inline: writer.inline(text, from: origin))
                }
                // Elements kept whole from a USLM document that have no place in text, after it.
                for case .preserved(let kept) in text
                where kept.format == USLMFormat.name && !Self.standsInText(kept)
                    && kept.elementName != "continuation"
                {
                    writer.xml.markup(kept.markup)
                }
                writer.writeNotes(division)
            },
            leave: { division, _ in
                // Text after the subdivisions, kept whole from a USLM document.
                for case .preserved(let kept) in division.content
                where kept.format == USLMFormat.name && kept.elementName == "continuation" {
                    writer.xml.markup(kept.markup)
                }
                // The document's own source credits and notes, as it wrote them, after the subdivisions.
                for case .asWritten(let kept) in division.annotations where kept.format == USLMFormat.name {
                    writer.xml.markup(kept.markup)
                }
                writer.xml.close()
            })
        self = writer
    }

    private mutating func writeNotes(_ division: Division) {
        // Notes kept whole from a USLM 2 document are written as they were, after the subdivisions.
        let ownNotes = division.annotations.filter {
            if case .asWritten(let kept) = $0, kept.format == USLMFormat.name { false } else { true }
        }
        guard !ownNotes.isEmpty else { return }
        xml.open("notes")
        for annotation in ownNotes {
            switch annotation {
            case .note, .asWritten:
                xml.open("drafterNote")
                xml.line("p", text: annotation.noteText ?? "")
                xml.close()
            case .correspondsTo(let work):
                xml.open("note", [("role", "correspondsTo")])
                xml.line(
                    "p",
                    inline: "<ref href=\"\(XMLTextWriter.escapedAttribute(work))\">\(XMLTextWriter.escaped(work))</ref>"
                )
                xml.close()
            }
        }
        xml.close()
    }

    /// Whether an inline goes into the text (elements kept whole from USLM are written beside it).
    private static func isWrittenInline(_ inline: Inline) -> Bool {
        if case .preserved(let kept) = inline, kept.format == USLMFormat.name { return standsInText(kept) }
        return true
    }

    /// Whether an inline is a continuation kept from a USLM document: text after the subdivisions, which follows
    /// a chapeau rather than content.
    private static func isContinuation(_ inline: Inline) -> Bool {
        if case .preserved(let kept) = inline { return kept.elementName == "continuation" }
        return false
    }

    /// Whether markup kept from a USLM document stands inside text (a quoted provision, a table).
    private static func standsInText(_ kept: PreservedMarkup) -> Bool {
        USLMFormat.keptInText.contains(kept.elementName)
    }

    private func inline(_ inlines: [Inline], from origin: CitationOrigin?) -> String {
        var text = ""
        for inline in inlines where Self.isWrittenInline(inline) {
            switch inline {
            case .text(let plain): text += XMLTextWriter.escaped(plain)
            case .reference(let reference):
                let href: String =
                    switch reference.target {
                    case .label(let label): resolved.targets[label].flatMap { identifiers[$0.eId] } ?? "#\(label)"
                    case .external(let uri): uri
                    }
                text +=
                    "<ref href=\"\(XMLTextWriter.escapedAttribute(href))\">\(XMLTextWriter.escaped(resolved.text(of: reference, from: origin)))</ref>"
            case .definition(let definition):
                let role = termRoles[ResolvedDocument.normalisedTerm(definition.term)]
                text +=
                    "<term" + XMLTextWriter.attributes([("role", role)])
                    + ">\(XMLTextWriter.escaped(definition.term))</term>"
            case .termUse(let use):
                let role = termRoles[ResolvedDocument.normalisedTerm(use.term)]
                text +=
                    "<inline" + XMLTextWriter.attributes([("class", "termUse"), ("role", role)])
                    + ">\(XMLTextWriter.escaped(use.shownText))</inline>"
            case .emphasis(let emphasis): text += "<i>\(XMLTextWriter.escaped(emphasis))</i>"
            case .date(let date): text += "<date date=\"\(date.date)\">\(XMLTextWriter.escaped(date.shownText))</date>"
            case .ruby(let ruby):
                text +=
                    "<inline class=\"ruby\">\(XMLTextWriter.escaped(ruby.base))<inline class=\"rt\">\(XMLTextWriter.escaped(ruby.reading))</inline></inline>"
            case .preserved(let preserved) where preserved.format == USLMFormat.name:
                text += preserved.markup
            case .preserved(let preserved):
                text += preserved.text.split(separator: "\n", omittingEmptySubsequences: false).map {
                    XMLTextWriter.escaped(String($0))
                }.joined(separator: "<br/>")
            }
        }
        return text
    }
}
