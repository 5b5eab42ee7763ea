import EnactCore
import EnactXML

/// Writes a document as USLM 2.x, the format of US bills and public laws: `<bill>` or `<pLaw>` by status,
/// Dublin Core metadata, `identifier` paths on every level (`/us/bill/119/hr/2026/s3/b/1`), `<num value>`,
/// `<heading>`, `<content>` or `<chapeau>` with the levels below, `<ref href>` for cross-references and
/// `<term>` for defined terms. Drafter's notes become `<drafterNote>`s.
public struct USLMWriter: Sendable {
    /// The version written: USLM 2, or USLM 1 for the US Code titles that come in it.
    public var version: USLMFormat.Version

    public init(version: USLMFormat.Version = .two) {
        self.version = version
    }

    /// The document as USLM; throws when it has no work identifier to build identifiers from.
    public func write(_ resolved: ResolvedDocument, file: String) throws(DiagnosticError) -> String {
        guard let work = resolved.document.metadata.work else {
            throw DiagnosticError(
                Diagnostic(
                    .missingMetadata,
                    "USLM needs a work identifier for its identifier paths: add 'work:' to the front matter",
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
        var writer = Writer(resolved: resolved, base: USLMIdentifiers.base(for: work), version: version)
        writer.write()
        return writer.xml.output
    }

    /// The main provisions of `resolved` as USLM elements, as a bill quotes them (`<quotedContent>`): without
    /// identifier paths, which name provisions of the law they will be part of, and with every id beginning with
    /// `idPrefix`, so that they stay unique in the quoting bill.
    public func writeProvisions(_ resolved: ResolvedDocument, idPrefix: String) -> String {
        var writer = Writer(resolved: resolved, base: nil, version: version, idPrefix: idPrefix)
        writer.writeDivisions(part: .body)
        return writer.xml.output
    }
}

private struct Writer {
    let resolved: ResolvedDocument
    /// The identifier path of the document; nil for provisions quoted in another, which have none.
    let base: String?
    let version: USLMFormat.Version
    /// What every id written begins with (provisions quoted in another document).
    let idPrefix: String
    /// The format name of the markup kept from a document of this version, which is written back as it was.
    var keptFormat: String { version.formatName }
    let designations: Designations
    var xml = XMLTextWriter(comment: "\(GeneratedMarker.text); edit the source, not this file")
    /// The identifier path of every division, by eId, so that references can point at their target.
    let identifiers: [EId: String]
    /// A short role naming each defined term (`term3`), by normalised term, linking uses to the definition.
    let termRoles: [String: String]

    init(resolved: ResolvedDocument, base: String?, version: USLMFormat.Version, idPrefix: String = "") {
        self.resolved = resolved
        self.base = base
        self.version = version
        self.idPrefix = idPrefix
        if base == nil { xml = XMLTextWriter(declaration: false) }
        self.designations = Designations(resolved)
        self.identifiers = base.map { USLMIdentifiers.paths(for: resolved.document, base: $0) } ?? [:]
        let ordered = resolved.definitions.sorted { $0.value.anchorID < $1.value.anchorID }
        self.termRoles = Dictionary(
            uniqueKeysWithValues: ordered.enumerated().map { ($0.element.key, "term\($0.offset + 1)") })
    }

    var document: Document { resolved.document }

    mutating func write() {
        let metadata = document.metadata
        let enacted = metadata.status.map { [.enacted, .inForce, .repealed].contains($0) } ?? (metadata.kind == .act)
        // A title of the US Code is a `uscDoc` (named by its identifier), in either version.
        let isCodeTitle = metadata.work?.description.hasPrefix("/us/usc/") ?? false
        let root =
            isCodeTitle ? "uscDoc" : enacted ? (version == .one ? "statute" : "pLaw") : "bill"
        xml.open(
            root,
            [
                ("xmlns", version.namespace), ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
                ("xml:lang", metadata.language ?? "en"), ("identifier", isCodeTitle ? metadata.work?.description : nil),
            ])
        xml.open("meta")
        xml.line("dc:title", text: metadata.title ?? "")
        xml.line("dc:type", text: isCodeTitle ? "USCTitle" : enacted ? "Public Law" : "Bill")
        if let number = metadata.number { xml.line("docNumber", text: number) }
        // USLM 1's metadata is Dublin Core and properties: what USLM 2 has elements for is a property there.
        if version == .two {
            xml.line("citableAs", text: base ?? "")
            if let status = metadata.status { xml.line("docStage", text: status.rawValue) }
            if let session = metadata.session { xml.line("session", text: session) }
        }
        xml.line("dc:language", text: (metadata.language ?? "en").uppercased())
        if version == .two { xml.line("processedBy", text: "Enact") }
        // What USLM has no element for, so that Enact reads its own USLM back into the same document.
        let properties: [(String, String?)] =
            [
                ("status", version == .one ? metadata.status?.rawValue : nil),
                ("session", version == .one ? metadata.session : nil),
                ("jurisdiction", metadata.jurisdiction), ("language", metadata.language),
                ("tradition", metadata.tradition?.rawValue),
                ("kind", metadata.kind?.rawValue), ("work", metadata.work?.description),
                ("shortTitle", metadata.shortTitle),
            ] + metadata.dates.present.map { ($0.key, $0.date.description) }
        for (role, value) in properties {
            if let value { xml.line("property", [("role", "enact:\(role)")], text: value) }
        }
        xml.close()
        // Front and back matter kept whole from a USLM document: a preface before <main>, the rest (its own long
        // title, resolving clause, sidenotes) at the start of <main>; at its end, or after it for what stood there.
        // A document kept without a long title (a US Code title, a CFR volume) is written without one.
        let keptCover = document.keptCover(for: keptFormat)
        let cover = keptCover ?? []
        let closing = document.closing.filter { $0.format == keptFormat }
        func outsideMain(_ kept: PreservedMarkup) -> Bool { USLMFormat.besideMain.contains(kept.elementName) }
        for kept in cover where outsideMain(kept) { xml.markup(kept.markup) }
        xml.open("main")
        let isLongTitle = { (kept: PreservedMarkup) in kept.elementName == "longTitle" }
        if let longTitle = cover.first(where: isLongTitle) {
            xml.markup(longTitle.markup)
        } else if keptCover == nil {
            let docTitle =
                designations.wording.isJapanese ? (enacted ? "法律" : "法律案") : (enacted ? "AN ACT" : "A BILL")
            if version == .one {
                // USLM 1's document title and long title are statements of their own.
                xml.line("docTitle", text: docTitle)
                xml.line("longTitle", text: metadata.title ?? "")
            } else {
                xml.open("longTitle")
                xml.line("docTitle", text: docTitle)
                xml.line("officialTitle", text: metadata.title ?? "")
                if let short = metadata.shortTitle { xml.line("shortTitle", text: short) }
                xml.close()
            }
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

    mutating func writeDivisions(part: DivisionContext.Part) {
        var writer = self
        document.walk(
            part: part,
            { division, context in
                if division.sourceElement?.isKeptWhole == true {
                    // Kept whole from a USLM document: the element in its place, and nothing else.
                    for case .preserved(let kept) in division.content where kept.format == writer.keptFormat {
                        writer.xml.markup(kept.markup)
                    }
                    return
                }
                let mapped = USLMIdentifiers.element(for: division.kind, in: writer.designations.tradition)
                let source = division.sourceElement
                let name = source?.name ?? mapped.name
                var attributes: [(String, String?)] = [("class", source == nil ? mapped.className : nil)]
                attributes += (source?.attributes ?? [:]).sorted { $0.key < $1.key }.filter {
                    writer.base != nil || $0.key != "identifier"
                }.map { ($0.key, Optional($0.value)) }
                attributes += [
                    ("id", writer.idPrefix + context.eId.rawValue),
                    ("identifier", source == nil ? writer.identifiers[context.eId] : nil),
                    ("status", division.isRepealed ? "repealed" : nil),
                ]
                writer.xml.open(name, attributes)
                if division.number != nil, division.writtenDesignation != "" {
                    let label = writer.designations.designation(of: division, context: context) ?? ""
                    writer.xml.line(
                        "num", [("value", writer.designations.tradition.numeral(of: division))],
                        text: label)
                }
                let writtenHeading = division.annotations.lazy.compactMap(\.writtenHeading).first {
                    $0.format == writer.keptFormat
                }
                if let written = writtenHeading {
                    writer.xml.markup(written.markup)
                } else if let heading = division.heading {
                    writer.xml.line("heading", text: heading)
                }
                let origin = writer.resolved.origin(of: division, in: context)
                let text = writer.designations.printedText(of: division)
                let written = text.filter(writer.isWrittenInline)
                // Elements kept whole from a USLM document that have no place in text: before it when they
                // stood before it (a sidenote after the number), after it otherwise.
                let ownFormat = writer.keptFormat
                let apart: (Inline) -> PreservedMarkup? = { inline in
                    guard case .preserved(let kept) = inline, kept.format == ownFormat, !Self.standsInText(kept),
                        kept.elementName != "continuation"
                    else { return nil }
                    return kept
                }
                let leading = text.prefix { apart($0) != nil }.compactMap(apart)
                // (Those that stood before the heading were written with it.)
                for kept in leading where !(writtenHeading?.markup.contains(kept.markup) ?? false) {
                    writer.xml.markup(kept.markup)
                }
                if division.isRepealed, division.heading != nil, division.content.isEmpty {
                    // The US Code states the repeal in the heading ("Repealed. Pub. L. …") and has no text.
                } else if division.children.isEmpty, !text.contains(where: Self.isContinuation),
                    !written.isEmpty || written.count == text.count
                {
                    // (A division whose only text is kept elements, a table of contents, has no content.)
                    writer.xml.line("content", inline: writer.inline(text, from: origin))
                } else if !written.isEmpty {
                    writer.xml.line("chapeau", inline: writer.inline(text, from: origin))
                }
                for kept in text.dropFirst(leading.count).compactMap(apart) { writer.xml.markup(kept.markup) }
                // The document's own notes that stood before the subdivisions.
                for case .headnote(let kept) in division.annotations where kept.format == writer.keptFormat {
                    writer.xml.markup(kept.markup)
                }
                writer.writeNotes(division)
            },
            leave: { division, _ in
                guard division.sourceElement?.isKeptWhole != true else { return }
                // Text after the subdivisions, kept whole from a USLM document.
                for case .preserved(let kept) in division.content
                where kept.format == keptFormat && kept.elementName == "continuation" {
                    writer.xml.markup(kept.markup)
                }
                // The document's own source credits and notes, as it wrote them, after the subdivisions.
                for case .asWritten(let kept) in division.annotations where kept.format == keptFormat {
                    writer.xml.markup(kept.markup)
                }
                writer.xml.close()
            })
        self = writer
    }

    private mutating func writeNotes(_ division: Division) {
        // Notes kept whole from a USLM 2 document are written as they were, after the subdivisions.
        let ownNotes = division.annotations.filter {
            switch $0 {
            case .asWritten(let kept), .headnote(let kept): kept.format != keptFormat
            case .note, .correspondsTo: true
            case .writtenHeading, .unprintedRepeal: false
            }
        }
        guard !ownNotes.isEmpty else { return }
        xml.open("notes")
        for annotation in ownNotes {
            switch annotation {
            case .note, .asWritten, .headnote, .writtenHeading, .unprintedRepeal:
                // USLM 1 has no drafter's note element: a note in that role.
                xml.open(version == .one ? "note" : "drafterNote", [("role", version == .one ? "drafterNote" : nil)])
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
    private func isWrittenInline(_ inline: Inline) -> Bool {
        if case .preserved(let kept) = inline, kept.format == keptFormat { return Self.standsInText(kept) }
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
        for inline in inlines where isWrittenInline(inline) {
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
            case .preserved(let preserved) where preserved.format == keptFormat:
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
