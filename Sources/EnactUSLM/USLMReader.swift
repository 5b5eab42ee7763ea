import EnactCore
import EnactXML

/// Reads USLM 1 (the US Code, `uscDoc`) and USLM 2 (bills, public laws) into the model: Dublin Core metadata,
/// the levels from title to subitem with their `num value`s, headings, `chapeau`/`content` text with
/// references, dates and defined terms, and source credits and notes as annotations.
///
/// What the model cannot hold exactly is reported as a warning with its line, and its text is kept.
public struct USLMReader: Sendable {
    public init() {}

    /// The document and the warnings about what could not be mapped exactly.
    public func read(_ xml: ParsedXML) throws(DiagnosticError) -> (Document, [Diagnostic]) {
        guard let root = xml.root, let main = root.element("main") else {
            throw DiagnosticError(
                Diagnostic(
                    .unknownXmlFormat, "a USLM document needs a <main> element",
                    at: SourceLocation(file: xml.file, line: 1, column: 1)))
        }
        let properties = Reader.properties(in: root.element("meta"))
        let tradition =
            properties["tradition"].flatMap(TraditionID.init(rawValue:))
            ?? properties["jurisdiction"].map(TraditionID.forJurisdiction) ?? .us
        var reader = Reader(tradition: Tradition.named(tradition))
        reader.keptFormat = (USLMFormat.version(ofNamespace: root.namespace) ?? .two).formatName
        reader.collectIdentifiers(main)
        var document = reader.read(root: root, main: main)
        Reader.apply(properties, to: &document.metadata)
        return (document, reader.warnings)
    }
}

private struct Reader {
    let tradition: Tradition
    /// The name kept markup carries: USLM 1 elements are written back only by a USLM 1 writer.
    var keptFormat = USLMFormat.name
    /// What `<main>` holds before and after its provisions that the model has no place for.
    private var mainCover: [PreservedMarkup] = []
    private var mainClosing: [PreservedMarkup] = []
    var warnings: [Diagnostic] = []
    /// The `id` of each level by its identifier path, so that references to levels of this document read as
    /// internal references.
    private var idsByIdentifier: [String: String] = [:]
    /// The defined term each `<term role>` names, so that `<inline class="termUse" role>` reads as a use of it.
    private var termsByRole: [String: String] = [:]

    init(tradition: Tradition) {
        self.tradition = tradition
    }

    /// Elements a division or `<main>` reads itself.
    static let handled: Set<String> = [
        "longTitle", "enactingFormula", "preamble", "num", "heading", "content", "chapeau", "continuation", "notes",
        "note", "drafterNote", "sourceCredit",
    ]

    static let kinds: [String: DivisionKind] = [
        "title": .title, "subtitle": .subtitle, "chapter": .chapter, "subchapter": .subchapter, "part": .part,
        "subpart": .subpart, "division": .division, "subdivision": .subdivision, "section": .section,
        "subsection": .subsection, "paragraph": .paragraph, "subparagraph": .subparagraph, "clause": .clause,
        "subclause": .subclause, "item": .item, "subitem": .subitem, "article": .article, "subsubitem": .subitem2,
    ]

    /// Enact's own properties in `<meta>` (`<property role="enact:work">`), by name.
    static func properties(in meta: XMLElement?) -> [String: String] {
        var found: [String: String] = [:]
        for property in meta?.elements ?? [] where property.name == "property" {
            guard let role = property.attribute("role"), role.hasPrefix("enact:") else { continue }
            found[String(role.dropFirst("enact:".count))] = property.text
        }
        return found
    }

    /// Metadata that USLM has no element for, from Enact's properties.
    static func apply(_ properties: [String: String], to metadata: inout Metadata) {
        if let value = properties["jurisdiction"] { metadata.jurisdiction = value }
        if let value = properties["language"] { metadata.language = value }
        if let value = properties["tradition"] { metadata.tradition = TraditionID(rawValue: value) }
        if let value = properties["kind"] { metadata.kind = DocumentKind(rawValue: value) }
        if let value = properties["work"] { metadata.work = WorkIdentifier(value) }
        if let value = properties["shortTitle"] { metadata.shortTitle = value }
        if let value = properties["status"] { metadata.status = DocumentStatus(rawValue: value) }
        if let value = properties["session"] { metadata.session = value }
        // Enact's own dates, when it wrote them, are the document's dates.
        if Metadata.Dates.keys.contains(where: { properties[$0] != nil }) { metadata.dates = Metadata.Dates() }
        for key in Metadata.Dates.keys {
            if let value = properties[key] { metadata.dates[key] = LegalDate(iso: value) }
        }
    }

