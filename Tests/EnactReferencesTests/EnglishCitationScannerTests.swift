import EnactReferences
import Testing

/// The English grammar, form by form: what is a citation, its words, and what it names.
struct EnglishCitationScannerTests {
    /// The citations of `text` as `words → scope steps`.
    private static func scan(_ text: String) -> [String] {
        EnglishCitationScanner().scan(text).map { citation in
            let steps = citation.steps.map { "\($0.kind.rawValue) \($0.numeral)" }.joined(separator: ", ")
            let through = citation.through.map { " through " + $0.map(\.numeral).joined(separator: "/") } ?? ""
            return "\(citation.text) → \(citation.scope) [\(steps)]\(through)"
        }
    }

    @Test func numberedCitationsReadEveryLevel() {
        #expect(
            Self.scan("as provided in section 3(a)(1)(B).") == [
                "section 3(a)(1)(B) → absolute [section 3, subsection a, paragraph 1, subparagraph B]"
            ])
        #expect(Self.scan("under subsection (b)") == ["subsection (b) → enclosing [subsection b]"])
        #expect(Self.scan("Article 10(2) applies") == ["Article 10(2) → absolute [article 10, paragraph 2]"])
        #expect(Self.scan("described in item (iii)") == ["item (iii) → enclosing [item iii]"])
    }

    @Test func qualifiersSayWhatTheNumbersAreOf() {
        #expect(
            Self.scan("paragraph (2) of this subsection") == [
                "paragraph (2) of this subsection → current(Optional(EnactCore.DivisionKind.subsection)) [paragraph 2]"
            ])
        #expect(
            Self.scan("subsection (b) of section 5") == [
                "subsection (b) of section 5 → absolute [section 5, subsection b]"
            ])
        #expect(
            Self.scan("section 552a of title 5, United States Code, (commonly") == [
                "section 552a of title 5, United States Code → external(\"/us/usc/t5\") [section 552a]"
            ])
        #expect(
            Self.scan("section 4 of the Taiwan Relations Act") == [
                "section 4 of the Taiwan Relations Act → external(\"Act:Taiwan Relations Act\") [section 4]"
            ])
    }

    @Test func rangesAreOneCitationAndListsOneEach() {
        #expect(Self.scan("sections 5 through 8") == ["sections 5 through 8 → absolute [section 5] through 8"])
        #expect(Self.scan("sections 509–517 of this title").count == 1)
        #expect(
            Self.scan("subsections (a) and (b)") == [
                "subsections (a) → enclosing [subsection a]", "(b) → enclosing [subsection b]",
            ])
    }

    @Test func otherWorksAreNamedByIdentifier() {
        let identifiers = [
            "22 U.S.C. 3301", "Public Law 96-8", "Pub. L. 96–8", "93 Stat. 14", "section 552 of title 5",
            "15 U.S.C. 278g–3",
        ].map { EnglishCitationScanner().scan($0).first?.externalIdentifier }
        #expect(
            identifiers == [
                "/us/usc/t22/s3301", "/us/pl/96/8", "/us/pl/96/8", "/us/stat/93/14", "/us/usc/t5/s552",
                "/us/usc/t15/s278g-3",
            ])
    }

    @Test func namesBeingGivenAndAnaphoraAreNotCitations() {
        #expect(Self.scan("This Act may be cited as the “Taiwan Relations Act”.") == ["This Act → current(nil) []"])
        #expect(Self.scan("the Secretary of State and such section").isEmpty)
    }
}
