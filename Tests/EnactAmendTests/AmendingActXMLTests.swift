import EnactAmend
import EnactAmendmentWriters
import EnactCore
import EnactDiff
import EnactFormats
import EnactSource
import EnactTestSupport
import EnactXML
import Foundation
import Testing

/// An amending act's own law XML (`<AmendProvision>`, `<AmendProvisionSentence>`, `<NewProvision>`) is read as its
/// printed 改め文 is: what Enact writes in that form reads back into an amendment that makes the same law.
struct AmendingActXMLTests {
    /// `amendment` written as the law XML of an amending act, checked against the official schema, and read back.
    private static func writtenAndReread(_ amendment: Amendment, base: Document) throws -> (String, Amendment) {
        let xml = try AmendmentWriter.write(amendment, base: base, file: "act.xml", as: .japaneseLaw)
        let problems = try SchemaValidator(schema: AmendmentXMLTests.schema(.japaneseLaw)).validate(
            Array(xml.utf8), file: "act.xml")
        #expect(problems.isEmpty, "\(problems.prefix(5).map(\.description).joined(separator: "\n"))")
        let parsed = try ParsedXML.parse(Array(xml.utf8), file: "act.xml")
        return (xml, try EnactedAmendment.read(law: parsed, against: base))
    }

    /// The amending act's number and a date in its year, from a case's `case.json` (the act's number as its name
    /// gives it, 「令和3年法律第49号」, in kanji as law XML writes it).
    private static func actNumberAndDate(_ folder: String) throws -> (String, LegalDate) {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/case.json"))
        let fields = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let name = try #require(fields["actname"] as? String)
        let match = try #require(name.firstMatch(of: /(令和|平成)(\d+)年法律第(\d+)号/))
        let year = try #require(Int(match.2).flatMap(Numeral.kanji.format))
        let serial = try #require(Int(match.3).flatMap(Numeral.kanji.format))
        let number = "\(match.1)\(year)年法律第\(serial)号"
        // The cases record when the amendment took effect, when they do, not when the act was promulgated: a day of
        // the act's year stands for it (law XML requires one; the amendment's text does not depend on it).
        let gregorian = (match.1 == "令和" ? 2018 : 1988) + (Int(match.2) ?? 0)
        return (number, try #require(LegalDate(year: gregorian, month: 1, day: 1)))
    }

    /// Each real case: the act's 改め文 read, written as the act's law XML (目次 entries as `<TOC>`, new sentences
    /// and their 読替え table as `<Sentence>`s and a `<TableStruct>`), read back and applied, gives the official next
    /// revision the printed 改め文 gives.
    @Test(arguments: SharedReference.kaiseiCases)
    func aRealActWrittenAsLawXMLReadsBackToTheSameLaw(name: String) throws {
        let folder = try SharedReference.path("kaisei/\(name)")
        let base = try DocumentLoader().load("\(folder)/base.xml").document
        let text = try String(contentsOfFile: "\(folder)/amendment.txt", encoding: .utf8)
        var amendment = try EnactedAmendment.read(text, against: base, file: "amendment.txt")
        (amendment.number, amendment.date) = try Self.actNumberAndDate(folder)
        let (xml, reread) = try Self.writtenAndReread(amendment, base: base)
        // A 目次 comes back as e-Gov writes its entries (the dash of an article range as ―), the rest as it was read.
        #expect(reread.instructions.count == amendment.instructions.count, "\(xml)")
        for (again, read) in zip(reread.instructions, amendment.instructions) {
            if case .attachContents = read { continue }
            #expect(again == read)
        }
        let direct = try AmendmentApplier().apply(amendment, to: base)
        let again = try AmendmentApplier().apply(reread, to: base)
        #expect(ComparableDocument(again).firstDifference(from: ComparableDocument(direct)) == nil)
    }

    /// Every kind of instruction Enact generates survives the law XML form (the heading of a quoted group of
    /// supplementary provisions aside).
    @Test func everyGeneratedInstructionKindReadsBack() throws {
        let (amendment, base) = try AmendmentXMLTests.generated("ja", style: .jp)
        let new = try AmendmentXMLTests.document("Tests/EnactAmendTests/Fixtures/kinds.new.ja.enact")
        let (_, reread) = try Self.writtenAndReread(amendment, base: base)
        #expect(reread.unread.isEmpty)
        let applied = try AmendmentApplier().apply(reread, to: base)
        let diff = DocumentDiff(old: ResolvedDocument(applied), new: ResolvedDocument(new))
        // A `<NewProvision>` may not hold a `<SupplProvision>`: the heading of a quoted group of supplementary
        // provisions (「附則　（令和九年法律第十号）」) has no place in law XML, its provisions do.
        let headingOnly = diff.differences.filter { change in
            change.old.map(\.text) == change.new.map(\.text) && change.new.allSatisfy { $0.citation.hasPrefix("附則") }
        }
        #expect(headingOnly.count <= 1)
        #expect(diff.differences.count == headingOnly.count, "\(diff.differences.map { $0.new.map(\.citation) })")
    }

    /// An act amending two laws in two articles: each law takes the article whose opening words name it.
    @Test func anActAmendingSeveralLawsInLawXMLAppliesTheArticleThatNamesTheBase() throws {
        let folders = try [
            "kaisei/323AC0000000201_503AC0000000049_art5", "kaisei/323AC0000000202_503AC0000000049_art7",
        ].map { try SharedReference.path($0) }
        var articles: [String] = []
        for folder in folders {
            let base = try DocumentLoader().load("\(folder)/base.xml").document
            let text = try String(contentsOfFile: "\(folder)/amendment.txt", encoding: .utf8)
            var amendment = try EnactedAmendment.read(text, against: base, file: "amendment.txt")
            (amendment.number, amendment.date) = try Self.actNumberAndDate(folder)
            let (xml, _) = try Self.writtenAndReread(amendment, base: base)
            let paragraph = try #require(xml.firstRange(of: "<Paragraph Num=\"1\">"))
            let end = try #require(xml.range(of: "</Paragraph>", options: .backwards))
            articles.append(
                "<Article Num=\"\(articles.count + 1)\"><ArticleTitle>第\(articles.isEmpty ? "一" : "二")条</ArticleTitle>"
                    + xml[paragraph.lowerBound..<end.upperBound] + "</Article>")
        }
        let act = """
            <Law Era="Reiwa" Year="3" Num="49" LawType="Act" Lang="ja"><LawNum>令和三年法律第四十九号</LawNum>
            <LawBody><LawTitle>良質かつ適切な医療を効率的に提供する体制の確保を推進するための医療法等の一部を改正する法律</LawTitle>
            <MainProvision>\(articles.joined())</MainProvision></LawBody></Law>
            """
        for folder in folders {
            let base = try DocumentLoader().load("\(folder)/base.xml").document
            let expected = try DocumentLoader().load("\(folder)/expected.xml").document
            let read = try EnactedAmendment.read(
                law: ParsedXML.parse(Array(act.utf8), file: "act.xml"), against: base)
            let applied = try AmendmentApplier().apply(read, to: base)
            #expect(
                ComparableDocument(applied).mainProvisions.firstDifference(
                    from: ComparableDocument(expected).mainProvisions) == nil, "\(folder)")
        }
    }

