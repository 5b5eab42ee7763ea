import EnactCore
import EnactFormats
import EnactTestSupport
import EnactXML
import Testing

struct FormatDetectionTests {
    @Test func theWrongRootElementIsNamed() throws {
        let xml = try ParsedXML.parse(Array("<html><body/></html>".utf8), file: "page.xml")
        do {
            _ = try DocumentFormat.detect(xml)
            Issue.record("an HTML page was taken for legislation")
        } catch {
            #expect(error.diagnostics.first?.id == .unknownXmlFormat)
            #expect(error.diagnostics.first?.message.contains("<html>") == true)
        }
    }

    @Test(arguments: [
        ("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"/>", DocumentFormat.akomaNtoso),
        ("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17\"/>", .akomaNtoso),
        ("<akomaNtoso xmlns=\"http://www.akomantoso.org/2.0\"/>", .akomaNtoso),
        ("<uscDoc xmlns=\"http://xml.house.gov/schemas/uslm/1.0\"/>", .uslm1),
        ("<bill xmlns=\"http://schemas.gpo.gov/xml/uslm\"/>", .uslm2),
        ("<Law Era=\"Heisei\"/>", .japaneseLaw),
    ])
    func everyXMLFormatIsRecognisedByItsRoot(xml: String, format: DocumentFormat) throws {
        #expect(try DocumentFormat.detect(ParsedXML.parse(Array(xml.utf8), file: "doc.xml")) == format)
    }

    @Test func anAmendmentIsNotLoadedAsADocument() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("---\ntitle: 改正\namends: 行政手続法\nstyle: jp\n---\n", to: "change.txt")
        do {
            _ = try DocumentLoader().load(path)
            Issue.record("an amendment was read as a document")
        } catch {
            #expect(error.diagnostics.first?.message.contains("enact apply") == true)
        }
    }

    @Test func everyFormatHasOneNameAndOneExtension() {
        #expect(Set(DocumentFormat.allCases.map(\.name)).count == DocumentFormat.allCases.count)
        #expect(Set(DocumentFormat.allCases.map(\.fileExtension)).count == DocumentFormat.allCases.count)
        for format in DocumentFormat.allCases {
            #expect(DocumentFormat(name: format.name) == format)
            #expect(format.isXML == (format.schemaFileName != nil), "\(format) has a schema exactly when it is XML")
        }
    }
}
