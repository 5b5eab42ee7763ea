import EnactCore
import EnactXML

/// Reads Akoma Ntoso 3.0 into the model: FRBR metadata, the preface and preamble, the hierarchy of the body
/// with numbers, headings and text, references (internal ones by eId), definitions and terms, supplementary
/// provisions and schedules written as `hcontainer`s, and notes.
///
/// Real documents hold much the model has no place for (lists, tables, amendments, footnotes). Their text is
/// kept in the enclosing division, and each kind of element is reported once as a warning with its first line.
public struct AkomaNtosoReader: Sendable {
    public init() {}

    public func read(_ xml: ParsedXML) throws(DiagnosticError) -> (Document, [Diagnostic]) {
        guard let root = xml.root, root.name == AkomaNtosoFormat.rootName,
            let path = Self.mainDocumentPath(in: root), let documentElement = path.last
        else {
            throw DiagnosticError(
                Diagnostic(
                    .unknownXmlFormat, "no Akoma Ntoso document (act, bill, portion, doc) under <akomaNtoso>",
                    at: SourceLocation(file: xml.file, line: 1, column: 1)))
        }
        var reader = Reader()
        // Markup of an earlier version is kept as 3.0, which Enact writes: its namespace moved, 2.0's `id` become
        // `eId`s.
        if let namespace = root.namespace, AkomaNtosoFormat.isEarlierVersion(namespace) {
            reader.upgrade = NamespaceUpgrade(
                from: namespace, to: AkomaNtosoFormat.namespace,
                attributes: AkomaNtosoFormat.isVersion2(namespace) ? ["id": "eId"] : [:],
                required: ["FRBRalias": ["name": "alias"]])
        }
        var document = reader.read(documentElement)
        if path.count > 2 {
            // One document of a collection: the collection and the other documents stand around it, kept whole.
            document.enclosures = reader.enclosures(along: path)
        } else {
            // Akoma Ntoso 2.0 puts a document's components beside it; 3.0 inside it, where they are written.
            for sibling in root.elements where sibling.name == "components" {
                reader.keepClosing(sibling, in: &document)
            }
        }
        document = KeptTargets(termReferences: reader.termReferences).settled(document)
        var warnings = reader.diagnostics()
        if AkomaNtosoFormat.isEarlierVersion(root.namespace) {
            warnings.insert(
                Diagnostic(
                    .importLoss,
                    "the namespace \(root.namespace ?? "") is an earlier version of Akoma Ntoso; the document was read as 3.0, and what the model has no place for is kept in 3.0's namespace as it was written",
                    at: root.location), at: 0)
        }
        return (document, warnings)
    }

    /// The document to import: the root's document, or for a collection the first act or bill among its
    /// components (which may also stand beside the collection).
    public static func mainDocument(in root: XMLElement) -> XMLElement? {
        mainDocumentPath(in: root)?.last
    }

    /// The elements from the root down to the document to import, both included.
    static func mainDocumentPath(in root: XMLElement) -> [XMLElement]? {
        guard let first = root.elements.first else { return nil }
        guard first.name == "documentCollection" else { return [root, first] }
        func path(to element: XMLElement) -> [XMLElement]? {
            for child in element.elements {
                if ["act", "bill"].contains(child.name) { return [element, child] }
                if let below = path(to: child) { return [element] + below }
            }
            return nil
        }
        return path(to: root) ?? [root, first]
    }
}

