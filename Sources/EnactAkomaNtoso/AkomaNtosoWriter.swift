import EnactCore
import EnactXML

/// Writes a document as Akoma Ntoso 3.0: `<bill>` or `<act>` by status, complete FRBR identification,
/// `<references>` with TLC entries, an eId on every hierarchical element, `<ref href>` for cross-references,
/// `<def>`/`<term refersTo>` for defined terms, preface and preamble, 附則 and schedules as named `hcontainer`s.
///
/// ```swift
/// let xml = try AkomaNtosoWriter().write(ResolvedDocument(document), file: "act.enact")
/// ```
public struct AkomaNtosoWriter: Sendable {

    public init() {}

    /// The document as Akoma Ntoso XML; throws when its metadata lacks what FRBR identification requires.
    public func write(_ resolved: ResolvedDocument, file: String) throws(DiagnosticError) -> String {
        let identification = try AkomaNtosoIdentification(resolved.document.metadata, file: file)
        var writer = Writer(resolved: resolved, identification: identification)
        writer.write()
        return writer.xml.output
    }

    /// The main provisions of `resolved` as Akoma Ntoso elements, as a document that quotes them holds them (a
    /// `<quotedStructure>`): every eId, and every link to one, begins with `eIdPrefix`, so that they stay unique
    /// in the quoting document.
    public func writeProvisions(_ resolved: ResolvedDocument, eIdPrefix: String) -> String {
        var writer = Writer(resolved: resolved, identification: nil, eIdPrefix: eIdPrefix)
        writer.writeDivisions(part: .body)
        return writer.xml.output
    }
}

private struct Writer {
    let resolved: ResolvedDocument
    /// Nil for a fragment, which has no identification of its own.
    let identification: AkomaNtosoIdentification?
    /// What every eId written begins with (a fragment's, quoted in another document).
    let eIdPrefix: String
    let designations: Designations
    let inlines: AkomaNtosoInlineWriter
    let termIDs: [(key: String, id: String, term: String)]
    var xml = XMLTextWriter(comment: "\(GeneratedMarker.text); edit the source, not this file")
    var notes: [(eId: String, target: String, kind: String, text: String)] = []

    init(resolved: ResolvedDocument, identification: AkomaNtosoIdentification?, eIdPrefix: String = "") {
        self.resolved = resolved
        self.identification = identification
        self.eIdPrefix = eIdPrefix
        if identification == nil { xml = XMLTextWriter(declaration: false) }
        self.designations = Designations(resolved)
        let ordered = resolved.definitions.sorted { $0.value.anchorID < $1.value.anchorID }
        self.termIDs = ordered.enumerated().map { (index, entry) in (entry.key, "term_\(index + 1)", entry.value.term) }
        self.inlines = AkomaNtosoInlineWriter(
            resolved: resolved, termIDs: Dictionary(uniqueKeysWithValues: termIDs.map { ($0.key, $0.id) }),
            eIdPrefix: eIdPrefix)
        var found: [(String, String, String, String)] = []
        resolved.document.walkDivisions { division, context in
            for annotation in division.annotations {
                let eId = "note_\(found.count + 1)"
                switch annotation {
                case .note, .asWritten, .headnote, .writtenHeading, .unprintedRepeal:
                    guard annotation.noteText != nil else { continue }
                    found.append((eId, context.eId.rawValue, "drafterNote", annotation.noteText ?? ""))
                case .correspondsTo(let work): found.append((eId, context.eId.rawValue, "correspondsTo", work))
                }
            }
        }
        self.notes = found
    }

    var document: Document { resolved.document }