    /// The dates a USLM document gives: the law's approval (`approvedDate`, or `dc:date` of an enacted law), a
    /// bill's first action (its introduction), and the date its publisher issued this text (a release point, the
    /// Code's `dcterms:created`, or GPO's `processedDate`).
    static func dates(meta: XMLElement?, preface: XMLElement?, enacted: Bool) -> Metadata.Dates {
        func isoDate(_ element: XMLElement?) -> LegalDate? {
            guard let element else { return nil }
            let written = element.attribute("date") ?? element.text.trimmedSpaces
            return LegalDate(iso: String(written.prefix(10)))
        }
        var dates = Metadata.Dates()
        // (A compilation of an enacted law gives the law's approval date too.)
        dates.enacted = isoDate(meta?.element("approvedDate")) ?? (enacted ? isoDate(meta?.element("date")) : nil)
        if dates.enacted == nil, !enacted {
            let firstAction = preface?.elements.first { $0.name == "action" && $0.element("date") != nil }
            dates.introduced = isoDate(firstAction?.element("date"))
        }
        if dates.principal == nil {
            dates.published =
                ["docReleasePoint", "created", "processedDate"].lazy.compactMap {
                    isoDate(meta?.element($0))
                }.first
        }
        return dates
    }

    /// Records the `id` of every level that has one, by its identifier path.
    mutating func collectIdentifiers(_ element: XMLElement) {
        for child in element.elements {
            if let identifier = child.attribute("identifier"), let id = child.attribute("id"), Label.isValid(id) {
                idsByIdentifier[identifier] = id
            }
            if child.name == "term", let role = child.attribute("role") { termsByRole[role] = child.text.trimmedSpaces }
            collectIdentifiers(child)
        }
    }

    mutating func read(root: XMLElement, main: XMLElement) -> Document {
        let meta = root.element("meta")
        // Every USLM document but a bill, a resolution or an amendment to one is law: a public or private law, a
        // Code title, a statute compilation, a CFR volume.
        let enacted = !["bill", "resolution", "amendment", "engrossedAmendment"].contains(root.name)
        var metadata = Metadata(
            kind: enacted ? .act : .bill, jurisdiction: "US",
            language: root.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace") ?? "en",
            tradition: .us, status: enacted ? .inForce : nil)
        metadata.title = meta?.element("title")?.text ?? main.element("longTitle")?.element("officialTitle")?.text
        metadata.number = meta?.element("docNumber")?.text
        metadata.session = meta?.element("session")?.text.trimmedSpaces
        if let stage = meta?.element("docStage")?.text.trimmedSpaces, let status = DocumentStatus(rawValue: stage) {
            metadata.status = status
        }
        metadata.dates = Self.dates(meta: meta, preface: root.element("preface"), enacted: enacted)
        metadata.work =
            (root.attribute("identifier") ?? main.attribute("identifier")).flatMap(WorkIdentifier.init)
            ?? firstIdentifier(in: main).flatMap(USLMIdentifiers.work(containing:))
            ?? Self.citedWork(meta)
        var document = Document(metadata: metadata)
        if let formula = main.element("enactingFormula") {
            document.enactingFormula = [.text(formula.text.trimmedSpaces)]
        }
        if let preamble = main.element("preamble") {
            document.preamble = preamble.elements.map { inlines($0) }
        }
        document.body = divisions(in: main)
        // The document's own front and back matter, kept whole: outside <main> (a preface, a legislative history,
        // an end marker) and inside it.
        let around = root.elements.filter { $0.name != "meta" && $0.name != "main" }
        let beforeMain = around.prefix { $0.line <= main.line }
        document.cover = beforeMain.map { kept($0) } + mainCover
        document.closing = mainClosing + around.dropFirst(beforeMain.count).map { kept($0) }
        for element in main.elements where element.name == "level" {
            switch element.attribute("class") {
            case "supplementaryProvisions":
                let heading = element.element("heading").map { Self.withoutWord($0.text.trimmedSpaces) } ?? nil
                document.supplementaryProvisions.append(
                    SupplementaryProvisions(
                        heading: heading, divisions: divisions(in: element), anchor: SourceAnchor(element.location)))
            case "schedule":
                let number = element.element("num")?.attribute("value").flatMap { Int($0) }.map(DivisionNumber.init)
                let lines = element.element("content")?.elements.map { inlines($0) } ?? []
                document.schedules.append(
                    Schedule(
                        numbering: number == nil ? .automatic : .explicit, number: number,
                        heading: element.element("heading").map { $0.text.trimmedSpaces }, lines: lines,
                        anchor: SourceAnchor(element.location)))
            default:
                break
            }
        }
        return document
    }

