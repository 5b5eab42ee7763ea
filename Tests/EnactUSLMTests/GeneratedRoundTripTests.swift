import EnactCore
import EnactSyntheticDocuments
import EnactTestSupport
import EnactUSLM
import EnactXML
import Testing

/// Generated documents survive model → USLM → model: every division, heading, annotation and character of text.
struct GeneratedRoundTripTests {
    @Test(arguments: 0..<40)
    func generatedDocumentsSurviveUSLM(seed: Int) throws {
        var synthesizer = DocumentSynthesizer(seed: UInt64(seed))
        let source = ResolvedDocument(synthesizer.validDocument())
        let xml = try USLMWriter().write(source, file: "generated")
        let (back, _) = try USLMReader().read(try ParsedXML.parse(Array(xml.utf8), file: "generated-\(seed).uslm.xml"))
        let (before, after) = (DocumentStructure(source.document), DocumentStructure(back))
        #expect(before == after, "seed \(seed): \(before.firstDifference(from: after))")
    }
}
