import EnactChecks
import EnactCore
import EnactSource
import EnactTemplates
import EnactTestSupport
import Foundation
import Testing

/// The relations-act family: the flagship drafts are what the template generates, and every optional chapter
/// can be switched off without leaving a gap in the numbering or a reference that does not resolve.
struct RelationsActTests {
    static let template = Fixtures.path("Templates/relations-act")
    static let languages = ["ja", "en"]
    /// Every member of the family: the parameter files in the template's examples folder.
    static let examples: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: "\(template)/examples")) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted()

    private static func generator() throws -> DraftGenerator {
        DraftGenerator(template: try Template.load(folder: template))
    }

    private static func flagshipParameters(_ language: String) throws -> String {
        try parameters("japan-taiwan.\(language).yaml")
    }

    private static func parameters(_ example: String) throws -> String {
        try String(contentsOfFile: "\(template)/examples/\(example)", encoding: .utf8)
    }

    @Test(arguments: languages)
    func theFlagshipIsRegeneratedByteForByte(language: String) throws {
        let draft = try Self.generator().generate(
            parametersFile: "\(Self.template)/examples/japan-taiwan.\(language).yaml")
        let committed = try String(
            contentsOfFile: Fixtures.path("Drafts/japan-taiwan-relations-act.\(language).enact"), encoding: .utf8)
        #expect(draft.text == committed)
        #expect(draft.findings.isEmpty)
    }

    @Test(arguments: ["economic", "exchange", "political", "security"], examples)
    func switchingAChapterOffLeavesNoGapAndResolves(chapter: String, example: String) throws {
        let parameters = try Self.parameters(example) + "chapters:\n  \(chapter): false\n"
        let draft = try Self.generator().generate(parameters: parameters, file: "off.yaml")
        let document = try SourceReader().parse(draft.text).document
        #expect(Checker().check(document, file: "off.enact").filter { $0.severity >= .warning }.isEmpty)
        let resolved = ResolvedDocument(document)
        let numbered = resolved.document
        let chapters = numbered.body.compactMap(\.number?.main)
        #expect(chapters == Array(1...chapters.count), "chapters numbered without a gap")
        var articles: [Int] = []
        for division in numbered.body {
            division.forEachDivision {
                if resolved.tradition.role(of: $0.kind) == .unit, let number = $0.number {
                    articles.append(number.main)
                }
            }
        }
        #expect(articles == Array(1...articles.count), "articles numbered without a gap")
        let full = try SourceReader().parse(
            try Self.generator().generate(parameters: try Self.parameters(example), file: "p.yaml").text
        ).document
        #expect(chapters.count == full.body.count - 1)
        // The chapter that went is gone whole: none of the provisions inside it stayed behind in another one.
        let kept = Self.labels(document.body)
        let removed = full.body.filter { $0.label.map { !kept.contains($0) } ?? false }
        #expect(removed.count == 1, "exactly one chapter removed")
        #expect(Self.labels(removed).isDisjoint(with: kept), "\(Self.labels(removed).intersection(kept))")
    }

    private static func labels(_ divisions: [Division]) -> Set<String> {
        var labels: Set<String> = []
        for division in divisions { division.forEachDivision { if let label = $0.label { labels.insert(label) } } }
        return labels
    }

    @Test(arguments: examples)
    func theSmallestMemberIsStillACleanAct(example: String) throws {
        let kept = try Self.parameters(example).split(separator: "\n")
            .filter {
                !$0.hasPrefix("like_minded") && !$0.hasPrefix("commencement") && !$0.hasPrefix("report_interval")
                    && !$0.hasPrefix("review_years")
            }
        let parameters =
            kept.joined(separator: "\n") + """

                chapters: {economic: false, exchange: false, political: false, security: false}
                options: {cptpp_accession: false, disaster_relief: false, intelligence_sharing: false, coast_guard: false}
                like_minded: []
                commencement: immediate
                report_interval: 2
                review_years: 3

                """
        let draft = try Self.generator().generate(parameters: parameters, file: "small.yaml")
        let document = try SourceReader().parse(draft.text).document
        #expect(Checker().check(document, file: "small.enact").filter { $0.severity == .error }.isEmpty)
        #expect(!draft.text.contains("{#ch-economic}"))
        if example.hasPrefix("japan-taiwan.") {
            let japanese = draft.language == "ja"
            #expect(draft.text.contains(japanese ? "二年ごとに" : "Every two years"))
            #expect(draft.text.contains(japanese ? "公布の日から施行する。" : "as of the date of promulgation."))
            #expect(!draft.text.contains(japanese ? "準備行為" : "Preparatory Acts"))
        }
    }

    @Test func everyExampleNamesTheTemplateAndALanguage() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: "\(Self.template)/examples").filter {
            $0.hasSuffix(".yaml")
        }
        #expect(examples.count >= 2)
        for example in examples {
            let draft = try Self.generator().generate(parametersFile: "\(Self.template)/examples/\(example)")
            #expect(example.contains(".\(draft.language).yaml"), "the file name says the language")
        }
    }
}
