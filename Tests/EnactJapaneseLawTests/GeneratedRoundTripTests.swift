import EnactCore
import EnactJapaneseLaw
import EnactSyntheticDocuments
import EnactTestSupport
import EnactXML
import Testing

/// Generated Japanese documents survive model → Japanese law XML → model: every division, heading and character
/// of text (notes have no place in the format).
struct GeneratedRoundTripTests {
    @Test(arguments: 0..<40)
    func generatedJapaneseDocumentsSurviveLawXML(seed: Int) throws {
        var document = try #require(
            DocumentSynthesizer.validJapaneseDocument(seed: UInt64(seed)), "seed \(seed) gives a Japanese document")
        document.metadata.number = "法律第\(seed + 1)号"
        let source = ResolvedDocument(document)
        let xml = try JapaneseLawWriter().write(source, file: "generated")
        let (back, _) = try JapaneseLawReader().read(
            try ParsedXML.parse(Array(xml.utf8), file: "generated-\(seed).jplaw.xml"))
        let (before, after) = (
            DocumentStructure(source.document, annotations: false), DocumentStructure(back, annotations: false)
        )
        #expect(before == after, "seed \(seed): \(before.firstDifference(from: after))")
    }
}
