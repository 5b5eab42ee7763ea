import EnactFormats
import EnactReferences
import EnactTestSupport
import EnactXML
import Testing

/// Every real document of `../shared/reference` — the corpus and the Akoma Ntoso, USLM and e-Gov documents —
/// imported into Enact source (references linked, as `enact import` does) and written back in its own format comes
/// back whole: the same structural units, the
/// same numbers as written, the same text (NFKC, whitespace aside), and no more schema errors than the original.
struct RoundTripTests {
    @Test func everyReferenceDocumentComesBackWhole() throws {
        SharedReference.requireDocuments()
        // As `enact import` does it: references in the text linked.
        var roundTrip = RoundTrip(
            schemas: SchemaCatalog(directory: SharedReference.root.path), preparing: { ReferenceLinker().linking($0) })
        var reports: [RoundTripReport] = []
        for relative in SharedReference.documents {
            reports.append(roundTrip.run(try SharedReference.path(relative)))
        }
        #expect(reports.count == SharedReference.documents.count)
        #expect(reports.count >= 82, "the reference documents found: \(reports.count)")
        let lost = reports.filter { !$0.isLossless }
        #expect(lost.isEmpty, "\(lost.count) documents lose something:\n\(RoundTripTable.text(lost))")
    }
}
