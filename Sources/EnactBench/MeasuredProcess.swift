import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program with its output discarded and measures its wall time and peak resident memory.
///
/// The memory comes from GNU time (`/usr/bin/time -f %M`), which starts the program from its own small
/// process: a child spawned straight from the large benchmark process would inherit the benchmark's
/// high-water mark in the kernel's accounting. Without GNU time the figure is that upper bound.
enum MeasuredProcess {
    struct Measurement {
        var seconds: Double
        var peakBytes: Int
        var status: Int32
    }

    static let gnuTime = "/usr/bin/time"

    static func run(_ executable: String, _ arguments: [String]) -> Measurement? {
        guard FileManager.default.isExecutableFile(atPath: gnuTime) else { return spawn(executable, arguments) }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("enact-bench-\(getpid()).time")
        defer { try? FileManager.default.removeItem(at: report) }
        guard var measured = spawn(gnuTime, ["-f", "%M", "-o", report.path, executable] + arguments) else { return nil }
        let kilobytes = (try? String(contentsOf: report, encoding: .utf8))?
            .split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if let kilobytes { measured.peakBytes = kilobytes * 1024 }
        return measured
    }

    private static func spawn(_ executable: String, _ arguments: [String]) -> Measurement? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        guard posix_spawnp(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Measurement(seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024, status: (status >> 8) & 0xFF)
    }

    /// The fastest of several runs, with the largest peak memory seen.
    static func best(of repetitions: Int, _ executable: String, _ arguments: [String]) -> Measurement? {
        var best: Measurement?
        for _ in 0..<repetitions {
            guard let run = run(executable, arguments) else { return nil }
            best = Measurement(
                seconds: min(best?.seconds ?? .infinity, run.seconds),
                peakBytes: max(best?.peakBytes ?? 0, run.peakBytes),
                status: run.status)
        }
        return best
    }
}
