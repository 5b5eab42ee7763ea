import ArgumentParser
import EnactBench
import EnactCore
import Foundation

/// `enact bench`: every speed and memory measurement, side by side with the peer tools, in one table.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Enact's speed and memory against peer tools, in one table.",
        discussion: """
            Runs every measurement and prints one table: operation, input, Enact's figure, the peer's figure \
            measured in the same run, the ratio, the target and whether it is met (--format json for machines). \
            Build in release mode for real figures: swift run -c release enact bench.

            Measured: parsing, checking and rendering a synthetic bill of --divisions divisions (20,000 give about \
            10 MB) in process; `enact render` to HTML against cmark-gfm and pandoc (turning Enact's Markdown of the \
            same bill into HTML) and to Akoma Ntoso against bluebell-akn (on the same content in its plain-text \
            format); generating every template example; `enact diff` on two versions of a synthetic act of \
            --divisions sections (and half as many, for growth) against `git diff --no-index --word-diff` on their \
            Markdown renderings; `enact import` and `enact validate` on the largest real document of each XML \
            format under --reference and a synthetic Akoma Ntoso act, against xmllint. Process figures include process \
            start, for Enact as for the peers, except import time and memory: from those, what the smallest document \
            of the same format costs (start, libraries) is subtracted, for Enact as for xmllint, so they are what the \
            document itself costs. Each figure is the fastest of --repeat runs (pandoc and bluebell run once).

            A peer that is not installed is named in the notes with how to install it, and its rows are marked \
            "not measured"; the benchmark does not fail for it. Exit status: 0 every measured target met, 1 some \
            missed, 2 trouble.

            Examples:
              swift run -c release enact bench
              swift run -c release enact bench --divisions 4000 --repeat 2 --format json
            """)

    @Option(help: "How many divisions the synthetic bill has, and how many sections the diffed act has.")
    var divisions = 20_000

    @Option(name: .customLong("repeat"), help: "How many times each measurement runs; the fastest run is reported.")
    var repetitions = 5

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @OptionGroup var templates: TemplateLocation

    @Option(help: "The reference folder with the XML documents and schemas (skipped with a note when missing).")
    var reference = "../shared/reference"

    @Flag(name: .customLong("no-diff"), help: "Skip the diff measurements.")
    var skipsDiff = false

    @Flag(name: .customLong("no-xml"), help: "Skip the XML measurements.")
    var skipsXML = false

    func validate() throws {
        guard divisions >= 4 else { throw ValidationError("--divisions must be at least 4") }
        guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        var benchmark = Benchmark(
            enact: URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path,
            divisions: divisions, repetitions: repetitions, templates: templates.root,
            reference: skipsXML ? nil : reference)
        benchmark.measuresDiff = !skipsDiff
        let rows = try benchmark.rows()
        Terminal.standardOutput.write(format == .json ? try BenchTable.json(rows) : BenchTable.text(rows))
        if rows.contains(where: { $0.met == false }) { throw ExitStatus.findings.code }
    }
}
