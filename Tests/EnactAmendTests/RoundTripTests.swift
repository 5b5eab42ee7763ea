import EnactAmend
import EnactCore
import EnactDiff
import EnactJapaneseLaw
import EnactSyntheticDocuments
import EnactSource
import EnactTestSupport
import EnactUSLM
import EnactXML
import Foundation
import Testing

/// Applying the amendment generated from OLD to NEW gives NEW back, in both styles, on generated and real pairs.
struct RoundTripTests {
    @Test(arguments: AmendmentStyle.allCases, [UInt64(1), 2, 3])
    func generatedPairsRoundTrip(style: AmendmentStyle, seed: UInt64) {
        let pair = DocumentSynthesizer.revision(sections: 400, seed: seed)
        let outcome = AmendmentRoundTrip().run(old: pair.old, new: pair.new, style: style)
        #expect(outcome.reproduced, "\(outcome.failure ?? "")")
    }

    @Test(arguments: AmendmentStyle.allCases)
    func theAdministrativeProcedureActVersionsRoundTrip(style: AmendmentStyle) throws {
        func read(_ name: String) throws -> Document {
            try JapaneseLawReader().read(
                try ParsedXML.parse(contentsOf: try SharedReference.path("jplaw/documents/\(name)"))
            ).0
        }
        let old = try read("405AC0000000088_20180401_429AC0000000004.xml")
        let new = try read("405AC0000000088_20240401_504AC0100000052.xml")
        let outcome = AmendmentRoundTrip().run(old: old, new: new, style: style)
        #expect(outcome.reproduced, "\(outcome.failure ?? "")")
        print(outcome.text)
    }
}

extension RoundTripTests {
    @Test(arguments: AmendmentStyle.allCases, ["usc04", "usc44"])
    func usCodeReleasePointsRoundTrip(style: AmendmentStyle, title: String) throws {
        func read(_ name: String) throws -> Document {
            try USLMReader().read(try ParsedXML.parse(contentsOf: try SharedReference.path("uslm/documents/\(name)"))).0
        }
        let old = try read("\(title)-rp113-31.xml")
        let new = try read("\(title)-rp115-164not141.xml")
        let outcome = AmendmentRoundTrip().run(old: old, new: new, style: style)
        #expect(outcome.reproduced, "\(outcome.failure ?? "")")
        if style == .us {
            let number = Int(title.dropFirst(3))!
            #expect(
                outcome.text.contains(" of title \(number), United States Code, is amended"),
                "the Code's sections are cited as the Code does")
        }
    }

    @Test(arguments: AmendmentStyle.allCases)
    func theFlagshipRevisionRoundTrips(style: AmendmentStyle) throws {
        let old = try SourceReader().read(contentsOf: Fixtures.path("Drafts/japan-taiwan-relations-act.ja.enact"))
        let new = try SourceReader().read(
            contentsOf: Fixtures.path("Drafts/japan-taiwan-relations-act.revised.ja.enact"))
        let outcome = AmendmentRoundTrip().run(old: old, new: new, style: style)
        #expect(outcome.reproduced, "\(outcome.failure ?? "")")
        print(outcome.text)
    }
}
