import EnactCore
import EnactSource
import EnactTemplates
import EnactTestSupport
import Foundation
import Testing

/// Generating from the small test template: values reach the draft, optional parts leave no gaps, and every
/// kind of error is reported where it can be fixed.
struct DraftGeneratorTests {
    static let folder = Fixtures.path("Tests/EnactTemplatesTests/Fixtures/tiny")

    private func generate(_ yaml: String) throws(DiagnosticError) -> GeneratedDraft {
        try DraftGenerator(template: try Template.load(folder: Self.folder)).generate(parameters: yaml, file: "p.yaml")
    }

    private func errors(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try generate(yaml)
            return []
        } catch {
            return error.diagnostics
        }
    }

    static let valid = """
        title: "Partners {and} \\\\ \\"friends\\" Act"
        drafted: 2026-11-26
        partners:
          - name: Taiwan
            note: see {ref:#purpose}
          - name: "@home {x}"
        """

    @Test func valuesAreEscapedAndSpelledAsAsked() throws {
        let draft = try generate(Self.valid)
        let document = try SourceReader().parse(draft.text).document
        #expect(document.metadata.title == "Partners {and} \\ \"friends\" Act")
        #expect(draft.text.contains("stated on 26 November 2026."))
        #expect(draft.text.contains("Taiwan (see {ref:#purpose});"))
        #expect(draft.text.contains("@home \\{x\\};"))
        #expect(draft.text.contains("every 1 years"))
        #expect(draft.text.contains("receives the Royal Assent"))
        #expect(!draft.text.contains("Proclamation"))
        #expect(draft.language == "en")
    }

    @Test func switchingAChapterOffLeavesNoGapAndNoDanglingReference() throws {
        let draft = try generate(Self.valid + "\ncooperation: false\n")
        let resolved = ResolvedDocument(try SourceReader().parse(draft.text).document)
        #expect(resolved.diagnostics.isEmpty)
        #expect(resolved.document.body.map { $0.number?.description } == ["1", "2"])
        #expect(!draft.text.contains("@section Partners"))
        #expect(!draft.text.contains("and section"))
    }

    @Test func generationIsDeterministic() throws {
        #expect(try generate(Self.valid).text == generate(Self.valid).text)
    }

    @Test func aMissingParameterIsReportedAtTheFile() {
        let found = errors("drafted: 2026-11-26\n")
        #expect(
            found.map(\.description) == [
                "p.yaml:1:1: error: missing required parameter 'title' (string) [missing-parameter]"
            ])
    }

    @Test func anUnknownParameterIsReportedAtItsKey() {
        let found = errors(Self.valid + "\nsponsor: x\n")
        #expect(
            found.map(\.description).first?.hasPrefix("p.yaml:7:1: error: unknown parameter 'sponsor'") == true,
            "\(found)")
    }

    @Test func anIllTypedValueIsReportedAtTheValue() {
        #expect(
            errors(Self.valid + "\ninterval: often\n").map(\.description)
                == ["p.yaml:7:11: error: 'interval' must be an integer, not 'often' [invalid-parameter]"])
        #expect(
            errors(Self.valid.replacingOccurrences(of: "2026-11-26", with: "26/11/2026")).first?.location?.description
                == "p.yaml:2:10")
        #expect(
            errors("title: T\ndrafted: 2026-11-26\npartners: Taiwan\n").first?.message == "'partners' must be a list")
        #expect(
            errors(Self.valid + "\ncooperation: maybe\n").first?.message
                == "'cooperation' must be true or false, not 'maybe'")
    }

    @Test func aValueOutsideTheEnumerationIsReportedWithTheChoices() {
        let found = errors(Self.valid + "\ncommencement: never\n")
        #expect(
            found.map(\.description) == [
                "p.yaml:7:15: error: 'never' is not a value of 'commencement'; expected one of: assent, proclamation [invalid-parameter]"
            ])
    }

    @Test func aFieldOfAListItemIsCheckedToo() {
        let found = errors(Self.valid + "\n  - note: nameless\n")
        #expect(
            found.map(\.description) == [
                "p.yaml:7:5: error: missing required parameter 'partners[2].name' (string) [missing-parameter]"
            ])
    }

    @Test func brokenYAMLIsReportedAtItsPlace() {
        let found = errors("title: [unclosed\n")
        #expect(found.first?.id.rawValue == "parameter-file")
        #expect(found.first?.location?.line == 2)
    }
}

/// Errors in a template body are reported at the body's line, not at a line of generated text.
struct TemplateErrorLocationTests {
    /// The errors generating from `body` reports (an issue is recorded when it reports none).
    private func errors(body: String, yaml: String = "title: T\n") throws -> [Diagnostic] {
        let folder = try TemporaryFolder()
        try folder.write(
            "bodies: {en: body.mustache}\nparameters:\n  title: {type: string, required: true}\n  flag: {type: boolean, default: false}\n",
            to: "template.yaml")
        try folder.write(body, to: "body.mustache")
        do {
            _ = try DraftGenerator(template: try Template.load(folder: folder.url.path)).generate(
                parameters: yaml, file: "p.yaml")
            Issue.record("the template generated without an error")
            return []
        } catch {
            return error.diagnostics
        }
    }

    static let head =
        "---\ntitle: {{title.yaml}}\njurisdiction: AU\nlanguage: en\ntradition: au\nwork: /akn/au/bill/2026/t\n---\n"

    @Test func aDanglingReferenceInTheGeneratedTextPointsAtTheTemplateLine() throws {
        // Line 13 of the body; the section before it disappears, so the generated line number differs.
        let body = Self.head + "{{#flag}}\n@section Gone\nText.\n{{/flag}}\n@section Kept\nSee {ref:#nowhere}.\n"
        let found = try errors(body: body)
        let dangling = found.first { $0.id.rawValue == "dangling-reference" }
        #expect(dangling?.location?.file.hasSuffix("body.mustache") == true)
        #expect(dangling?.location?.line == 13, "\(found)")
        #expect(dangling?.location?.column == 5)
    }

    @Test func anUndeclaredNameIsReportedAtItsTag() throws {
        let found = try errors(body: Self.head + "@section A\nText {{titel}}.\n")
        #expect(found.map(\.id.rawValue) == ["unknown-parameter"])
        #expect(found.first?.location?.line == 9)
        #expect(found.first?.location?.column == 6)
    }

    @Test func aMustacheSyntaxErrorIsReportedAtItsLine() throws {
        let found = try errors(body: Self.head + "{{#flag}}\n@section A\nText.\n")
        #expect(found.first?.id.rawValue == "template-syntax")
    }
}