    /// The first identifier path in the document, depth first.
    private func firstIdentifier(in element: XMLElement) -> String? {
        for child in element.elements {
            if let identifier = child.attribute("identifier") ?? firstIdentifier(in: child) { return identifier }
        }
        return nil
    }

    /// The work a law cites itself as (`<citableAs>Public Law 113–44</citableAs>` → `/us/pl/113/44`), for a
    /// document whose levels carry no identifier paths.
    private static func citedWork(_ meta: XMLElement?) -> WorkIdentifier? {
        for cited in meta?.elements.filter({ $0.name == "citableAs" }) ?? [] {
            let words = cited.text.split(whereSeparator: { $0 == " " || $0 == "–" || $0 == "-" })
            if words.count == 4, words[0] == "Public" || words[0] == "Private", words[1] == "Law" {
                return WorkIdentifier("/us/\(words[0] == "Public" ? "pl" : "pvtl")/\(words[2])/\(words[3])")
            }
        }
        return nil
    }

    private mutating func divisions(in container: XMLElement) -> [Division] {
        var result: [Division] = []
        let elements = container.elements
        let lastLevel = elements.lastIndex { isLevel($0) } ?? -1
        for (index, element) in elements.enumerated() {
            if let previous = result.last, !isLevel(element),
                Self.standsAmongLevels(element) && (container.name != "main" || index < lastLevel)
                    || element.name == "continuation" && index < lastLevel
            {
                // Between two subdivisions, or after the last one (elided text, a table, a continuation followed by
                // more subdivisions): a division whose text is the element, kept whole in its place.
                warn(
                    element,
                    "<\(element.name)> among the subdivisions is kept whole for USLM, as a division holding its text for other formats"
                )
                var keptWhole = Division(kind: previous.kind, anchor: SourceAnchor(element.location))
                keptWhole.writtenDesignation = ""
                keptWhole.content = [.preserved(kept(element))]
                keptWhole.sourceElement = SourceElement(name: element.name, isKeptWhole: true)
                result.append(keptWhole)
            } else if element.name == "level", let className = element.attribute("class"),
                let kind = DivisionKind(rawValue: className),
                tradition.rank(of: kind) != nil
            {
                result.append(division(element, kind: kind))
            } else if element.name == "appropriations" {
                // An appropriations heading (with its text and paragraphs) groups what follows: an unnumbered
                // grouping that remembers its element for USLM.
                var heading = division(element, kind: .division)
                heading.sourceElement = SourceElement(
                    name: "appropriations", attributes: element.attribute("level").map { ["level": $0] } ?? [:])
                result.append(heading)
            } else if let kind = Self.kinds[element.name] {
                result.append(division(element, kind: kind))
            } else if element.name == "level",
                ["supplementaryProvisions", "schedule"].contains(element.attribute("class") ?? "")
            {
                continue
            } else if container.name == "main", !Self.handled.contains(element.name) || element.name == "longTitle" {
                // Kept whole in its place: before the provisions (a long title, a resolving clause) or after them.
                if element.name != "longTitle" {
                    warn(
                        element,
                        "<\(element.name)> outside any division is kept whole for USLM; other formats leave it out")
                }
                if result.isEmpty { mainCover.append(kept(element)) } else { mainClosing.append(kept(element)) }
            }
        }
        return result
    }

