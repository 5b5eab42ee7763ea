import EnactCore
import EnactFormats
import EnactReferences
import EnactTestSupport
import EnactXML
import Testing

/// The references of an imported real law (行政手続法) become links that follow renumbering.
struct ReferenceLinkerTests {
    private static func linkedLaw() throws -> Document {
        let law = try SharedReference.path("jplaw/documents/405AC0000000088_20240401_504AC0100000052.xml")
        return ReferenceLinker().linking(try DocumentLoader().load(law).document)
    }

    /// The text of a division, references printed as Enact prints them.
    private static func text(of eId: String, in document: Document) -> String? {
        let resolved = ResolvedDocument(document)
        var found: String?
        resolved.document.walkDivisions { division, context in
            guard context.eId.rawValue == eId else { return }
            found = resolved.plainText(of: division.content, from: resolved.origin(of: division, in: context))
        }
        return found
    }

    @Test func theLinkedLawRendersLinksInHTMLAndRefsInAkomaNtoso() throws {
        let resolved = ResolvedDocument(try Self.linkedLaw())
        #expect(resolved.diagnostics.filter { $0.id == .danglingReference }.isEmpty)
        let html = try DocumentFormat.html.text(of: resolved, file: "gyosei.html")
        #expect(html.contains("<a class=\"ref\" href=\"#chp_7__art_46\">第四十六条</a>"))
        let akn = try DocumentFormat.akomaNtoso.text(of: resolved, file: "gyosei.akn.xml")
        #expect(akn.contains("<ref href=\"#chp_7__art_46\">第四十六条</ref>"))
        let validator = try SchemaValidator(schema: SharedReference.path("akn/schema/akomantoso30.xsd"))
        let problems = try validator.validate(Array(akn.utf8), file: "gyosei.akn.xml").filter { $0.severity == .error }
        #expect(problems.isEmpty, "\(problems.prefix(3))")
    }

    @Test func theTextReadsAsWrittenUntilTheLawIsRenumbered() throws {
        var law = try Self.linkedLaw()
        #expect(Self.text(of: "chp_1__art_1__para_1", in: law)?.contains("第四十六条") == true)
        // Insert an article after 第十四条 and move every later article of the main provisions down by one.
        ArticleInsertion.movingLaterArticlesDown(after: 14, in: &law)
        let text = try #require(Self.text(of: "chp_1__art_1__para_1", in: law))
        #expect(text.contains("第四十七条"), "the reference to the former 第四十六条 follows it: \(text)")
        #expect(!text.contains("第四十六条"))
    }
}
