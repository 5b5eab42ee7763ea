import EnactTestSupport
import Foundation
import Testing

/// `enact git-diff` as git's diff driver, set up as the README says, in a real repository: `git diff` and
/// `git log -p --ext-diff` of two versions of the flagship show Enact's section-level changes.
struct GitDiffDriverTests {
    private static func git(_ arguments: [String], in folder: TemporaryFolder) throws -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder.url
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = folder.url.path
        environment["GIT_PAGER"] = "cat"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func gitDiffOfTwoVersionsOfTheFlagshipShowsSectionLevelChanges() throws {
        let folder = try TemporaryFolder()
        let enact = EnactProcess.executable.path
        for command in [
            ["init", "-q"], ["config", "user.email", "drafter@example.org"], ["config", "user.name", "Drafter"],
            // The README's configuration.
            ["config", "diff.enact.command", "\(enact) git-diff"],
        ] {
            #expect(try Self.git(command, in: folder).status == 0)
        }
        try folder.write("*.enact diff=enact\n*.akn.xml diff=enact\n*.jplaw.xml diff=enact\n", to: ".gitattributes")
        try folder.write(try Fixtures.text(Fixtures.flagshipJapanese), to: "act.enact")
        #expect(try Self.git(["add", "."], in: folder).status == 0)
        #expect(try Self.git(["commit", "-qm", "as introduced"], in: folder).status == 0)
        try folder.write(try Fixtures.text("Drafts/japan-taiwan-relations-act.revised.ja.enact"), to: "act.enact")

        let diff = try Self.git(["diff"], in: folder)
        #expect(diff.status == 0, "\(diff.output)")
        #expect(diff.output.hasPrefix("enact diff a/act.enact b/act.enact\n"))
        let direct = try EnactProcess.run([
            "diff", Fixtures.flagshipJapanese, "Drafts/japan-taiwan-relations-act.revised.ja.enact", "--color", "never",
        ])
        let body = direct.standardOutput.split(separator: "\n").filter { !$0.contains(".enact") }
        #expect(body.count > 5)
        for line in body { #expect(diff.output.contains(line), "git diff shows '\(line)'") }
        #expect(!diff.output.contains("@@ "), "not git's line diff")

        #expect(try Self.git(["commit", "-qam", "committee revision"], in: folder).status == 0)
        // git log runs external diff drivers only when asked.
        let log = try Self.git(["log", "-p", "--ext-diff", "-1"], in: folder)
        #expect(log.output.contains("enact diff a/act.enact b/act.enact"))
        #expect(log.output.contains(String(body[0])))
    }

    @Test func aVersionEnactCannotReadFallsBackToGitsLineDiff() throws {
        let folder = try TemporaryFolder()
        let old = try folder.write("---\ntitle: 法\n", to: "old.enact")
        let new = try folder.write("---\ntitle: 新法\n", to: "new.enact")
        let run = try EnactProcess.run(["git-diff", "act.enact", old, "1111", "100644", new, "2222", "100644"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("-title: 法"))
        #expect(run.standardOutput.contains("+title: 新法"))
        #expect(run.standardError.contains("error:"))
    }
}
