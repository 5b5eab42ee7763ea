@testable import EnactCommands
import EnactTestSupport
import Foundation
import Testing

/// `enact new` and `enact templates` as a drafter uses them.
struct NewCommandTests {
    static let flagshipParameters = "Templates/relations-act/examples/japan-taiwan.ja.yaml"

    @Test func newWritesADraftAndNeverOverwritesWithoutForce() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("hand-edited\n", to: "draft.enact")
        let refused = try EnactProcess.run(["new", "relations-act", "--params", Self.flagshipParameters, "-o", target])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("use --force"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "hand-edited\n")

        let forced = try EnactProcess.run([
            "new", "relations-act", "--params", Self.flagshipParameters, "-o", target, "--force",
        ])
        #expect(forced.status == 0, "\(forced.standardError)")
        #expect(
            try String(contentsOfFile: target, encoding: .utf8)
                == String(contentsOfFile: Fixtures.path("Drafts/japan-taiwan-relations-act.ja.enact"), encoding: .utf8))
        #expect(
            try String(contentsOfFile: target + ".bak", encoding: .utf8) == "hand-edited\n",
            "the replaced draft is kept")

        try FileManager.default.removeItem(atPath: target + ".bak")
        let noBackup = try EnactProcess.run([
            "new", "relations-act", "--params", Self.flagshipParameters, "-o", target, "--force", "--no-backup",
        ])
        #expect(noBackup.status == 0)
        #expect(!FileManager.default.fileExists(atPath: target + ".bak"))
    }

    @Test func aDryRunWritesNothing() throws {
        let folder = try TemporaryFolder()
        let target = folder.path("draft.enact")
        let output = try EnactProcess.run([
            "new", "relations-act", "--params", Self.flagshipParameters, "-o", target, "--dry-run",
        ])
        #expect(output.status == 0)
        #expect(output.standardOutput.hasPrefix("would write"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func aFailedGenerationLeavesThePreviousDraftAlone() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("previous\n", to: "draft.enact")
        let parameters = try folder.write("language: ja\ntitle: T\n", to: "bad.yaml")
        let output = try EnactProcess.run(["new", "relations-act", "--params", parameters, "-o", target, "--force"])
        #expect(output.status == 2)
        #expect(output.standardError.contains("bad.yaml:1:1: error: missing required parameter 'drafted'"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "previous\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [
                "bad.yaml", "draft.enact",
            ])
    }

    /// While a draft is being written, the file at its path is still the previous one, whole: a write
    /// interrupted at any point leaves it intact.
    @Test func anInterruptedWriteLeavesThePreviousFileIntact() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("previous draft\n", to: "draft.enact")
        var seenDuringWrite: [String] = []
        try AtomicFile.write(to: target, force: true) { deliver in
            for piece in ["---\n", "title: new\n", "---\n"] {
                deliver(piece)
                seenDuringWrite.append((try? String(contentsOfFile: target, encoding: .utf8)) ?? "")
            }
        }
        #expect(seenDuringWrite == Array(repeating: "previous draft\n", count: 3))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "---\ntitle: new\n---\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["draft.enact"])
    }

    @Test func templatesAreListedAndDocumented() throws {
        let list = try EnactProcess.run(["templates"])
        #expect(list.status == 0)
        #expect(list.standardOutput.hasPrefix("relations-act (en, "))
        #expect(list.standardOutput.contains("ja): An act on relations"))
        let show = try EnactProcess.run(["templates", "show", "relations-act"])
        #expect(show.status == 0)
        #expect(show.standardOutput.contains("  chapters: record (economic, exchange, political, security), default {"))
        #expect(show.standardOutput.contains("  commencement: one of deferred, immediate, default deferred"))
        let unknown = try EnactProcess.run(["templates", "show", "nothing"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("no template 'nothing'"))
    }

    /// Every member of the family generates, passes `enact check` and validates as AKN, USLM and Japanese law XML.
    @Test func everyFamilyMemberChecksAndValidates() throws {
        let folder = try TemporaryFolder()
        let examples = try FileManager.default.contentsOfDirectory(
            atPath: Fixtures.path("Templates/relations-act/examples")
        )
        .filter { $0.hasSuffix(".yaml") }.sorted()
        var expected = 0
        for example in examples {
            let draft = folder.path(example.replacingOccurrences(of: ".yaml", with: ".enact"))
            let generated = try EnactProcess.run([
                "new", "relations-act", "--params", "Templates/relations-act/examples/\(example)", "-o", draft,
            ])
            #expect(generated.status == 0, "\(example): \(generated.standardError)")
            #expect(try EnactProcess.run(["check", draft]).status == 0, "\(example)")
            // Japan's standard law XML fits only Japanese laws.
            let japanese = try String(contentsOfFile: draft, encoding: .utf8).contains("\njurisdiction: JP\n")
            let formats = ["akn", "uslm"] + (japanese ? ["jplaw"] : [])
            let rendered = try EnactProcess.run(
                ["render", draft] + formats.flatMap { ["--to", $0] } + ["--output-dir", folder.url.path])
            #expect(rendered.status == 0, "\(example): \(rendered.standardError)")
            expected += formats.count
        }
        let outputs = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter {
            $0.hasSuffix(".xml")
        }.map(folder.path)
        #expect(outputs.count == expected)
        let validated = try EnactProcess.run(["validate"] + outputs + ["--schemas", SharedReference.root.path])
        #expect(validated.status == 0, "\(validated.standardOutput)")
    }
}