    private mutating func division(_ element: XMLElement, kind: DivisionKind) -> Division {
        var division = Division(kind: kind, numbering: .explicit, anchor: SourceAnchor(element.location))
        division.label = element.attribute("id").flatMap { Label.isValid($0) ? $0 : nil }
        if let num = element.element("num") {
            division.writtenDesignation = num.text.trimmedSpaces
            division.number = number(value: num.attribute("value"), text: num.text, kind: kind, element: num)
        }
        if element.element("num") == nil { division.writtenDesignation = "" }
        if division.number == nil { division.numbering = .automatic }
        division.heading = element.element("heading").map { $0.text.trimmedSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        if let heading = element.element("heading") {
            // What stands between the number and the heading (a sidenote, an editorial note), or a footnote in
            // the heading: the heading is kept as written with it for USLM; other formats show the heading's text
            // and the elements in the division's text.
            let before = element.elements.prefix { $0.name != "heading" }.filter { $0.name != "num" }
            if !before.isEmpty || heading.elements.contains(where: { $0.name == "note" }) {
                let markup = (before + [heading]).map { kept($0).markup }.joined()
                division.annotations.append(
                    .writtenHeading(
                        PreservedMarkup(format: keptFormat, markup: markup, text: heading.text.trimmedSpaces)))
            }
        }
        var content: [Inline] = []
        let children = element.elements
        // Notes and source credits before a subdivision, or before an element kept in the text, stay there (a
        // title's notes precede its chapters); those after the last one are the division's annotations.
        let lastLevel = children.lastIndex { isLevel($0) || Self.standsAmongLevels($0) } ?? -1
        let firstLevel = children.firstIndex { isLevel($0) } ?? children.count
        let lastOwnLevel = children.lastIndex { isLevel($0) } ?? -1
        // Once a note stands before the subdivisions, what follows it there stays after it, among the notes.
        var afterHeadnote = false
        for (index, child) in children.enumerated() {
            let annotation: (PreservedMarkup) -> Void = { kept in
                division.annotations.append(index < lastLevel ? .headnote(kept) : .asWritten(kept))
                if index < lastLevel { afterHeadnote = true }
            }
            switch child.name {
            case "content", "chapeau":
                content = InlineText.joined(content, inlines(child))
            case "continuation" where index < firstLevel || index > lastOwnLevel:
                // Text after the subdivisions: kept whole for USLM, before them in other formats.
                warn(child, "continuation text is shown before the subdivisions it follows in formats other than USLM")
                content = InlineText.joined(content, [.preserved(kept(child))])
            case "sourceCredit":
                annotation(kept(child))
            case "toc":
                // Kept whole for USLM; navigation rather than text, so other formats (which make their own) leave
                // it out.
                annotation(kept(child, text: ""))
            case "notes" where child.elements.allSatisfy(Self.isEnactNote):
                division.annotations += child.elements.compactMap(note)
            case "note" where Self.isEnactNote(child), "drafterNote":
                division.annotations += note(child).map { [$0] } ?? []
            case "notes", "note":
                // The document's own notes (the US Code's), kept whole: tables, quoted amendments and all.
                annotation(kept(child))
            default:
                // (What stands among the subdivisions keeps its place there: see `divisions(in:)`.)
                if !isLevel(child), !Self.handled.contains(child.name), index < firstLevel, afterHeadnote {
                    annotation(kept(child))
                } else if !isLevel(child), !Self.handled.contains(child.name), index < firstLevel {
                    warn(
                        child,
                        "<\(child.name)> has no place in the model: it is kept whole for USLM, as its text for other formats"
                    )
                    content = InlineText.joined(content, [.preserved(kept(child))])
                }
            }
        }
        division.content = content
        division.children = divisions(in: element)
        if element.attribute("status") == "repealed" {
            // The repeal note as written (`[(g) Repealed. Pub. L. 112–29, …]`) is kept as the division's text.
            division.isRepealed = true
            if Designations.isRepealedWord(division.content) { division.content = [] }
        }
        return division
    }

    /// 附則 / Supplementary Provisions taken off the heading of a group of supplementary provisions.
    private static func withoutWord(_ heading: String) -> String? {
        var rest = heading
        for word in ["附則", "Supplementary Provisions"] where rest.hasPrefix(word) {
            rest = String(rest.dropFirst(word.count))
        }
        rest = rest.trimmingPrefix { $0 == " " || $0 == "\u{3000}" }.description
        return rest.isEmpty ? nil : rest
    }

    /// Whether a note is one Enact writes: a drafter's note (`<note role="drafterNote">` in USLM 1), or a
    /// declared correspondence.
    private static func isEnactNote(_ element: XMLElement) -> Bool {
        element.name == "drafterNote"
            || (element.name == "note" && ["correspondsTo", "drafterNote"].contains(element.attribute("role")))
    }

    /// Whether an element is a subdivision: a level of the tradition (by element or `level class`), or an
    /// appropriations heading.
    /// Whether an element that is not a subdivision keeps its place among the subdivisions (rather than being the
    /// division's own text, notes, or table of contents).
    private static func standsAmongLevels(_ element: XMLElement) -> Bool {
        !handled.contains(element.name) && element.name != "toc"
            && !(element.name == "level"
                && ["supplementaryProvisions", "schedule"].contains(element.attribute("class") ?? ""))
    }

    private func isLevel(_ element: XMLElement) -> Bool {
        if Self.kinds[element.name] != nil || element.name == "appropriations" { return true }
        guard element.name == "level", let kind = element.attribute("class").flatMap(DivisionKind.init(rawValue:))
        else { return false }
        return tradition.rank(of: kind) != nil
    }

    /// An element kept whole, with its text (or `text`) for formats that cannot hold it.
    private func kept(_ element: XMLElement, text: String? = nil) -> PreservedMarkup {
        PreservedMarkup(format: keptFormat, markup: element.serialized, text: text ?? element.text.trimmedSpaces)
    }

    /// A note as an annotation: a declared correspondence, or its heading, a colon, and its text on one line; nil
    /// for a note that says nothing.
    private func note(_ element: XMLElement) -> Annotation? {
        if element.attribute("role") == "correspondsTo",
            let href = element.element("p")?.element("ref")?.attribute("href")
        {
            return .correspondsTo(href)
        }
        let heading = element.element("heading").map { $0.text.trimmedSpaces + ": " } ?? ""
        let body = element.elements.filter { $0.name != "heading" }.map { $0.text.trimmedSpaces }.joined(separator: " ")
        let text = heading + (body.isEmpty ? element.text.trimmedSpaces : body)
        return text.isEmpty ? nil : .note(text)
    }

    /// The number in `num value` (`3301`, `3310a`, `b`, `iv`, `aa`), or read from the text (`SEC. 12.`).
    private mutating func number(value: String?, text: String, kind: DivisionKind, element: XMLElement)
        -> DivisionNumber?
    {
        let format = tradition.level(of: kind)?.english
        if let value, value.contains(",") || value.contains(" to "),
            let last = value.split(whereSeparator: { $0 == "," || $0 == " " }).last,
            let number = format?.parseToken(last)
        {
            warn(element, "the range '\(value)' is read as its last number, \(last)")
            return number
        }
        if let value, let number = format?.parseToken(Substring(value)) { return number }
        let token = text.filter { $0.isLetter || $0.isNumber || $0 == "-" }
            .replacingOccurrences(of: "SECTION", with: "").replacingOccurrences(of: "SEC", with: "")
        if let number = format?.parseToken(Substring(token)) { return number }
        warn(element, "cannot read the number '\(value ?? text)'; the division is numbered by position")
        return nil
    }

    /// Inline content: text, `<ref>`, `<date>`, `<term>`, emphasis; other elements as their text.
    private func inlines(_ element: XMLElement) -> [Inline] {
        var result: [Inline] = []
        for child in element.children {
            switch child {
            case .text(let text):
                result.append(.text(text))
            case .element(let inner):
                switch inner.name {
                case "ref":
                    let href = inner.attribute("href") ?? ""
                    if let id = idsByIdentifier[href] {
                        result.append(.reference(CrossReference(target: .label(id), text: inner.text)))
                    } else {
                        result.append(
                            href.isEmpty
                                ? .text(inner.text)
                                : .reference(CrossReference(target: .external(href), text: inner.text)))
                    }
                case "date":
                    if let date = inner.attribute("date").flatMap({ LegalDate(iso: $0) }) {
                        result.append(.date(DateMention(date: date, text: inner.text)))
                    } else {
                        result.append(.text(inner.text))
                    }
                case "term":
                    result.append(.definition(TermDefinition(term: inner.text, anchor: SourceAnchor(inner.location))))
                case "inline" where inner.attribute("class") == "termUse":
                    let shown = inner.text.trimmedSpaces
                    if let term = inner.attribute("role").flatMap({ termsByRole[$0] }) {
                        result.append(.termUse(TermUse(term: term, text: term == shown ? nil : shown)))
                    } else {
                        result.append(.text(inner.text))
                    }
                case "i", "b", "em": result.append(.emphasis(inner.text))
                case "p": result = InlineText.joined(result, inlines(inner))
                case _ where USLMFormat.keptInText.contains(inner.name):
                    // Structure inside text (quoted provisions, a table, paragraphs of a recital), kept whole.
                    result.append(.preserved(kept(inner)))
                default: result += inlines(inner)
                }
            }
        }
        return InlineText.normalised(result)
    }

    private mutating func warn(_ element: XMLElement, _ message: String) {
        warnings.append(Diagnostic(.importLoss, message, at: element.location))
    }
}

extension String {
    /// The string on one line: runs of white space made one space, none at either end.
    var trimmedSpaces: String { InlineText.collapsingWhitespace(self) }
}
