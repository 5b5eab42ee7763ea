import EnactAmend
import EnactCore
import EnactFormats
import EnactJapaneseLaw
import EnactTestSupport
import EnactXML
import Foundation
import Testing

/// 「別表中「A」を「B」に改める」 on a real law's 別表 (航空法's, a table kept whole from e-Gov's XML): the words change in
/// the table's text and in its markup, and the law XML written back is as valid as the law was.
struct ScheduleAmendmentTests {
    private static let law = "jplaw/documents/327AC0000000231_20240401_505AC0000000063.xml"
    private static let opening = "第一条　航空法（昭和二十七年法律第二百三十一号）の一部を次のように改正する。\n"

    private static func applied(_ sentences: String) throws -> (Document, [AmendmentFinding]) {
        let base = try DocumentLoader().load(try SharedReference.path(law)).document
        let amendment = try EnactedAmendment.read(
            opening + sentences, against: base, file: "amendment.txt", keepingUnread: true)
        return AmendmentApplier().applyEverySentence(amendment, to: base)
    }

    private static func kept(_ document: Document) throws -> PreservedMarkup {
        guard case .preserved(let kept)? = document.schedules.first?.lines.first?.first else {
            throw ScheduleMissing()
        }
        return kept
    }

    private struct ScheduleMissing: Error {}

    @Test func wordsChangedInTheScheduleChangeInItsTextAndMarkup() throws {
        let (amended, findings) = try Self.applied("　　別表中「定期運送用操縦士」を「定期運送用航空機操縦士」に改める。\n")
        #expect(findings.isEmpty, "\(findings.map(\.diagnostic.message))")
        let kept = try Self.kept(amended)
        #expect(!kept.text.contains("定期運送用操縦士"))
        #expect(kept.text.contains("定期運送用航空機操縦士"))
        #expect(!kept.markup.contains("定期運送用操縦士"))
        // The law as e-Gov publishes it already breaks its schema in places (a <List> where the schema wants none):
        // the amended law written back breaks it in the same places and no others.
        let validator = try SchemaValidator(schema: AmendmentXMLTests.schema(.japaneseLaw))
        func problems(_ document: Document) throws -> [String] {
            let xml = try JapaneseLawWriter().write(ResolvedDocument(document), file: "航空法.xml")
            return try validator.validate(Array(xml.utf8), file: "航空法.xml").map(\.message)
        }
        let base = try DocumentLoader().load(try SharedReference.path(Self.law)).document
        #expect(try problems(amended) == problems(base))
    }

    @Test func wordsTheScheduleDoesNotHoldOrHoldsTwiceAreFindings() throws {
        let (_, missing) = try Self.applied("　　別表中「水上飛行機の機長」を「水上機の機長」に改める。\n")
        #expect(missing.map(\.reason) == [.notFound])
        let (_, twice) = try Self.applied("　　別表中「定期運送用操縦士」の下に「（旅客）」を加える。\n")
        #expect(twice.map(\.reason) == [.ambiguous])
        let (_, noSuch) = try Self.applied("　　別表第五中「操縦士」を「操縦者」に改める。\n")
        #expect(noSuch.map(\.reason) == [.notFound])
    }
}
