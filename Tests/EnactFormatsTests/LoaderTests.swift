import EnactCore
import EnactDiff
import EnactFormats
import EnactReports
import EnactSource
import EnactTestSupport
import Testing

/// One loader, one policy: a document read from XML is the document its import reads back as, so that
/// `enact diff X.enact X.xml` says what `enact diff X.enact Y.enact` says where `Y.enact` is `enact import X.xml`.
struct LoaderTests {
    @Test func theReferenceFolderHoldsDocuments() {
        SharedReference.requireDocuments()
        #expect(!SharedReference.documents.isEmpty)
    }

    @Test(arguments: SharedReference.documents)
    func aDocumentReadFromXMLIsTheDocumentItsImportReadsBackAs(relative: String) throws {
        let path = try SharedReference.path(relative)
        let loaded = try DocumentLoader().load(path)
        let imported = try DocumentFormat.source.text(of: loaded.resolved, file: path)
        let readBack = try DocumentLoader().load(bytes: Array(imported.utf8), file: relative + ".enact")
        #expect(readBack.format == .source)
        let fromXML = DocumentDiff(old: readBack.resolved, new: loaded.resolved)
        let fromImport = DocumentDiff(old: readBack.resolved, new: readBack.resolved)
        let sides = DiffSides(old: "X.enact", new: "X")
        #expect(
            DiffTextReport(color: false).text(fromXML, sides: sides)
                == DiffTextReport(color: false).text(fromImport, sides: sides))
        #expect(fromXML.differences.isEmpty, "\(fromXML.differences.prefix(3).map(\.citations))")
        #expect(
            SourcePrinter().print(readBack.document) == imported, "the imported draft is printed as it is read")
    }
}
