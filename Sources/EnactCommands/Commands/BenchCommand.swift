import ArgumentParser
import EnactChecks
import EnactCore
import EnactRendering
import EnactSource
import Foundation

/// `enact bench`: measures parse, check and render speed and peak memory on a synthetic bill.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure parsing, checking and rendering speed and peak memory on a synthetic bill.",
        discussion: """
            Generates a bill of about --divisions divisions (20,000 give about 10 MB of source), runs each
            phase --repeat times and prints the fastest run in seconds and MB/s of source, with the process's
            peak resident memory and its ratio to the source size. Renderers stream their output in chunks, as
            `enact render` does when writing a file; the bench counts the bytes instead of writing them.
            Build in release mode for real figures.
            Targets: parse + check >= 50 MB/s, each render >= 30 MB/s, peak memory <= 10x the source.
            When cmark-gfm is installed, it is measured in the same run as a yardstick (turning Enact's
            Markdown of the same bill into HTML) and the ratios are printed.

            It also generates every example of every template under --templates (default ./Templates), the
            whole family of drafts, and prints the time (target: under 1 second).

            With --diff, also times `enact diff` on two versions of a synthetic act of --divisions sections (and of
            half as many, for growth), against `git diff --no-index --word-diff` on their Markdown renderings.

            With --xml, also imports and validates 会社法, the largest USLM title and a synthetic act written
            as Akoma Ntoso, and runs xmllint on the same files in the same run, printing the ratios.

            Example:
              swift run -c release enact bench --divisions 20000 --xml ../shared/reference --diff
            """)

    @Option(help: "How many divisions the synthetic bill has.")
    var divisions = 20_000

    @Option(name: .customLong("repeat"), help: "How many times each phase runs; the fastest run is reported.")
    var repetitions = 5

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @OptionGroup var templates: TemplateLocation

    @Flag(help: "Also time enact diff on two versions of a synthetic act of --divisions sections, against git's word diff.")
    var diff = false

    @Option(help: "Also measure XML import, writers and validation against xmllint, on the documents and schemas of this reference folder (e.g. ../shared/reference).")
    var xml: String?

    func validate() throws {
        guard divisions >= 4 else { throw ValidationError("--divisions must be at least 4") }
        guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        let source = SyntheticBill.source(divisions: divisions)
        let bytes = Array(source.utf8)
        let megabytes = Double(bytes.count) / 1_000_000
        var parsed: Document?
        let parse = measure { parsed = try? SourceReader().parse(bytes: bytes, file: "synthetic.enact").document }
        guard let document = parsed else { throw ExitStatus.trouble.code }
        var findingCount = 0
        let check = measure { findingCount = Checker().check(document, file: "synthetic.enact").count }
        let resolved = ResolvedDocument(document)
        var outputSize = 0
        let markdown = measure { outputSize = Self.outputSize(of: MarkdownRenderer(), resolved) }
        let html = measure { outputSize = Self.outputSize(of: HTMLRenderer(), resolved) }
        let peak = PeakMemory.residentBytes()
        let peer = PeerTool.find()
        let peerFigures = try peer.map { try $0.measure(markdown: MarkdownRenderer().render(resolved), repetitions: repetitions) }
        var count = 0
        document.forEachDivision { _ in count += 1 }

        let rows: [(String, Double, Double)] = [
            ("parse", parse, 0), ("check", check, 0), ("parse + check", parse + check, 50),
            ("render markdown", markdown, 30), ("render html", html, 30),
        ]
        let peakRatio = peak.map { Double($0) / Double(bytes.count) }
        switch format {
        case .text:
            var text = "synthetic bill: \(count) divisions, \(String(format: "%.2f", megabytes)) MB of source, \(findingCount) findings, last output \(outputSize) bytes\n"
            text += "phase              seconds     MB/s   target\n"
            for (name, seconds, target) in rows {
                let rate = megabytes / seconds
                let verdict = target == 0 ? "" : (rate >= target ? ">= \(Int(target)) MB/s: met" : ">= \(Int(target)) MB/s: MISSED")
                text += name.padding(toLength: 17, withPad: " ", startingAt: 0)
                    + String(format: "%8.3f %8.1f   ", seconds, rate) + verdict + "\n"
            }
            if let peak, let peakRatio {
                text += String(format: "peak memory      %8.1f MB  %.1fx source   target <= 10x: %@\n",
                               Double(peak) / 1_000_000, peakRatio, peakRatio <= 10 ? "met" : "MISSED")
            }
            if let peer, let peerFigures {
                let enactRate = megabytes / html
                let peerRate = megabytes / peerFigures.seconds
                text += "\npeer: \(peer.name) turning Enact's Markdown of the same bill into HTML (process start included)\n"
                text += String(format: "%@        %8.3f %8.1f   enact render html is %.2fx its speed\n",
                               peer.name, peerFigures.seconds, peerRate, enactRate / peerRate)
                text += String(format: "%@ peak    %8.1f MB  enact's peak is %.2fx its peak\n",
                               peer.name, Double(peerFigures.peakBytes) / 1_000_000, Double(peak ?? 0) / Double(max(1, peerFigures.peakBytes)))
            } else {
                text += "\npeer: cmark-gfm not found; install it (apt-get install cmark-gfm) to print ratios against it\n"
            }
            do throws(DiagnosticError) {
                if let line = try TemplateBenchmark(root: templates.root).report(measure: measure) { text += "\n" + line }
            } catch {
                text += "\ntemplates: generation failed:\n\(error)\n"
            }
            Terminal.standardOutput.write(text)
            if diff {
                Terminal.standardOutput.write(try DiffBenchmark(sections: divisions, repetitions: repetitions).report())
            }
            if let xml {
                Terminal.standardOutput.write(try XMLBenchmark(reference: URL(fileURLWithPath: xml), repetitions: repetitions).report(syntheticDivisions: divisions))
            }
        case .json:
            var object: [String: Any] = ["divisions": count, "sourceBytes": bytes.count]
            for (name, seconds, _) in rows { object[name] = ["seconds": seconds, "megabytesPerSecond": megabytes / seconds] }
            if let peak { object["peakResidentBytes"] = peak }
            if let peer, let peerFigures {
                object["peer"] = ["name": peer.name, "seconds": peerFigures.seconds, "peakResidentBytes": peerFigures.peakBytes]
            }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            Terminal.standardOutput.write(String(decoding: data, as: UTF8.self) + "\n")
        }
    }

    /// Renders as `enact render` does, in chunks, counting the bytes instead of writing them.
    private static func outputSize(of renderer: some DocumentRenderer, _ resolved: ResolvedDocument) -> Int {
        var size = 0
        renderer.render(resolved) { size += $0.utf8.count }
        return size
    }

    /// The fastest of `repetitions` runs of `body`, in seconds.
    private func measure(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<repetitions {
            let start = ContinuousClock.now
            body()
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }
}

/// The peak resident memory of this process (VmHWM on Linux).
enum PeakMemory {
    static func residentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return digits.map { $0 * 1024 }
        }
        return nil
    }
}
