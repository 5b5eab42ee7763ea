import EnactCore
import EnactSyntheticDocuments
import EnactSource
import EnactTestSupport
import Testing

struct RoundTripTests {
    @Test(arguments: 0..<300)
    func printingThenParsingGivesTheSameDocument(seed: Int) throws {
        var synthesizer = DocumentSynthesizer(seed: UInt64(seed))
        let document = synthesizer.document()
        let text = SourcePrinter().print(document)
        let result = try SourceReader().parse(text, file: "generated-\(seed).enact")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)\n\(text)")
        #expect(
            result.document == document,
            "seed \(seed):\n\(text)\n\(DocumentDumper.dump(result.document))\n\(DocumentDumper.dump(document))")
        #expect(SourcePrinter().print(result.document) == text)
    }

    @Test(arguments: [
        Fixtures.flagshipJapanese, Fixtures.flagshipEnglish, "Tests/EnactSourceTests/Fixtures/everything.enact",
    ])
    func canonicalTextPrintsBackUnchanged(path: String) throws {
        let text = try Fixtures.text(path)
        let result = try SourceReader().parse(text, file: path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(SourcePrinter().print(result.document) == text)
    }

    /// An imported division remembers the element it was read from (`@element:`), which the source keeps.
    @Test func theElementADivisionWasReadFromIsReadAndPrintedBack() throws {
        let text = """
            ---
            jurisdiction: ZA
            tradition: akn
            ---

            @paragraph
            @designation:
            @element: list class="a \\"b\\""

            @point (i)
            The first.

            @point
            @designation:
            @element: tblock kept-whole
            {xml:akn|Table|<tblock xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><p>Table</p></tblock>}

            """
        let result = try SourceReader().parse(text, file: "element.enact")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let list = try #require(result.document.body.first)
        #expect(list.sourceElement == SourceElement(name: "list", attributes: ["class": "a \"b\""]))
        #expect(list.children.last?.sourceElement == SourceElement(name: "tblock", isKeptWhole: true))
        #expect(SourcePrinter().print(result.document) == text)
    }

    @Test func nonCanonicalTextIsNormalised() throws {
        let text = """
            ---
            language: ja
            jurisdiction: JP
            ---
            @第一章 総則
            @第一条 （目的）
            この法律は、
            目的とする。
                @２
            前項の規定は、
               適用しない。
            """
        let document = try SourceReader().parse(text).document
        let expected = """
            ---
            jurisdiction: JP
            language: ja
            ---

            @第一章　総則

            @第一条（目的）
            この法律は、目的とする。

            @２
            前項の規定は、適用しない。

            """
        #expect(SourcePrinter().print(document) == expected)
    }

    @Test func englishLinesJoinWithOneSpace() throws {
        let text = "---\nlanguage: en\n---\n@section\nThe Secretary\nshall report.\n"
        let document = try SourceReader().parse(text).document
        #expect(document.body.first?.content == [.text("The Secretary shall report.")])
    }
}
