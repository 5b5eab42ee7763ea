import EnactTestSupport
import Foundation
import Testing

/// Findings for CI systems: SARIF 2.1.0 for code scanning (valid against the official JSON schema), GitHub
/// workflow annotations (golden-tested), JUnit XML for `validate` over many files; and `fmt --check` in each.
struct CIReportTests {
    /// A draft with a dangling reference at line 6, column 1, and no title.
    private static let draft = "---\nlanguage: ja\njurisdiction: JP\n---\n@第一条\n{ref:#nowhere}\n"

    @Test func sarifValidatesAgainstTheSchemaAndLocatesAKnownFinding() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.draft, to: "draft.enact")
        let run = try EnactProcess.run(["check", "draft.enact", "--format", "sarif"], in: folder.url)
        #expect(run.status == 1)
        let sarif = try folder.write(run.standardOutput, to: "check.sarif")
        let schema = try SharedReference.path("sarif/sarif-schema-2.1.0.json")
        let validation = try Self.python(
            "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))",
            sarif, schema)
        #expect(validation.status == 0, "\(validation.error)")

        let log = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run0 = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run0["results"] as? [[String: Any]])
        let dangling = try #require(results.first { $0["ruleId"] as? String == "dangling-reference" })
        #expect(dangling["level"] as? String == "error")
        let physical = try #require(
            ((dangling["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "draft.enact")
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 6)
        #expect(region["startColumn"] as? Int == 1)
        let rules = try #require(
            ((run0["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "dangling-reference" })
    }

    @Test func githubAnnotationsMatchTheGolden() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.draft, to: "draft.enact")
        let run = try EnactProcess.run(["check", "draft.enact", "--format", "github"], in: folder.url)
        #expect(run.status == 1)
        assertGolden(run.standardOutput, "Tests/EnactCommandsTests/Golden/check.github.txt")
    }

    @Test func validateWritesAJUnitTestPerFile() throws {
        let folder = try TemporaryFolder()
        let valid = try #require(
            try EnactProcess.run(["render", Fixtures.flagshipJapanese, "--to", "akn", "-o", folder.path("ok.akn.xml")])
                .status == 0 ? "ok.akn.xml" : nil)
        try folder.write(
            "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act/></akomaNtoso>\n",
            to: "bad.akn.xml")
        let run = try EnactProcess.run(
            ["validate", valid, "bad.akn.xml", "--format", "junit", "--schemas", SharedReference.root.path],
            in: folder.url)
        #expect(run.status == 1)
        #expect(run.standardOutput.contains("<testsuite name=\"enact validate\" tests=\"2\" failures=\"1\""))
        #expect(run.standardOutput.contains("<testcase classname=\"enact validate\" name=\"ok.akn.xml\"/>"))
        #expect(run.standardOutput.contains("<testcase classname=\"enact validate\" name=\"bad.akn.xml\">"))
        #expect(run.standardOutput.contains("<failure message="))
        #expect(run.standardOutput.contains("bad.akn.xml:1:"))
    }

    /// The front matter's keys out of order: the first line that changes is the third (`kind:` goes after
    /// `title:`).
    @Test func fmtCheckReportsTheFirstLineThatWouldChange() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "---\ntitle: 法\nlanguage: ja\njurisdiction: JP\nkind: act\n---\n\n@第一条\n本文\n@第二条\n本文\n",
            to: "draft.enact")
        let run = try EnactProcess.run(["fmt", "--check", "draft.enact", "--format", "github"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.standardOutput.hasPrefix("::error file=draft.enact,line=3,col=1,title=not-canonical::"))
        let text = try EnactProcess.run(["fmt", "--check", "draft.enact"], in: folder.url)
        #expect(text.standardOutput == "draft.enact: not in canonical form\n")
    }

    private static func python(_ code: String, _ arguments: String...) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", code] + arguments
        let error = Pipe()
        process.standardError = error
        try process.run()
        let data = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