    mutating func write() {
        let isAct =
            document.metadata.status.map { [.enacted, .inForce, .repealed].contains($0) }
            ?? (document.metadata.kind == .act)
        let documentType = isAct ? "act" : "bill"
        xml.open(AkomaNtosoFormat.rootName, [("xmlns", AkomaNtosoFormat.namespace)])
        // The elements that enclosed an imported document of a collection, with the rest of the collection.
        let enclosures = document.enclosures.filter { enclosure in
            (enclosure.before + enclosure.after).allSatisfy { $0.format == AkomaNtosoFormat.name }
        }
        for enclosure in enclosures {
            if let element = enclosure.element {
                xml.open(element.name, element.attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            }
            enclosure.before.forEach { xml.markup($0.markup) }
        }
        xml.open(
            documentType, [("name", document.metadata.kind?.rawValue ?? documentType), ("contains", "originalVersion")])
        writeMeta()
        // A cover page and preface kept from an Akoma Ntoso document stand for the generated preface (and a
        // document that had none gets none).
        if let cover = document.keptCover(for: AkomaNtosoFormat.name) {
            cover.forEach { xml.markup($0.markup) }
        } else {
            writePreface()
        }
        writePreamble()
        xml.open("body")
        writeDivisions(part: .body)
        for (index, group) in document.supplementaryProvisions.enumerated() {
            xml.open(
                "hcontainer", [("eId", Document.supplementaryEId(index).rawValue), ("name", "supplementaryProvisions")])
            xml.line("heading", text: designations.supplementaryTitle(group))
            if group.divisions.isEmpty {
                xml.open("content")
                xml.line("p", text: "")
                xml.close()
            } else {
                writeDivisions(part: .supplementary(index))
            }
            xml.close()
        }
        for (index, schedule) in document.schedules.enumerated() {
            xml.open(
                "hcontainer", [("eId", Document.scheduleEId(schedule, index: index).rawValue), ("name", "schedule")])
            if let number = schedule.number { xml.line("num", text: designations.scheduleNumber(number)) }
            if let heading = schedule.heading { xml.line("heading", text: heading) }
            xml.open("content")
            for line in schedule.lines.isEmpty ? [[]] : schedule.lines {
                xml.line("p", inline: inlines.write(line, from: nil))
            }
            xml.close()
            xml.close()
        }
        xml.close()
        for part in document.closing where part.format == AkomaNtosoFormat.name { xml.markup(part.markup) }
        xml.close()
        for enclosure in enclosures.reversed() {
            enclosure.after.forEach { xml.markup($0.markup) }
            if enclosure.element != nil { xml.close() }
        }
        xml.close()
    }

    // MARK: Metadata

    private mutating func writeMeta() {
        guard let id = identification else { return }
        let author = "#" + authorID
        xml.open("meta")
        xml.open("identification", [("source", "#enact")])
        xml.open("FRBRWork")
        xml.empty("FRBRthis", [("value", id.work + "/!main")])
        xml.empty("FRBRuri", [("value", id.work)])
        xml.empty("FRBRdate", [("date", id.date.description), ("name", id.dateName)])
        xml.empty("FRBRauthor", [("href", author)])
        xml.empty("FRBRcountry", [("value", id.country)])
        if let number = document.metadata.number { xml.empty("FRBRnumber", [("value", number)]) }
        if let title = document.metadata.shortTitle ?? document.metadata.title {
            xml.empty("FRBRname", [("value", title)])
        }
        xml.close()
        xml.open("FRBRExpression")
        xml.empty("FRBRthis", [("value", id.expression + "/!main")])
        xml.empty("FRBRuri", [("value", id.expression)])
        xml.empty("FRBRdate", [("date", id.date.description), ("name", id.dateName)])
        xml.empty("FRBRauthor", [("href", author)])
        xml.empty("FRBRlanguage", [("language", id.language)])
        xml.close()
        xml.open("FRBRManifestation")
        xml.empty("FRBRthis", [("value", id.expression + "/!main.akn")])
        xml.empty("FRBRuri", [("value", id.manifestation)])
        xml.empty("FRBRdate", [("date", id.date.description), ("name", "generated")])
        xml.empty("FRBRauthor", [("href", "#enact")])
        xml.close()
        xml.close()
        xml.open("references", [("source", "#enact")])
        xml.empty("TLCOrganization", [("eId", "enact"), ("href", "/ontology/organization/enact"), ("showAs", "Enact")])
        xml.empty(
            "TLCOrganization",
            [
                ("eId", authorID), ("href", "/ontology/organization/\(id.country)/\(authorID)"), ("showAs", authorName),
            ])
        for term in termIDs {
            xml.empty(
                "TLCTerm",
                [("eId", term.id), ("href", "/ontology/term/\(id.country)/\(term.id)"), ("showAs", term.term)])
        }
        xml.close()
        if !notes.isEmpty {
            xml.open("notes", [("source", "#enact")])
            for note in notes {
                xml.open("note", [("eId", note.eId), ("class", note.kind), ("refersTo", "#" + note.target)])
                if note.kind == "correspondsTo" {
                    xml.line(
                        "p",
                        inline:
                            "<ref href=\"\(XMLTextWriter.escapedAttribute(note.text))\">\(XMLTextWriter.escaped(note.text))</ref>"
                    )
                } else {
                    xml.line("p", text: note.text)
                }
                xml.close()
            }
            xml.close()
        }
        xml.close()
    }

    /// The legislature as the work's author.
    private var authorID: String {
        switch identification?.country {
        case "jp": "diet"
        case "us": "congress"
        case "kr": "nationalAssembly"
        default: "parliament"
        }
    }

    private var authorName: String {
        switch identification?.country {
        case "jp": designations.wording.isJapanese ? "国会" : "National Diet"
        case "us": "United States Congress"
        case "kr": "National Assembly"
        default: "Parliament"
        }
    }

    private mutating func writePreface() {
        let metadata = document.metadata
        xml.open("preface")
        xml.open("longTitle")
        xml.line(
            "p", inline: "<docTitle>\(XMLTextWriter.escaped(metadata.title ?? metadata.shortTitle ?? ""))</docTitle>")
        xml.close()
        if let number = metadata.number {
            xml.line("p", inline: "<docNumber>\(XMLTextWriter.escaped(number))</docNumber>")
        }
        if let session = metadata.session {
            xml.line(
                "p",
                inline:
                    "<session value=\"\(XMLTextWriter.escapedAttribute(session))\">\(XMLTextWriter.escaped(session))</session>"
            )
        }
        if let status = metadata.status { xml.line("p", inline: "<docStatus>\(status.rawValue)</docStatus>") }
        for sponsor in metadata.sponsors {
            xml.line("p", inline: "<docProponent>\(XMLTextWriter.escaped(sponsor))</docProponent>")
        }
        xml.close()
    }

    private mutating func writePreamble() {
        guard document.enactingFormula != nil || !document.preamble.isEmpty else { return }
        xml.open("preamble")
        for paragraph in document.preamble {
            // A block kept whole from an Akoma Ntoso preamble (its recitals) stands in its place.
            if paragraph.count == 1, case .preserved(let kept) = paragraph[0], kept.format == AkomaNtosoFormat.name,
                !KeptBlocks.inlineElements.contains(kept.elementName)
            {
                xml.markup(kept.markup)
            } else {
                xml.line("p", inline: inlines.write(paragraph, from: nil))
            }
        }
        if let formula = document.enactingFormula {
            xml.open("formula", [("name", "enactingFormula")])
            xml.line("p", inline: inlines.write(formula, from: nil))
            xml.close()
        }
        xml.close()
    }

    // MARK: Divisions

    mutating func writeDivisions(part: DivisionContext.Part) {
        var writer = self
        document.walk(
            part: part,
            { division, context in
                let source = division.sourceElement
                if source?.isKeptWhole == true {
                    // Kept whole from an Akoma Ntoso document: the element in its place, and nothing else.
                    for case .preserved(let kept) in division.content where kept.format == AkomaNtosoFormat.name {
                        writer.xml.markup(kept.markup)
                    }
                    return
                }
                var attributes: [(String, String?)] = [("eId", writer.eIdPrefix + context.eId.rawValue)]
                attributes += (source?.attributes ?? [:]).sorted { $0.key < $1.key }.map {
                    ($0.key, Optional($0.value))
                }
                attributes.append(("status", division.isRepealed ? "removed" : nil))
                writer.xml.open(source?.name ?? division.kind.akomaNtosoElement, attributes)
                if let label = writer.designations.designation(of: division, context: context) {
                    writer.xml.line("num", text: label)
                }
                if let heading = division.heading { writer.xml.line("heading", text: heading) }
                let text = writer.designations.printedText(of: division)
                let origin = writer.resolved.origin(of: division, in: context)
                let kept = KeptBlocks.split(text)
                // A division whose text is only kept elements that stand beside it (a component reference)
                // has no content of its own.
                let onlyBeside = kept.blocks.isEmpty && (!kept.beside.isEmpty || !kept.after.isEmpty)
                // A repeal the document printed no word for has no content either.
                let unprinted = division.isRepealed && text.isEmpty
                if (division.children.isEmpty && !onlyBeside && !unprinted) || !kept.blocks.isEmpty {
                    writer.xml.open(division.children.isEmpty ? "content" : "intro")
                    for block in kept.blocks.isEmpty ? [.text([])] : kept.blocks {
                        switch block {
                        case .text(let run): writer.xml.line("p", inline: writer.inlines.write(run, from: origin))
                        case .kept(let markup): writer.xml.markup(markup)
                        }
                    }
                    writer.xml.close()
                }
                for markup in kept.beside { writer.xml.markup(markup) }
            },
            leave: { division, _ in
                guard division.sourceElement?.isKeptWhole != true else { return }
                for markup in KeptBlocks.after(division.content) { writer.xml.markup(markup) }
                writer.xml.close()
            })
        self = writer
    }
}
