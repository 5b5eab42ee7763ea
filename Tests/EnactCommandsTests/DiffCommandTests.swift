import EnactTestSupport
import Foundation
import Testing

/// `enact diff` on the flagship and its committee revision: golden output in every format, diff-like exit
/// status, and bad input.
struct DiffCommandTests {
    static let original = "Drafts/japan-taiwan-relations-act.ja.enact"
    static let revised = "Drafts/japan-taiwan-relations-act.revised.ja.enact"

    @Test(arguments: ["text", "markdown", "html", "json"])
    func theRevisionMatchesItsGoldenFile(format: String) throws {
        let output = try EnactProcess.run(["diff", Self.original, Self.revised, "--format", format, "--color", "never"])
        #expect(output.status == 1, "differences exit 1: \(output.standardError)")
        let suffix = ["text": "txt", "markdown": "md", "html": "html", "json": "json"][format] ?? format
        assertGolden(output.standardOutput, "Tests/EnactCommandsTests/Golden/flagship-revision.diff.\(suffix)")
    }

    @Test func theRevisionIsRecognisedForWhatItIs() throws {
        let output = try EnactProcess.run([
            "diff", Self.original, Self.revised, "--format", "json", "--ignore-numbering",
        ])
        let json = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any]
        let summary = json?["summary"] as? [String: Int]
        #expect(summary?["split"] == 1)
        #expect(summary?["moved"] == 1)
        #expect(summary?["inserted"] == 1)
        #expect(summary?["renumbered"] == nil, "--ignore-numbering hides renumbering")
        let withNumbers = try EnactProcess.run(["diff", Self.original, Self.revised, "--format", "json"])
        let counted =
            (try JSONSerialization.jsonObject(with: Data(withNumbers.standardOutput.utf8)) as? [String: Any])?[
                "summary"] as? [String: Int]
        #expect((counted?["renumbered"] ?? 0) > 20, "every article after the new one moves down")
    }

    @Test func identicalVersionsExitZero() throws {
        let output = try EnactProcess.run(["diff", Self.original, Self.original])
        #expect(output.status == 0)
        #expect(output.standardOutput.hasSuffix(": 59 unchanged\n"), "the preamble, 8 chapters, 49 articles and the 附則")
    }

    @Test func chapterHeadingsAndThePreambleAreComparedToo() throws {
        let folder = try TemporaryFolder()
        let original = try String(contentsOfFile: Fixtures.path(Self.original), encoding: .utf8)
        let edited = original.replacingOccurrences(of: "@章　総則", with: "@章　通則")
            .replacingOccurrences(of: "我が国と台湾は、地理的に近接し", with: "我が国と台湾は、地理的に極めて近接し")
        let path = try folder.write(edited, to: "edited.enact")
        let output = try EnactProcess.run(["diff", Self.original, path, "--color", "never"])
        #expect(output.status == 1)
        #expect(output.standardOutput.contains("modified: 第一章 通則\n    [-総-]{+通+}則\n"))
        #expect(output.standardOutput.contains("modified: 前文\n"))
        #expect(output.standardOutput.contains("地理的に{+極めて+}近接し"))
    }

    @Test func xmlAndSourceVersionsCompare() throws {
        let folder = try TemporaryFolder()
        let rendered = try EnactProcess.run(["render", Self.original, "--to", "akn", "--output-dir", folder.url.path])
        #expect(rendered.status == 0)
        let xml = folder.path("japan-taiwan-relations-act.ja.akn.xml")
        let output = try EnactProcess.run(["diff", xml, Self.original, "--ignore-whitespace"])
        #expect(output.status == 0, "\(output.standardOutput)\(output.standardError)")
    }

    @Test func badInputIsTroubleWithItsLocation() throws {
        let folder = try TemporaryFolder()
        let missing = try EnactProcess.run(["diff", folder.path("nothing.enact"), Self.original])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("nothing.enact:1:1: error: no such file"))
        let empty = try folder.write("---\ntitle: Empty\njurisdiction: JP\nlanguage: ja\n---\n", to: "empty.enact")
        let emptyOutput = try EnactProcess.run(["diff", empty, Self.original])
        #expect(emptyOutput.status == 2)
        #expect(emptyOutput.standardError.contains("empty.enact:1:1: error: the document has no divisions to compare"))
        let mixed = try EnactProcess.run(["diff", Self.original, "Drafts/japan-taiwan-relations-act.en.enact"])
        #expect(mixed.status == 2)
        #expect(mixed.standardError.contains("enact compare"))
        let broken = try folder.write("<root><unclosed></root>", to: "broken.xml")
        let brokenOutput = try EnactProcess.run(["diff", broken, Self.original])
        #expect(brokenOutput.status == 2)
        #expect(brokenOutput.standardError.contains("broken.xml:1:"))
    }
}

/// `enact compare` of the flagship with the US Taiwan Relations Act.
struct CompareCommandTests {
    static let codified = "uslm/documents/usc22-ch48-taiwan-relations.xml"

    @Test(arguments: ["text", "markdown", "html", "json"])
    func theConcordanceMatchesItsGoldenFile(format: String) throws {
        let reference = try SharedReference.path(Self.codified)
        let output = try EnactProcess.run([
            "compare", "Drafts/japan-taiwan-relations-act.en.enact", reference, "--format", format,
        ])
        #expect(output.status == 1, "a section without a counterpart exits 1: \(output.standardError)")
        let suffix = ["text": "txt", "markdown": "md", "html": "html", "json": "json"][format] ?? format
        let shown = output.standardOutput.replacingOccurrences(of: reference, with: "usc22-ch48-taiwan-relations.xml")
        assertGolden(shown, "Tests/EnactCommandsTests/Golden/flagship-vs-usc.compare.\(suffix)")
    }

    @Test func acrossLanguagesOnlyDeclaredCorrespondencesAreShown() throws {
        let output = try EnactProcess.run([
            "compare", "Drafts/japan-taiwan-relations-act.ja.enact", try SharedReference.path(Self.codified),
            "--format", "json",
        ])
        let json = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any]
        let matches =
            (json?["entries"] as? [[String: Any]])?.flatMap { ($0["matches"] as? [[String: Any]]) ?? [] } ?? []
        #expect(matches.count >= 25)
        #expect(matches.allSatisfy { $0["declared"] as? Bool == true })
    }
}