private struct Reader {
    /// How markup of an earlier version of Akoma Ntoso is kept as 3.0; nil for 3.0.
    var upgrade: NamespaceUpgrade?
    private var unmapped: [String: (count: Int, location: SourceLocation)] = [:]
    private var termsByReference: [String: String] = [:]
    private var notesByTarget: [String: [Annotation]] = [:]
    private var tradition = Tradition.named(.akn)
    /// The `refersTo` of each defined term, by the term.
    var termReferences: [String: String] {
        Dictionary(termsByReference.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
    }
    /// The levels a kind-less element may become under each parent kind (by ordinal; -1 at the top).
    private var candidatesByParent: [Int: [Level]] = [:]

    static let kinds: [String: DivisionKind] = [
        "title": .title, "subtitle": .subtitle, "part": .part, "subpart": .subpart, "chapter": .chapter,
        "subchapter": .subchapter, "division": .division, "subdivision": .subdivision, "section": .section,
        "article": .article, "subsection": .subsection, "paragraph": .paragraph, "subparagraph": .subparagraph,
        "clause": .clause, "subclause": .subclause, "point": .point, "level": .subsubparagraph,
    ]

    /// Hierarchical elements that have no kind of their own: each becomes an unnumbered division of the first
    /// level its place allows, which remembers its element for Akoma Ntoso.
    static let containers: Set<String> = [
        "alinea", "book", "indent", "list", "proviso", "rule", "subrule", "sublist", "tome", "transitional",
        "hcontainer", "container",
    ]

    /// The children of a hierarchical element that are not its text or subdivisions.
    static let framing: Set<String> = ["num", "heading", "subheading", "content", "intro", "wrapUp"]

    /// Inline elements that hold structure or notes of their own (an amendment quoting whole sections, an
    /// author's footnote): kept whole in their place in the text.
    static let keptInline: Set<String> = ["mod", "authorialNote", "subFlow", "quotedStructure", "embeddedStructure"]

    /// Whether an element is a schedule that holds only lines of text (the model's ``Schedule``).
    static func isLinesSchedule(_ element: XMLElement) -> Bool {
        element.name == "hcontainer" && element.attribute("name") == "schedule"
            && !element.elements.contains(where: isHierarchical)
    }

    /// Whether an element is imported as a division of its own.
    static func isHierarchical(_ element: XMLElement) -> Bool {
        kinds[element.name] != nil || containers.contains(element.name)
    }

    mutating func read(_ element: XMLElement) -> Document {
        let meta = element.element("meta")
        var metadata = Metadata(kind: element.name == "bill" ? .bill : .act)
        if let identification = meta?.element("identification") {
            let work = identification.element("FRBRWork")
            // (An empty FRBRuri, as some archives write, says nothing.)
            let uri = ["FRBRuri", "FRBRthis"].lazy.compactMap { work?.element($0)?.attribute("value") }.first {
                !$0.isEmpty
            }
            metadata.work = uri.flatMap(WorkIdentifier.init)
            // FRBRcountry is ISO 3166-1 (`za`) or a subdivision (`GB-UKM`); the work path names it too.
            let country =
                work?.element("FRBRcountry")?.attribute("value")
                ?? uri.flatMap { $0.split(separator: "/").dropFirst().first.map(String.init) }
            if let code = country?.prefix(2), code.count == 2, code.allSatisfy(\.isLetter) {
                metadata.jurisdiction = code.uppercased()
            }
            metadata.number = work?.element("FRBRnumber")?.attribute("value")
            metadata.shortTitle = work?.element("FRBRname")?.attribute("value")
            // The work's date, or the expression's when the work's is not a whole date (`1996`).
            let dated = ["FRBRWork", "FRBRExpression", "FRBRManifestation"].lazy.compactMap { level in
                identification.element(level)?.element("FRBRdate").flatMap { element in
                    element.attribute("date").flatMap { LegalDate(iso: $0.prefix(10)) }.map { (element, $0) }
                }
            }.first
            if let (frbrDate, date) = dated {
                switch frbrDate.attribute("name") {
                case let name? where Metadata.Dates.keys.contains(name): metadata.dates[name] = date
                default:
                    if metadata.kind == .bill {
                        metadata.dates.introduced = date
                    } else {
                        metadata.dates.enacted = date
                    }
                }
            }
            let language = identification.element("FRBRExpression")?.element("FRBRlanguage")?.attribute("language")
            metadata.language = language.map(Self.bcp47)
        }
        if let notes = meta?.element("notes") { readNotes(notes) }
        let body = element.element("body") ?? element.element("mainBody") ?? element.element("portionBody")
        tradition = Self.tradition(jurisdiction: metadata.jurisdiction, body: body)
        metadata.tradition = tradition.id
        collectDefinitions(element)
        var document = Document(metadata: metadata)
        // The cover page and preface are kept whole (their metadata read too), as are the conclusions,
        // attachments and components after the body.
        document.cover = []
        for name in ["coverPage", "preface"] {
            guard let part = element.element(name) else { continue }
            if name == "preface" { readPreface(part, into: &document) }
            document.cover?.append(kept(part))
        }
        if let preamble = element.element("preamble") {
            // The formula that closes the preamble enacts; another (an Italian decree's opening "IL PRESIDENTE
            // DELLA REPUBBLICA") is a line of the preamble in its place.
            let children = preamble.elements
            for (index, child) in children.enumerated() {
                if child.name == "formula", index == children.count - 1 {
                    document.enactingFormula = inlines(child)
                } else if ["p", "formula"].contains(child.name) {
                    document.preamble.append(inlines(child))
                } else {
                    // Citations and recitals with their numbers, a container: a paragraph of their own.
                    note(
                        child,
                        "<\(child.name)> in the preamble is kept whole for Akoma Ntoso, as its text for other formats")
                    document.preamble.append([.preserved(kept(child))])
                }
            }
        }
        if let body { document.body = divisions(in: body, document: &document) }
        // What follows the body, and any part Enact does not read (a judgment's or a debate's body), is kept whole.
        let read: Set<String> = ["meta", "coverPage", "preface", "preamble", "body", "mainBody", "portionBody"]
        for part in element.elements where !read.contains(part.name) && !(body.map { part.isSame(as: $0) } ?? false) {
            keepClosing(part, in: &document)
        }
        return document
    }

    /// The elements along `path` (root first, the document last) above the document, each with its children
    /// before and after the path kept whole.
    mutating func enclosures(along path: [XMLElement]) -> [Enclosure] {
        guard let document = path.last else { return [] }
        note(
            document,
            "the document is one of a collection: the collection and its other documents are kept whole for Akoma Ntoso; other formats show this document only"
        )
        return zip(path, path.dropFirst()).enumerated().map { depth, pair in
            let (element, next) = pair
            let children = element.elements
            let index = children.firstIndex { $0.isSame(as: next) } ?? children.count
            return Enclosure(
                element: depth == 0
                    ? nil
                    : SourceElement(
                        name: element.name,
                        attributes: Dictionary(
                            element.plainAttributes.map { (upgrade?.attributes[$0.key] ?? $0.key, $0.value) },
                            uniquingKeysWith: { first, _ in first })),
                before: children[..<index].map { kept($0) },
                after: children[min(index + 1, children.count)...].map { kept($0) })
        }
    }

    /// Keeps a part that follows the body (conclusions, attachments, components) whole.
    mutating func keepClosing(_ part: XMLElement, in document: inout Document) {
        note(part, "<\(part.name)> is kept whole for Akoma Ntoso; other formats leave it out")
        document.closing.append(kept(part))
    }

    /// The tradition the hierarchy reads best in: the country's own, article-based AKN, or section-based.
    private static func tradition(jurisdiction: String?, body: XMLElement?) -> Tradition {
        switch jurisdiction {
        case "US": return Tradition.named(.us)
        case "JP": return Tradition.named(.jp)
        case "KR": return Tradition.named(.kr)
        default: break
        }
        guard let body else { return Tradition.named(.akn) }
        var hasArticles = false
        func scan(_ element: XMLElement) {
            for child in element.elements where !hasArticles {
                if child.name == "article" { hasArticles = true } else { scan(child) }
            }
        }
        scan(body)
        return Tradition.named(hasArticles ? .akn : .au)
    }

    private static func bcp47(_ code: String) -> String {
        let map = [
            "eng": "en", "jpn": "ja", "kor": "ko", "ita": "it", "spa": "es", "fra": "fr", "deu": "de", "por": "pt",
            "zho": "zh",
        ]
        return map[code.lowercased()] ?? code.lowercased()
    }

    // MARK: Preface and notes

    private mutating func readPreface(_ preface: XMLElement, into document: inout Document) {
        func find(_ name: String, in element: XMLElement) -> XMLElement? {
            if element.name == name { return element }
            for child in element.elements { if let found = find(name, in: child) { return found } }
            return nil
        }
        if let title = find("docTitle", in: preface).map({ InlineText.collapsingWhitespace($0.text) }), !title.isEmpty {
            document.metadata.title = title
        }
        if document.metadata.number == nil, let number = find("docNumber", in: preface) {
            document.metadata.number = InlineText.collapsingWhitespace(number.text)
        }
        if let session = find("session", in: preface) {
            document.metadata.session = InlineText.collapsingWhitespace(session.text)
        }
        if let status = find("docStatus", in: preface) {
            document.metadata.status = DocumentStatus(rawValue: status.text)
        }
        var sponsors: [String] = []
        func proponents(_ element: XMLElement) {
            for child in element.elements {
                if child.name == "docProponent" {
                    sponsors.append(InlineText.collapsingWhitespace(child.text))
                } else {
                    proponents(child)
                }
            }
        }
        proponents(preface)
        document.metadata.sponsors = sponsors
    }

    private mutating func readNotes(_ notes: XMLElement) {
        for note in notes.elements {
            guard let target = note.attribute("refersTo")?.trimmingPrefix("#") else { continue }
            let text = InlineText.collapsingWhitespace(note.text)
            let annotation: Annotation =
                note.attribute("class") == "correspondsTo"
                ? .correspondsTo(note.element("p")?.element("ref")?.attribute("href") ?? text) : .note(text)
            notesByTarget[String(target), default: []].append(annotation)
        }
    }

    /// The term each `refersTo` of a `<def>` names, so that `<term refersTo>` uses can point at it.
    private mutating func collectDefinitions(_ element: XMLElement) {
        for child in element.elements {
            if child.name == "def", let reference = child.attribute("refersTo") {
                termsByReference[reference] = InlineText.collapsingWhitespace(child.text)
            }
            collectDefinitions(child)
        }
    }

    // MARK: Divisions

    private mutating func divisions(
        in container: XMLElement, under parent: DivisionKind? = nil, document: inout Document
    ) -> [Division] {
        var result: [Division] = []
        // Text standing loose among provisions (which the schema does not allow) belongs to none of them.
        for case .text(let text) in container.children where !text.allSatisfy(\.isWhitespace) {
            note(container, "text standing loose in <\(container.name)>, outside any provision, is not read")
        }
        let lettered = Self.siblingsAreLettered(container)
        var seenHierarchy = false
        let elements = container.elements
        let lastProvision = elements.lastIndex { Self.isHierarchical($0) && !Self.isLinesSchedule($0) } ?? -1
        for (index, element) in elements.enumerated() {
            if element.name == "hcontainer", element.attribute("name") == "supplementaryProvisions" {
                var group = SupplementaryProvisions(anchor: SourceAnchor(element.location))
                group.heading = element.element("heading").flatMap {
                    Self.withoutWord($0.text, words: ["附則", "Supplementary Provisions"])
                }
                group.divisions = divisions(in: element, document: &document)
                document.supplementaryProvisions.append(group)
            } else if Self.isLinesSchedule(element), index > lastProvision {
                // A schedule of lines of text after the provisions; one with provisions of its own, or one
                // followed by provisions, is a division like any other, in its place.
                document.schedules.append(schedule(element))
            } else if element.name == "hcontainer", element.element("heading") != nil,
                let grouping = tradition.levels.last(where: { $0.role == .grouping })?.kind
            {
                // A cross-heading groups the units after it: an unnumbered grouping with its heading.
                var heading = division(element, kind: grouping, document: &document)
                heading.sourceElement = Self.sourceElement(element)
                result.append(heading)
            } else if let kind = Self.kinds[element.name] {
                let chosen = self.kind(for: element, named: kind, under: parent)
                var read = division(
                    element, kind: chosen, lettered: lettered.contains(element.name), document: &document)
                if chosen.akomaNtosoElement != element.name { read.sourceElement = Self.sourceElement(element) }
                result.append(read)
            } else if Self.containers.contains(element.name) {
                var container = division(
                    element, kind: self.kind(for: element, named: nil, under: parent), document: &document)
                container.sourceElement = Self.sourceElement(element)
                result.append(container)
            } else if !Self.framing.contains(element.name),
                parent == nil || seenHierarchy
            {
                // Among the subdivisions (a table block between two sections, a reference to a component):
                // an unnumbered division whose text is the element, kept whole.
                note(
                    element,
                    "<\(element.name)> among the subdivisions is kept whole for Akoma Ntoso, as a division holding its text for other formats"
                )
                var kept = Division(
                    kind: self.kind(for: element, named: nil, under: parent), anchor: SourceAnchor(element.location))
                kept.writtenDesignation = ""
                kept.content = [.preserved(self.kept(element))]
                kept.sourceElement = SourceElement(name: element.name, isKeptWhole: true)
                result.append(kept)
            }
            if Self.isHierarchical(element) { seenHierarchy = true }
        }
        return result
    }

    private mutating func division(
        _ element: XMLElement, kind: DivisionKind, lettered: Bool = false, document: inout Document
    ) -> Division {
        var division = Division(kind: kind, numbering: .explicit, anchor: SourceAnchor(element.location))
        division.label = element.attribute("eId").flatMap { Label.isValid($0) ? $0 : nil }
        division.isRepealed = ["removed", "repealed"].contains(element.attribute("status") ?? "")
        if let num = element.element("num") {
            let written = InlineText.collapsingWhitespace(num.text)
            division.writtenDesignation = written
            division.number =
                (lettered ? Self.letterNumber(written) : nil)
                ?? Self.number(from: written, level: tradition.level(of: kind))
        }
        if element.element("num") == nil { division.writtenDesignation = "" }
        if division.number == nil { division.numbering = .automatic }
        division.heading = element.element("heading").map { InlineText.collapsingWhitespace($0.text) }.flatMap {
            $0.isEmpty ? nil : $0
        }
        var content: [Inline] = []
        for child in element.elements {
            // What stands after a subdivision is a division of its own (see `divisions(in:)`).
            if Self.isHierarchical(child) { break }
            switch child.name {
            case "num", "heading", "wrapUp":
                break
            case "subheading":
                note(child, "subheadings are kept as text")
                content = InlineText.joined(content, inlines(child))
            case "content", "intro":
                content = InlineText.joined(content, blockText(child))
            default:
                note(
                    child,
                    "<\(child.name)> has no place in the model: it is kept whole for Akoma Ntoso, as its text for other formats"
                )
                content = InlineText.merged(content + [.preserved(kept(child))])
            }
        }
        if let wrapUp = element.elements.last(where: { $0.name == "wrapUp" }) {
            // Kept whole, and written after the subdivisions for Akoma Ntoso.
            note(wrapUp, "text after the subdivisions (wrapUp) is shown before them in formats other than Akoma Ntoso")
            content = InlineText.merged(content + [.preserved(kept(wrapUp))])
        }
        division.content = division.isRepealed && Designations.isRepealedWord(content) ? [] : content
        division.children = divisions(in: element, under: kind, document: &document)
        if let label = division.label, let annotations = notesByTarget[label] { division.annotations = annotations }
        if division.isRepealed, content.isEmpty, division.children.isEmpty {
            division.annotations.append(.unprintedRepeal)
        }
        return division
    }

    /// The kind an element becomes: its own when the tradition has it there; otherwise (a `point` holding a
    /// 号, a US paragraph, a `list` with no kind of its own) the first level below the parent whose numbers read
    /// the element's `num`.
    private mutating func kind(for element: XMLElement, named kind: DivisionKind?, under parent: DivisionKind?)
        -> DivisionKind
    {
        if let kind, tradition.rank(of: kind) != nil, tradition.allows(kind, under: parent) { return kind }
        let key = parent?.ordinal ?? -1
        if candidatesByParent[key] == nil {
            let parentRank = parent.flatMap { tradition.rank(of: $0) } ?? -1
            candidatesByParent[key] = tradition.levels.enumerated()
                .filter { $0.offset > parentRank && tradition.allows($0.element.kind, under: parent) }.map(\.element)
        }
        let candidates = candidatesByParent[key] ?? []
        let written = element.element("num").map { InlineText.collapsingWhitespace($0.text) } ?? ""
        let fitting = candidates.first { Self.number(from: written, level: $0, strict: true) != nil }
        return (fitting ?? candidates.first)?.kind ?? kind ?? parent ?? tradition.unitKind
    }

    /// The element a division was read from, with the attribute its element requires (`hcontainer`'s `name`).
    private static func sourceElement(_ element: XMLElement) -> SourceElement {
        SourceElement(name: element.name, attributes: element.attribute("name").map { ["name": $0] } ?? [:])
    }

    /// `Article 3`, `第三条`, `(b)`, `3A.`, `一`: the number in the level's formats, or (unless `strict`) the first
    /// run of digits or kanji numerals.
    private static func number(from written: String, level: Level?, strict: Bool = false) -> DivisionNumber? {
        let words = Self.words(of: written)
        if let level {
            for format in [level.english, level.japanese].compactMap({ $0 }) {
                for word in words.reversed() {
                    if let number = format.parseToken(word, allowingArabic: !strict) { return number }
                }
            }
        }
        if let designation = JapaneseNumber.parse(written) { return designation }
        guard !strict else { return nil }
        if let digits = written.split(whereSeparator: { !$0.isNumber || !$0.isASCII }).first, let value = Int(digits),
            value > 0
        {
            return DivisionNumber(value)
        }
        let kanji = written.filter { "〇一二三四五六七八九十百千".contains($0) }
        return Numeral.kanji.parse(kanji).map(DivisionNumber.init)
    }

    /// The element names whose first numbered element among these siblings is lettered `(a)`/`a)`/`A.`: their
    /// numbers are letters even where the tradition's format is roman, so `(c)` is 3, not 100.
    private static func siblingsAreLettered(_ container: XMLElement) -> Set<String> {
        var decided: [String: Bool] = [:]
        for element in container.elements where kinds[element.name] != nil && decided[element.name] == nil {
            guard let num = element.element("num") else { continue }
            let token = words(of: num.text).last.map(String.init) ?? ""
            decided[element.name] = token == "a" || token == "A"
        }
        return Set(decided.filter(\.value).keys)
    }

    /// The number of a lettered `num`: `(c)` is 3, `(aa)` 27.
    private static func letterNumber(_ written: String) -> DivisionNumber? {
        guard let token = words(of: written).last.map(String.init) else { return nil }
        return (Numeral.letterLower.parse(token) ?? Numeral.letterUpper.parse(token)).map(DivisionNumber.init)
    }

    /// The runs of letters, digits and hyphens in a written number (`Article 3`, `(b)`, `第三条`).
    private static func words(of written: String) -> [Substring] {
        written.split { character in
            guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
            if scalar.isASCII {
                let value = scalar.value
                return
                    !((0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                    || value == 0x2D)
            }
            return !(character.isLetter || character.isNumber)
        }
    }

    private mutating func schedule(_ element: XMLElement) -> Schedule {
        let written = element.element("num").map { $0.text } ?? ""
        let number = Self.number(from: written, level: nil)
        var lines: [[Inline]] = []
        if let content = element.element("content") {
            lines = content.elements.map { inlines($0) }
        }
        return Schedule(
            numbering: number == nil ? .automatic : .explicit, number: number,
            heading: element.element("heading").map { InlineText.collapsingWhitespace($0.text) },
            label: element.attribute("eId").flatMap { Label.isValid($0) ? $0 : nil }, lines: lines,
            anchor: SourceAnchor(element.location))
    }

    private static func withoutWord(_ text: String, words: [String]) -> String? {
        var rest = InlineText.collapsingWhitespace(text)
        for word in words where rest.hasPrefix(word) { rest = String(rest.dropFirst(word.count)) }
        rest = InlineText.collapsingWhitespace(rest.replacingOccurrences(of: "\u{3000}", with: " "))
        return rest.isEmpty ? nil : rest
    }

    // MARK: Text

    /// The paragraphs of a block (`content`, `intro`), joined by a space.
    private mutating func blockText(_ element: XMLElement) -> [Inline] {
        var result: [Inline] = []
        for child in element.elements {
            if child.name == "p" {
                result = InlineText.joined(result, inlines(child))
            } else {
                note(
                    child,
                    "<\(child.name)> in text is kept whole for Akoma Ntoso, as its text for other formats")
                result = InlineText.merged(result + [.preserved(kept(child))])
            }
        }
        return result
    }

    /// An element kept whole, with its text for the formats that cannot hold it.
    func kept(_ element: XMLElement) -> PreservedMarkup {
        PreservedMarkup(
            format: AkomaNtosoFormat.name, markup: element.serialized(upgrade: upgrade),
            text: InlineText.collapsingWhitespace(element.text))
    }

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
                    let text = InlineText.collapsingWhitespace(inner.text)
                    if href.hasPrefix("#"), Label.isValid(href.dropFirst()) {
                        result.append(.reference(CrossReference(target: .label(String(href.dropFirst())), text: text)))
                    } else if !href.isEmpty {
                        result.append(.reference(CrossReference(target: .external(href), text: text)))
                    } else {
                        result.append(.text(inner.text))
                    }
                case "def":
                    result.append(
                        .definition(
                            TermDefinition(
                                term: InlineText.collapsingWhitespace(inner.text), anchor: SourceAnchor(inner.location))
                        ))
                case "term":
                    let shown = InlineText.collapsingWhitespace(inner.text)
                    if let term = inner.attribute("refersTo").flatMap({ termsByReference[$0] }) {
                        result.append(.termUse(TermUse(term: term, text: term == shown ? nil : shown)))
                    } else {
                        result.append(.text(inner.text))
                    }
                case "i", "b", "u":
                    result.append(.emphasis(InlineText.collapsingWhitespace(inner.text)))
                case "date":
                    if let date = inner.attribute("date").flatMap({ LegalDate(iso: $0.prefix(10)) }) {
                        result.append(.date(DateMention(date: date, text: InlineText.collapsingWhitespace(inner.text))))
                    } else {
                        result.append(.text(inner.text))
                    }
                case let name where Self.keptInline.contains(name):
                    result.append(.preserved(kept(inner)))
                default:
                    result += inlines(inner)
                }
            }
        }
        return InlineText.normalised(result)
    }

    // MARK: Warnings

    /// Records an element the model cannot hold; each message is reported once, with its count.
    private mutating func note(_ element: XMLElement, _ message: String) {
        let entry = unmapped[message]
        unmapped[message] = ((entry?.count ?? 0) + 1, entry?.location ?? element.location)
    }

    func diagnostics() -> [Diagnostic] {
        unmapped.map { message, entry in
            Diagnostic(
                .importLoss, entry.count > 1 ? "\(message) (\(entry.count) times; first here)" : message,
                at: entry.location)
        }.sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
    }
}

/// Japanese statutory numbers in `<num>`: 第十条の二, 十二の二, ２.
private enum JapaneseNumber {
    static func parse(_ written: String) -> DivisionNumber? {
        var text = Substring(written)
        if text.hasPrefix("第") { text = text.dropFirst() }
        let parts = text.split(separator: "の")
        guard let head = parts.first else { return nil }
        let main = head.prefix { "〇一二三四五六七八九十百千".contains($0) }
        guard !main.isEmpty, let value = Numeral.kanji.parse(main) else { return nil }
        let branches = parts.dropFirst().compactMap { Numeral.kanji.parse($0) }
        return DivisionNumber([value] + branches)
    }
}
