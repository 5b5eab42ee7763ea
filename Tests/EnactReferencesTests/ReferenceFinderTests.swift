import EnactCore
import EnactFormats
import EnactReferences
import EnactTestSupport
import Testing

/// References found in a real e-Gov law (行政手続法, as amended by 令和四年法律第五十二号) resolve to the provisions
/// they name.
struct ReferenceFinderTests {
    private static func references() throws -> [FoundReference] {
        let law = try SharedReference.path("jplaw/documents/405AC0000000088_20240401_504AC0100000052.xml")
        return ReferenceFinder().references(in: try DocumentLoader().load(law).resolved)
    }

    @Test(arguments: [
        ("第十六条第一項", "前条第一項", "第十五条第一項"),
        ("第十四条第三項", "前二項", "第十四条第一項から第十四条第二項まで"),
        ("第三条第一項第十六号", "前号", "第三条第一項第十五号"),
        ("第十五条第三項", "同項第三号", "第十五条第一項第三号"),
        ("第二条第八号イ", "次条第二項", "第三条第二項"),
    ])
    func aReferenceResolvesToWhatItNames(at: String, text: String, target: String) throws {
        let found = try Self.references().filter { $0.at == at && $0.text == text }
        #expect(found.first?.target == target, "\(found)")
        #expect(found.first?.resolved == true)
    }

    @Test func anotherLawCarriesItsWorkIdentifier() throws {
        let law = try #require(try Self.references().first { $0.text.hasPrefix("内閣府設置法（") })
        #expect(law.external?.work == "/akn/jp/act/1999/89")
        #expect(law.target == "内閣府設置法（平成十一年法律第八十九号）第四十九条第一項")
    }

    @Test func mostReferencesOfTheLawResolve() throws {
        let references = try Self.references()
        let resolved = references.count { $0.resolved }
        #expect(references.count > 200)
        #expect(Double(resolved) / Double(references.count) > 0.8, "\(resolved) of \(references.count)")
    }
}
