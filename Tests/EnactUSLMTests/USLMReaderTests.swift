import EnactCore
import EnactSource
import EnactTestSupport
import EnactUSLM
import EnactXML
import Testing

/// Real USLM documents import, the Taiwan Relations Act with all its sections, and survive a round trip.
struct USLMReaderTests {
    private func load(_ name: String) throws -> ParsedXML {
        try ParsedXML.parse(contentsOf: SharedReference.path("uslm/documents/\(name)"))
    }

    /// Every section of the source, as (number, heading), read straight from the XML.
    private func sections(in xml: ParsedXML) throws -> [(String, String)] {
        var found: [(String, String)] = []
        func walk(_ element: XMLElement) {
            for child in element.elements {
                if child.name == "section", child.attribute("identifier") != nil {
                    found.append(
                        (
                            child.element("num")?.attribute("value") ?? "",
                            child.element("heading")?.text.trimmedForTest ?? ""
                        ))
                }
                if child.name != "notes", child.name != "toc" { walk(child) }
            }
        }
        walk(try #require(xml.root))
        return found
    }

    @Test(arguments: [("usc22-ch48-taiwan-relations.xml", 17), ("pl96-8-taiwan-relations-act.xml", 18)])
    func theTaiwanRelationsActImportsWithEverySection(name: String, count: Int) throws {
        let xml = try load(name)
        let (document, _) = try USLMReader().read(xml)
        var imported: [(String, String)] = []
        document.forEachDivision { division in
            if division.kind == .section {
                imported.append((division.writtenDesignation ?? "", division.heading ?? ""))
            }
        }
        let expected = try sections(in: xml)
        #expect(expected.count == count)
        #expect(imported.count == count)
        for ((number, heading), (writtenDesignation, importedHeading)) in zip(expected, imported) {
            #expect(writtenDesignation.contains(number), "section \(number) imported as \(writtenDesignation)")
            #expect(importedHeading == heading)
        }
    }

    /// Every USLM document of the reference folder: the statutes, the codified titles, the appropriations bills
    /// and the concurrent resolution.
    @Test(arguments: [
        "usc22-ch48-taiwan-relations.xml", "pl96-8-taiwan-relations-act.xml", "usc04-rp113-31.xml",
        "usc44-rp113-31.xml",
        "H2157_IH.XML", "h2157_enr.XML", "SC13_ES.XML",
    ])
    func aRoundTripKeepsEveryDivisionAndItsText(name: String) throws {
        let original = try load(name)
        var (document, _) = try USLMReader().read(original)
        if document.metadata.work == nil { document.metadata.work = WorkIdentifier("/us/test/\(name.count)") }
        let rewritten = try USLMWriter().write(ResolvedDocument(document), file: name)
        let reparsed = try ParsedXML.parse(Array(rewritten.utf8), file: "rewritten-\(name)")
        let before = Outline(try #require(original.root))
        let after = Outline(try #require(reparsed.root))
        #expect(before.divisions.count == after.divisions.count)
        for (old, new) in zip(before.divisions, after.divisions) where old != new {
            Issue.record("division differs: \(old) became \(new)")
            break
        }
        #expect(before.text.sorted() == after.text.sorted(), "the characters of the text differ")
    }

    @Test func theFlagshipSurvivesModelToUSLMToModel() throws {
        for path in [Fixtures.flagshipJapanese, Fixtures.flagshipEnglish] {
            let source = ResolvedDocument(try SourceReader().read(contentsOf: Fixtures.path(path)))
            let xml = try USLMWriter().write(source, file: path)
            let (imported, _) = try USLMReader().read(try ParsedXML.parse(Array(xml.utf8), file: path))
            let before = DocumentStructure(source.document), after = DocumentStructure(imported)
            #expect(before == after, "\(path): \(before.firstDifference(from: after))")
            #expect(imported.metadata.work == source.document.metadata.work)
            #expect(imported.metadata.tradition == .jp)
            #expect(imported.supplementaryProvisions.count == source.document.supplementaryProvisions.count)
        }
    }

    /// The law's approval, a bill's first action, or the date the publisher issued the text, from real files.
    @Test(arguments: [
        ("uslm/documents/pl96-8-taiwan-relations-act.xml", "enacted", "1979-04-10"),
        ("corpus/uslm/COMPS-339.xml", "enacted", "1995-03-22"),
        ("corpus/uslm/BILLS-116hr3rh.xml", "introduced", "2019-09-19"),
        ("corpus/uslm/usc01-rp2018.xml", "published", "2018-04-04"),
        ("corpus/uslm/CFR-2018-title27-vol3-uslm.xml", "published", "2017-04-01"),
        ("corpus/uslm/113publ44-uslm.xml", "published", "2018-10-04"),
    ])
    func theDateADocumentGivesIsRead(path: String, key: String, date: String) throws {
        let (document, _) = try USLMReader().read(try ParsedXML.parse(contentsOf: SharedReference.path(path)))
        #expect(document.metadata.dates.present.map { "\($0.key) \($0.date)" } == ["\(key) \(date)"])
    }

    @Test(arguments: ["H2157_IH.XML", "h2157_enr.XML", "SC13_ES.XML"])
    func billsAndResolutionsImportWithWarningsForWhatTheModelLacks(name: String) throws {
        let (document, warnings) = try USLMReader().read(try load(name))
        var sections = 0
        document.forEachDivision { if $0.kind == .section { sections += 1 } }
        #expect(sections > 0 || !document.preamble.isEmpty)
        #expect(warnings.allSatisfy { $0.location?.line ?? 0 > 0 })
    }
}

/// Divisions (element, num value, heading) and the text of their chapeaus, contents and continuations, without
/// white space; continuation text is compared as characters, since the model keeps it before the subdivisions,
/// and a range of repealed sections keeps its last number.
private struct Outline {
    var divisions: [String] = []
    var text = ""
    static let levels: Set<String> = [
        "title", "subtitle", "chapter", "subchapter", "part", "subpart", "division", "subdivision", "section",
        "subsection", "paragraph", "subparagraph", "clause", "subclause", "item", "subitem",
    ]

    init(_ root: XMLElement) {
        walk(root)
    }

    private mutating func walk(_ element: XMLElement) {
        for child in element.elements {
            let inUSLM = USLMFormat.version(ofNamespace: child.namespace) != nil
            if inUSLM, Self.levels.contains(child.name) {
                var value = child.element("num")?.attribute("value") ?? ""
                // A range of repealed sections ("1337, 1338", "3304 to 3307") is one division numbered by its last number.
                if value.contains(",") || value.contains(" to "),
                    let last = value.split(whereSeparator: { $0 == "," || $0 == " " }).last
                {
                    value = String(last)
                }
                divisions.append(
                    "\(child.name) \(value.lowercased()) \(child.element("heading")?.text.trimmedForTest ?? "")")
            }
            if ["content", "chapeau", "continuation"].contains(child.name) {
                text += child.text.filter { !$0.isWhitespace }
            } else if child.name == "preamble" {
                // The model's preamble is paragraphs of text: levels inside recitals become their text.
                text += child.text.filter { !$0.isWhitespace }
            } else if child.name == "quotedContent" {
                // Quoted amendment text is text of the division that quotes it, not levels of this document.
                text += child.text.filter { !$0.isWhitespace }
            } else if child.name != "notes", child.name != "toc", child.name != "meta" {
                walk(child)
            }
        }
    }
}

extension String {
    var trimmedForTest: String {
        trimmingPrefix { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed().map(String.init).joined()
    }
}
