import EnactTestSupport
import Foundation
import Testing

/// Enact never loses a draft or leaves a half-written output: killed at any point while writing, the file is
/// the complete old or the complete new version; two writers leave one complete result; a read-only or full
/// destination is a clear error that leaves the old file as it was.
@Suite(.serialized)
struct CrashSafetyTests {
    /// A bill large enough that writing its HTML takes a while: `sections` sections, the given word in each.
    static func bill(sections: Int, word: String) -> String {
        var text =
            "---\ntitle: Crash Test Act\nkind: act\njurisdiction: US\nlanguage: en\ntradition: us\nwork: /us/pl/120/1\n---\n"
        for index in 1...sections {
            text +=
                "\n@section Provision \(index)\nThe Secretary shall \(word) the program established by this section number \(index) without delay.\n"
        }
        return text
    }

    /// Starts `enact` with `arguments`, kills it with SIGKILL after `delay` seconds (if still running), waits.
    static func runKilled(_ arguments: [String], after delay: TimeInterval) throws {
        let process = Process()
        process.executableURL = EnactProcess.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    static func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    @Test func aRenderKilledAtAnyPointLeavesTheOldOrTheNewOutput() throws {
        let folder = try TemporaryFolder()
        let oldSource = try folder.write(Self.bill(sections: 4_000, word: "review"), to: "old.enact")
        let newSource = try folder.write(Self.bill(sections: 4_000, word: "evaluate"), to: "new.enact")
        let output = folder.path("bill.html")
        #expect(try EnactProcess.run(["render", newSource, "--to", "html", "-o", output]).status == 0)
        let newHTML = try #require(Self.contents(output))
        #expect(try EnactProcess.run(["render", oldSource, "--to", "html", "-o", output]).status == 0)
        let oldHTML = try #require(Self.contents(output))
        // How long a whole run takes, to spread the kills over it.
        let start = Date()
        _ = try EnactProcess.run(["render", oldSource, "--to", "html", "-o", output])
        let duration = Date().timeIntervalSince(start)
        var sawOld = 0, sawNew = 0
        for attempt in 0..<24 {
            // From the start to twice a whole run, so that kills land before and after the rename even on a busy machine.
            let delay = duration * Double(attempt) / 12
            try Self.runKilled(["render", newSource, "--to", "html", "-o", output], after: delay)
            let now = Self.contents(output)
            #expect(now == oldHTML || now == newHTML, "after a kill at \(delay) s the output is partial or missing")
            if now == newHTML {
                sawNew += 1
                _ = try EnactProcess.run(["render", oldSource, "--to", "html", "-o", output])
            } else {
                sawOld += 1
            }
        }
        #expect(
            sawOld > 0 && sawNew > 0, "the kills fell both before and after the rename (old \(sawOld), new \(sawNew))")
    }

    @Test func formattingADraftKilledAtAnyPointLeavesTheOldOrTheNewDraft() throws {
        let folder = try TemporaryFolder()
        // Not canonical: extra blank lines and trailing spaces, which `fmt` removes.
        let messy = Self.bill(sections: 4_000, word: "review").replacingOccurrences(
            of: "\n@section", with: "\n\n\n@section"
        )
        .replacingOccurrences(of: "delay.\n", with: "delay.   \n")
        let draft = try folder.write(messy, to: "draft.enact")
        #expect(try EnactProcess.run(["fmt", draft]).status == 0)
        let formatted = try #require(Self.contents(draft))
        #expect(formatted != messy)
        let start = Date()
        try folder.write(messy, to: "draft.enact")
        _ = try EnactProcess.run(["fmt", draft])
        let duration = Date().timeIntervalSince(start)
        for attempt in 0..<16 {
            try folder.write(messy, to: "draft.enact")
            try Self.runKilled(["fmt", draft], after: duration * Double(attempt) / 12)
            let now = Self.contents(draft)
            #expect(now == messy || now == formatted, "after a kill the draft is partial or missing")
        }
    }

    @Test func twoWritersAtOnceLeaveOneCompleteResult() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write(Self.bill(sections: 2_000, word: "review"), to: "first.enact")
        let second = try folder.write(Self.bill(sections: 2_000, word: "evaluate"), to: "second.enact")
        let expectedFirst = try EnactProcess.run(["render", first, "--to", "html"]).standardOutput
        let expectedSecond = try EnactProcess.run(["render", second, "--to", "html"]).standardOutput
        let output = folder.path("shared.html")
        for _ in 0..<5 {
            let processes = try [first, second].map { source -> Process in
                let process = Process()
                process.executableURL = EnactProcess.executable
                process.arguments = ["render", source, "--to", "html", "-o", output, "--force"]
                process.standardError = FileHandle.nullDevice
                try process.run()
                return process
            }
            for process in processes { process.waitUntilExit() }
            #expect(processes.allSatisfy { $0.terminationStatus == 0 })
            let now = Self.contents(output)
            #expect(now == expectedFirst || now == expectedSecond, "the output is one writer's complete result")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.isEmpty, "no temporary files are left: \(leftovers)")
    }

    /// A destination that cannot grow (the file size limit of `ulimit -f`, as a full disk would) is an error
    /// naming the file, and the old file stays.
    @Test func aFullDestinationIsAnErrorAndKeepsTheOldFile() throws {
        let folder = try TemporaryFolder()
        let source = try folder.write(Self.bill(sections: 2_000, word: "review"), to: "bill.enact")
        let output = try folder.write("old output, generated by enact\n", to: "bill.html")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "ulimit -f 64; exec \"$0\" render \"$1\" --to html -o \"$2\"", EnactProcess.executable.path, source,
            output,
        ]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 2, "exit 2, not a signal: \(message)")
        #expect(message.contains("bill.html:1:1: error: cannot write the file"), "\(message)")
        #expect(Self.contents(output) == "old output, generated by enact\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.isEmpty, "the temporary file is removed: \(leftovers)")
    }

    /// A read-only destination: a read-only mount when the tests run as root (who may write anywhere else), a
    /// folder without write permission otherwise.
    @Test func aReadOnlyDestinationIsAnErrorAndKeepsTheOldFile() throws {
        let folder = try TemporaryFolder()
        let source = try folder.write(Self.bill(sections: 10, word: "review"), to: "bill.enact")
        let destination = folder.path("readonly")
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        let output = destination + "/bill.html"
        let mounted = getuid() == 0
        if mounted {
            guard Self.shell("mount -t tmpfs -o size=1m tmpfs '\(destination)'") == 0 else {
                Issue.record("running as root, a read-only mount is needed to test this, and mount failed")
                return
            }
        }
        defer {
            if mounted { _ = Self.shell("umount '\(destination)'") } else { chmod(destination, 0o755) }
        }
        try "old output, generated by enact\n".write(toFile: output, atomically: false, encoding: .utf8)
        if mounted {
            #expect(Self.shell("mount -o remount,ro '\(destination)'") == 0)
        } else {
            chmod(destination, 0o555)
        }
        let result = try EnactProcess.run(["render", source, "--to", "html", "-o", output])
        #expect(result.status == 2)
        #expect(
            result.standardError.contains("readonly/bill.html:1:1: error: cannot write into"), "\(result.standardError)"
        )
        #expect(Self.contents(output) == "old output, generated by enact\n")
    }

    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
