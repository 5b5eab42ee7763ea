import EnactTestSupport
import Foundation
import Testing

/// End-to-end: runs the built `enact` and checks what it prints and its exit status.
struct CommandLineTests {
    @Test func checkIsSilentAndSucceedsOnTheFlagshipAndItsParallelVersion() throws {
        let output = try EnactProcess.run(["check", Fixtures.flagshipJapanese, "--parallel", Fixtures.flagshipEnglish])
        #expect(output.status == 0, "\(output.standardOutput)\(output.standardError)")
        #expect(output.standardOutput.isEmpty)
    }

    @Test func checkReportsFindingsWithLocationsAndExitsOne() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "---\nlanguage: ja\njurisdiction: JP\n---\n@第一条\n{ref:#nowhere}\n", to: "draft.enact")
        let output = try EnactProcess.run(["check", path, "--color", "never"])
        #expect(output.status == 1)
        #expect(
            output.standardOutput.contains(
                "\(path):6:1: error: reference to '#nowhere', which no division carries [dangling-reference]"))
        #expect(output.standardOutput.contains("\(path):1:1: error: front matter lacks 'title' [missing-metadata]"))
        #expect(!output.standardOutput.contains("\u{1B}["))
    }

    @Test func checkWritesJSONForMachines() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("---\nlanguage: ja\njurisdiction: JP\n---\n@第一条\n本文\n", to: "draft.enact")
        let output = try EnactProcess.run(["check", path, "--format", "json"])
        #expect(output.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any]
        #expect(json?["errors"] as? Int == 3)
        let first = (json?["diagnostics"] as? [[String: Any]])?.first
        #expect(first?["rule"] as? String == "missing-metadata")
        #expect(first?["line"] as? Int == 1)
    }

    @Test func unreadableInputAndUsageErrorsExitTwo() throws {
        let missing = try EnactProcess.run(["check", "no-such-draft.enact"])
        #expect(missing.status == 2)
        #expect(missing.standardOutput.contains("no-such-draft.enact:1:1: error: no such file [no-such-file]"))
        let usage = try EnactProcess.run(["check", "--no-such-option"])
        #expect(usage.status == 2)
        #expect(!usage.standardError.isEmpty)
        let directory = try EnactProcess.run(["render", "Drafts", "--to", "html"])
        #expect(directory.status == 2)
        #expect(directory.standardError.contains("Drafts:1:1: error: is a directory"))
    }

    @Test func helpExplainsOptionsWithExamples() throws {
        for command in ["check", "fmt", "render", "dump", "bench"] {
            let output = try EnactProcess.run([command, "--help"])
            #expect(output.status == 0)
            #expect(output.standardOutput.contains("Example"), "\(command) --help has no example")
        }
    }

    @Test func fmtChecksRewritesAtomicallyAndLeavesBrokenFilesAlone() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("---\nlanguage: en\n---\n@section\nThe\nSecretary.\r\n", to: "draft.enact")
        let check = try EnactProcess.run(["fmt", "--check", path])
        #expect(check.status == 1)
        #expect(check.standardOutput.contains("not in canonical form"))
        let rewrite = try EnactProcess.run(["fmt", path])
        #expect(rewrite.status == 0)
        #expect(
            try String(contentsOfFile: path, encoding: .utf8) == "---\nlanguage: en\n---\n\n@section\nThe Secretary.\n")
        #expect(try EnactProcess.run(["fmt", "--check", path]).status == 0)

        let broken = try folder.write("---\nlanguage: en\n---\n@sectoin\ntext\n", to: "broken.enact")
        let failed = try EnactProcess.run(["fmt", broken])
        #expect(failed.status == 2)
        #expect(failed.standardError.contains("broken.enact:4:2: error: unknown division keyword 'sectoin'"))
        #expect(try String(contentsOfFile: broken, encoding: .utf8) == "---\nlanguage: en\n---\n@sectoin\ntext\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func renderNeverOverwritesAHandWrittenFileWithoutForce() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("my own notes\n", to: "act.html")
        let refused = try EnactProcess.run(["render", Fixtures.flagshipEnglish, "--to", "html", "-o", target])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("refusing to overwrite"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "my own notes\n")
        let forced = try EnactProcess.run(["render", Fixtures.flagshipEnglish, "--to", "html", "-o", target, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let again = try EnactProcess.run(["render", Fixtures.flagshipEnglish, "--to", "html", "-o", target])
        #expect(again.status == 0, "enact's own output may be replaced")
    }

    @Test func renderWritesNothingWhenTheInputHasErrors() throws {
        let folder = try TemporaryFolder()
        let source = try folder.write("---\nlanguage: en\n---\n@section\nSee {ref:#nowhere}.\n", to: "draft.enact")
        let target = folder.path("draft.md")
        let output = try EnactProcess.run(["render", source, "--to", "markdown", "-o", target])
        #expect(output.status == 2)
        #expect(output.standardError.contains("draft.enact:5:5: error: reference to '#nowhere'"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func renderWritesEveryFormatIntoAnOutputFolder() throws {
        let folder = try TemporaryFolder()
        let output = try EnactProcess.run([
            "render", Fixtures.flagshipJapanese, Fixtures.flagshipEnglish, "--to", "markdown", "--to", "html",
            "--output-dir", folder.url.path,
        ])
        #expect(output.status == 0, "\(output.standardError)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(
            written == [
                "japan-taiwan-relations-act.en.html", "japan-taiwan-relations-act.en.md",
                "japan-taiwan-relations-act.ja.html", "japan-taiwan-relations-act.ja.md",
            ])
        #expect(output.standardOutput.split(separator: "\n").count == 4)
    }

    /// One table with every measurement and its peer; a missing peer is a note, not a failure (this debug
    /// build misses the speed targets, so the status is 1, not 2).
    @Test func benchPrintsOneTableWithThePeers() throws {
        let output = try EnactProcess.run([
            "bench", "--divisions", "400", "--repeat", "1", "--reference", SharedReference.root.path,
        ])
        #expect(output.status == 0 || output.status == 1, "\(output.standardError)")
        let text = output.standardOutput
        #expect(text.hasPrefix("operation"))
        for operation in [
            "parse + check", "render Markdown", "render HTML", "peak memory", "source → HTML", "source → Akoma Ntoso",
            "generate every template example", "diff (process)", "diff growth", "import (process, start aside)",
            "import memory (start aside)", "validate (process)",
        ] {
            #expect(text.contains(operation), "the table has a row for \(operation)")
        }
        for peer in [
            "cmark-gfm", "pandoc", "bluebell-akn", "git diff --word-diff", "xmllint (parse)", "xmllint --schema",
        ] {
            #expect(text.contains(peer), "the table names \(peer)")
        }
        #expect(text.contains("measured targets met"))
        let json = try EnactProcess.run([
            "bench", "--divisions", "400", "--repeat", "1", "--no-diff", "--no-xml", "--format", "json",
        ])
        let rows = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
        #expect((rows?.count ?? 0) >= 7)
        #expect(rows?.first?["operation"] as? String == "parse + check (in process)")
    }

    @Test func validateExitsZeroOneOrTwoLikeDiff() throws {
        let schemas = SharedReference.root.path
        let valid = try SharedReference.path("akn/documents/us_Act_2011-11-29.xml")
        let invalid = try SharedReference.path("akn/documents/INVALID_za_constitution_1996_lawsafrica.xml")
        #expect(try EnactProcess.run(["validate", valid, "--schemas", schemas]).status == 0)
        let failing = try EnactProcess.run(["validate", invalid, "--schemas", schemas, "--format", "json"])
        #expect(failing.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(failing.standardOutput.utf8)) as? [String: Any]
        #expect(json?["errors"] as? Int == 185)
        let folder = try TemporaryFolder()
        let hostile = try folder.write("<!DOCTYPE r [<!ENTITY e \"x\">]><r>&e;</r>", to: "hostile.xml")
        let refused = try EnactProcess.run(["validate", hostile, "--schemas", schemas])
        #expect(refused.status == 2)
        #expect(refused.standardOutput.contains("hostile.xml:1:1: error: entity declarations are not accepted"))
        let folder2 = try TemporaryFolder()
        let unconfigured = try EnactProcess.run(
            ["validate", valid], in: folder2.url,
            environment: ["ENACT_SCHEMA_PATH": "", "ENACT_PROFILE_PATH": "/nonexistent"])
        #expect(unconfigured.status == 2)
    }

    @Test func renderedXMLOfTheFlagshipValidates() throws {
        let folder = try TemporaryFolder()
        let rendered = try EnactProcess.run([
            "render", Fixtures.flagshipJapanese, Fixtures.flagshipEnglish, "--to", "akn", "--to", "uslm", "--to",
            "jplaw",
            "--output-dir", folder.url.path,
        ])
        #expect(rendered.status == 0, "\(rendered.standardError)")
        let outputs = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).map { folder.path($0) }
        #expect(outputs.count == 6)
        let validated = try EnactProcess.run(["validate"] + outputs + ["--schemas", SharedReference.root.path])
        #expect(validated.status == 0, "\(validated.standardOutput)")
        #expect(
            validated.standardOutput.split(separator: "\n").count == 6,
            "one 'validates' line per file, official schema and profile")
        let profileOnly = try EnactProcess.run(["validate"] + outputs, environment: ["ENACT_SCHEMA_PATH": ""])
        #expect(profileOnly.status == 0, "\(profileOnly.standardOutput)")
    }
}
