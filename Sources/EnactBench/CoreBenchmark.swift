import EnactChecks
import EnactCore
import EnactRendering
import EnactSource
import EnactSyntheticDocuments
import Foundation

/// Parsing, checking and rendering a large synthetic bill in this process, and the whole command line turning it
/// into HTML and Akoma Ntoso side by side with cmark-gfm and pandoc (on Enact's Markdown of the same bill) and
/// bluebell (on the same content in its plain-text format).
struct CoreBenchmark {
    /// The `enact` executable measured as a process.
    let enact: String
    let divisions: Int
    let repetitions: Int

    static let parseTarget = 50.0
    static let renderTarget = 30.0
    static let peakTarget = 10.0

    func rows() throws -> [BenchRow] {
        let source = SourcePrinter().print(DocumentSynthesizer.bill(divisions: divisions))
        let bytes = Array(source.utf8)
        let megabytes = Double(bytes.count) / 1_000_000
        let input = String(format: "synthetic bill, %d divisions, %.1f MB", divisions, megabytes)
        var parsed: Document?
        let parse = Timing.best(of: repetitions) {
            parsed = try? SourceReader().parse(bytes: bytes, file: "synthetic.enact").document
        }
        guard let document = parsed else { throw BenchmarkFailure(message: "the synthetic input could not be read") }
        let check = Timing.best(of: repetitions) { _ = Checker().check(document, file: "synthetic.enact") }
        let resolved = ResolvedDocument(document)
        let markdown = Timing.best(of: repetitions) { _ = Self.outputSize(of: MarkdownRenderer(), resolved) }
        let html = Timing.best(of: repetitions) { _ = Self.outputSize(of: HTMLRenderer(), resolved) }
        let peak = PeakMemory.residentBytes()
        func throughput(_ operation: String, _ seconds: Double, target: Double) -> BenchRow {
            let rate = megabytes / seconds
            return BenchRow(
                operation: operation, input: input, enact: BenchRow.speed(seconds: seconds, megabytes: megabytes),
                enactValue: rate,
                target: String(format: ">= %.0f MB/s", target), met: rate >= target)
        }
        var rows = [
            throughput("parse + check (in process)", parse + check, target: Self.parseTarget),
            throughput("render Markdown (in process)", markdown, target: Self.renderTarget),
            throughput("render HTML (in process)", html, target: Self.renderTarget),
        ]
        if let peak {
            let ratio = Double(peak) / Double(bytes.count)
            rows.append(
                BenchRow(
                    operation: "peak memory (in process)", input: input,
                    enact: String(format: "%@, %.1fx the source", BenchRow.megabytes(peak), ratio),
                    enactValue: ratio, target: String(format: "<= %.0fx the source", Self.peakTarget),
                    met: ratio <= Self.peakTarget))
        }
        rows += try commandLineRows(source: source, resolved: resolved, input: input, megabytes: megabytes)
        return rows
    }

    /// `enact render` as a process against the peers as processes, on files of the same content.
    private func commandLineRows(source: String, resolved: ResolvedDocument, input: String, megabytes: Double) throws
        -> [BenchRow]
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enact-bench-core-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sourcePath = folder.appendingPathComponent("bill.enact").path
        let markdownPath = folder.appendingPathComponent("bill.md").path
        let bluebellPath = folder.appendingPathComponent("bill.txt").path
        try source.write(toFile: sourcePath, atomically: true, encoding: .utf8)
        try MarkdownRenderer().render(resolved).write(toFile: markdownPath, atomically: true, encoding: .utf8)
        try Self.bluebellText(source).write(toFile: bluebellPath, atomically: true, encoding: .utf8)
        let toHTML = MeasuredProcess.best(
            of: repetitions, enact,
            ["render", sourcePath, "--to", "html", "-o", folder.appendingPathComponent("out.html").path, "--force"])
        let toAKN = MeasuredProcess.best(
            of: repetitions, enact,
            ["render", sourcePath, "--to", "akn", "-o", folder.appendingPathComponent("out.xml").path, "--force"])
        var rows: [BenchRow] = []
        func versus(
            _ operation: String, _ enactRun: MeasuredProcess.Measurement?, peer: (name: String, installation: String),
            tool: PeerTool?,
            arguments: [String], repetitions: Int, target: Double, peerInput: String
        ) {
            var row = BenchRow(
                operation: operation, input: input,
                enact: enactRun.map { BenchRow.speed(seconds: $0.seconds, megabytes: megabytes) } ?? "failed",
                enactValue: enactRun.map { megabytes / $0.seconds }, peer: peer.name,
                target: String(format: ">= %gx the peer's speed", target))
            if let tool, let run = tool.measure(arguments, repetitions: repetitions), run.status == 0 {
                row.peerFigure = BenchRow.speed(seconds: run.seconds, megabytes: megabytes) + " (\(peerInput))"
                row.peerValue = megabytes / run.seconds
                if let enactRun {
                    let ratio = run.seconds / enactRun.seconds
                    row.ratio = ratio
                    row.met = ratio >= target
                }
            } else {
                row.note = tool == nil ? PeerTool.missing(peer) : "\(peer.name) failed on the input"
            }
            rows.append(row)
        }
        versus(
            "source → HTML", toHTML, peer: PeerTool.cmark, tool: PeerTool.find(PeerTool.cmark),
            arguments: ["--unsafe", "--extension", "table", markdownPath], repetitions: repetitions, target: 0.3,
            peerInput: "Markdown → HTML")
        versus(
            "source → HTML", toHTML, peer: PeerTool.pandoc, tool: PeerTool.find(PeerTool.pandoc),
            arguments: ["-f", "gfm", "-t", "html", markdownPath], repetitions: 1, target: 50,
            peerInput: "Markdown → HTML")
        versus(
            "source → Akoma Ntoso", toAKN, peer: PeerTool.bluebell, tool: PeerTool.findBluebell(),
            arguments: ["-c", PeerTool.bluebellScript, bluebellPath], repetitions: 1, target: 100,
            peerInput: "its plain text → AKN")
        return rows
    }

    /// The same content in bluebell's plain-text format: chapters as `CHAPTER n`, articles as `n. Heading`, the
    /// text lines as they are, without Enact's markup.
    static func bluebellText(_ source: String) -> String {
        var text = "BODY\n"
        var chapter = 0
        var article = 0
        var inFrontMatter = false
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "---" { inFrontMatter.toggle(); continue }
            if inFrontMatter || line.isEmpty { continue }
            if line.hasPrefix("@supplementary-provisions") { break }
            if line.hasPrefix("@chapter") {
                chapter += 1
                text += "\nCHAPTER \(chapter) - \(line.dropFirst("@chapter ".count))\n"
            } else if line.hasPrefix("@article") {
                article += 1
                text += "\n\(article). Provision \(article)\n"
            } else if !line.hasPrefix("@") {
                text +=
                    line.replacingOccurrences(
                        of: #"\{(ref|term|def):#?([^}|]*)\}"#, with: "$2", options: .regularExpression) + "\n"
            }
        }
        return text
    }

    /// Renders as `enact render` does, in chunks, counting the bytes instead of writing them.
    private static func outputSize(of renderer: some DocumentRenderer, _ resolved: ResolvedDocument) -> Int {
        var size = 0
        renderer.render(resolved) { size += $0.utf8.count }
        return size
    }
}

/// Timing of code in this process.
enum Timing {
    /// The fastest of `repetitions` runs of `body`, in seconds.
    static func best(of repetitions: Int, _ body: () -> Void) -> Double {
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