    /// 医師法 as it stood before 令和3年法律第49号 amended it.
    private static func physiciansLaw() throws -> Document {
        try DocumentLoader().load(try SharedReference.path("kaisei/323AC0000000201_503AC0000000049_art5/base.xml"))
            .document
    }

    /// An act amending 医師法 in its first article, whose `<AmendProvision>`s are `provisions` (from its fourth line).
    private static func physiciansAct(_ provisions: String) -> String {
        """
        <Law Era="Reiwa" Year="3" Num="49" LawType="Act" Lang="ja"><LawNum>令和三年法律第四十九号</LawNum>
        <LawBody><LawTitle>医師法の一部を改正する法律</LawTitle><MainProvision><Paragraph Num="1"><ParagraphNum/>
        <ParagraphSentence><Sentence>医師法（昭和二十三年法律第二百一号）の一部を次のように改正する。</Sentence></ParagraphSentence>
        \(provisions)
        </Paragraph></MainProvision></LawBody></Law>
        """
    }

    /// A quotation Enact does not apply (an appendix table quoted for an article) is an unread sentence at the
    /// line of what it quotes, and the sentences after it are read.
    @Test func aQuotedAppendixTableIsUnsupportedAtItsLine() throws {
        let act = Self.physiciansAct(
            """
            <AmendProvision><AmendProvisionSentence><Sentence>第十条を次のように改める。</Sentence></AmendProvisionSentence>
            <NewProvision>
            <AppdxTable><AppdxTableTitle>別表</AppdxTableTitle></AppdxTable></NewProvision></AmendProvision>
            <AmendProvision><AmendProvisionSentence><Sentence>第十一条を削る。</Sentence></AmendProvisionSentence>
            </AmendProvision>
            """)
        let read = try EnactedAmendment.read(
            law: ParsedXML.parse(Array(act.utf8), file: "act.xml"), against: try Self.physiciansLaw(),
            keepingUnread: true)
        #expect(read.instructions == [.strike(address: "第十一条")])
        let unread = try #require(read.unread.first)
        #expect(unread.location?.line == 6)
        #expect(unread.message.contains("unsupported: Enact does not apply a quoted <AppdxTable>"))
    }

    /// A quoted provision holding what the model keeps only as markup (a `<List>` in a paragraph) applies, and the
    /// reading says so as a warning at its line.
    @Test func whatAQuotedProvisionCannotCarryExactlyIsAWarningAtItsLine() throws {
        let act = Self.physiciansAct(
            """
            <AmendProvision><AmendProvisionSentence><Sentence>第十条を次のように改める。</Sentence></AmendProvisionSentence>
            <NewProvision><Article Num="10"><ArticleTitle>第十条</ArticleTitle><Paragraph Num="1"><ParagraphNum/>
            <ParagraphSentence><Sentence>医師国家試験は、次に掲げる事項について行う。</Sentence></ParagraphSentence>
            <List><ListSentence><Sentence>臨床上必要な医学</Sentence></ListSentence></List>
            </Paragraph></Article></NewProvision></AmendProvision>
            """)
        let read = try EnactedAmendment.read(
            law: ParsedXML.parse(Array(act.utf8), file: "act.xml"), against: try Self.physiciansLaw())
        #expect(read.instructions.count == 1)
        #expect(read.unread.isEmpty)
        let warning = try #require(read.warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 7)
        #expect(warning.message.contains("<List>"))
    }

    /// A law that is not an amending act is told so.
    @Test func aLawWithNoAmendingProvisionsIsNotAnAmendment() throws {
        let folder = try SharedReference.path("kaisei/323AC0000000201_503AC0000000049_art5")
        let base = try DocumentLoader().load("\(folder)/base.xml").document
        #expect {
            try EnactedAmendment.read(law: ParsedXML.parse(contentsOf: "\(folder)/expected.xml"), against: base)
        } throws: { error in
            "\(error)".contains("no <AmendProvision>")
        }
    }
}
