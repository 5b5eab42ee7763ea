import Foundation

/// A peer tool measured in the same benchmark run, to give Enact's figures a yardstick: cmark-gfm, the
/// reference implementation of GitHub-flavoured Markdown, turning the Markdown that Enact rendered for the
/// same bill into HTML.
struct PeerTool {
    let name = "cmark-gfm"
    let executable: URL

    /// The peer, if it is installed.
    static func find() -> PeerTool? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("cmark-gfm")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return PeerTool(executable: candidate) }
        }
        return nil
    }

    /// The fastest of `repetitions` conversions of `input` to HTML, in seconds (process start included), and
    /// the peak resident memory of the peer's processes in bytes.
    func measure(markdown input: String, repetitions: Int) throws -> (seconds: Double, peakBytes: Int) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("enact-bench-\(ProcessInfo.processInfo.processIdentifier).md")
        try Data(input.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var best = Double.infinity
        for _ in 0..<repetitions {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["--unsafe", "--extension", "table", file.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = ContinuousClock.now
            try process.run()
            process.waitUntilExit()
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        return (best, Int(usage.ru_maxrss) * 1024)
    }
}
