import EnactTestSupport
import Foundation
import Testing

/// The limits on input (docs/limits.md): each stops what it names with an error saying how to raise it, and the
/// worst inputs stay within the stated memory bound, 64 MB + 120 × their size.
@Suite(.serialized)
struct ResourceLimitTests {
    static let header =
        "---\ntitle: Worst Case Act\nkind: act\njurisdiction: US\nlanguage: en\ntradition: us\nwork: /us/pl/120/9\n---\n\n"

    /// Runs enact under GNU time; the exit status, standard error and peak resident memory in bytes.
    static func measured(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, errors: String, peak: Int
    ) {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent(
            "enact-limits-\(UUID().uuidString).time")
        defer { try? FileManager.default.removeItem(at: report) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", "-o", report.path, EnactProcess.executable.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let kilobytes =
            try String(contentsOf: report, encoding: .utf8).split(separator: "\n").last.flatMap { Int($0) } ?? 0
        return (process.terminationStatus, text, kilobytes * 1024)
    }

    static func withinBound(_ peak: Int, input: Int) -> Bool { peak <= 64_000_000 + 120 * input }

    @Test func eachLimitStopsWhatItNamesAndSaysHowToRaiseIt() throws {
        let draft = "Drafts/japan-taiwan-relations-act.ja.enact"
        let divisions = try EnactProcess.run(["check", draft], environment: ["ENACT_MAX_DIVISIONS": "10"])
        #expect(divisions.status == 2)
        // `check` reports what stops it with its findings, on standard output.
        #expect(
            divisions.standardOutput.contains("more than the limit of 10 (set ENACT_MAX_DIVISIONS to raise it)"),
            "\(divisions.standardOutput)")
        let size = try EnactProcess.run(["check", draft], environment: ["ENACT_MAX_INPUT_BYTES": "1000"])
        #expect(size.status == 2)
        #expect(
            size.standardOutput.contains(
                draft
                    + ":1:1: error: file is larger than the limit of 1000 bytes (set ENACT_MAX_INPUT_BYTES to raise it)"
            ), "\(size.standardOutput)")
        let xml = try SharedReference.path("akn/documents/us_Act_2011-11-29.xml")
        let depth = try EnactProcess.run(["import", xml, "-o", "-"], environment: ["ENACT_MAX_DEPTH": "4"])
        #expect(depth.status == 2)
        #expect(depth.standardError.contains("us_Act_2011-11-29.xml:"), "\(depth.standardError)")
        #expect(try EnactProcess.run(["check", draft]).status == 0, "the defaults let the flagship through")
        let slow = try EnactProcess.run(
            ["bench", "--divisions", "20000", "--no-xml"], environment: ["ENACT_MAX_SECONDS": "1"])
        #expect(slow.status == 2)
        #expect(
            slow.standardError.contains("stopped after 1 s, the time limit (set ENACT_MAX_SECONDS to raise it)"),
            "\(slow.standardError)")
    }

    @Test func theSmallestDivisionsStayWithinTheMemoryBound() throws {
        let folder = try TemporaryFolder()
        var text = Self.header
        for index in 0..<100_000 { text += "@section\nx\(index)\n\n" }
        let path = try folder.write(text, to: "tiny.enact")
        let run = try Self.measured(["check", path])
        #expect(run.status == 0 || run.status == 1, "\(run.errors)")
        #expect(
            Self.withinBound(run.peak, input: text.utf8.count),
            "peak \(run.peak) bytes for \(text.utf8.count) bytes of input")
    }

    @Test func oneHugeLineStaysWithinTheMemoryBound() throws {
        let folder = try TemporaryFolder()
        let text = Self.header + "@section Long\n" + String(repeating: "word ", count: 2_000_000) + "\n"
        let path = try folder.write(text, to: "long.enact")
        let run = try Self.measured(["check", path])
        #expect(run.status == 0 || run.status == 1, "\(run.errors)")
        #expect(Self.withinBound(run.peak, input: text.utf8.count))
    }

    @Test func deeplyNestedXMLStaysWithinTheMemoryBound() throws {
        let folder = try TemporaryFolder()
        let depth = 250
        let xml =
            "<?xml version=\"1.0\"?>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>"
            + String(repeating: "<hcontainer name=\"x\">", count: depth) + "<content><p>x</p></content>"
            + String(repeating: "</hcontainer>", count: depth) + "</body></act></akomaNtoso>\n"
        let path = try folder.write(xml, to: "deep.xml")
        let run = try Self.measured(["import", path, "-o", "-"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(Self.withinBound(run.peak, input: xml.utf8.count))
        let deeper = try folder.write(
            xml.replacingOccurrences(
                of: "<content>", with: String(repeating: "<hcontainer name=\"y\">", count: 20) + "<content>"
            )
            .replacingOccurrences(of: "</content>", with: "</content>" + String(repeating: "</hcontainer>", count: 20)),
            to: "deeper.xml")
        let refused = try EnactProcess.run(["import", deeper, "-o", "-"])
        #expect(refused.status == 2, "nesting beyond 256 is refused: \(refused.standardError)")
    }

    /// Every section moved: the diff's costly matching has the most to do.
    @Test func aDiffWithEverySectionMovedStaysWithinTheMemoryBound() throws {
        let folder = try TemporaryFolder()
        func act(_ order: [Int]) -> String {
            var text = Self.header
            for index in order {
                text +=
                    "@section \(index + 1) Provision \(index + 1)\nThe Secretary shall carry out program \(index) under this Act in each State \(index * 7 % 1000).\n\n"
            }
            return text
        }
        var generator = SystemRandomNumberGenerator()
        let old = act(Array(0..<5_000)), new = act(Array(0..<5_000).shuffled(using: &generator))
        let oldPath = try folder.write(old, to: "old.enact"), newPath = try folder.write(new, to: "new.enact")
        let run = try Self.measured(["diff", oldPath, newPath, "-o", folder.path("diff.txt")])
        #expect(run.status == 1, "\(run.errors)")
        #expect(Self.withinBound(run.peak, input: old.utf8.count + new.utf8.count))
    }
}
