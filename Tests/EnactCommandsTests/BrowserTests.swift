import EnactTestSupport
import Foundation
import Testing

/// The comparative print in a real browser (headless Chromium, installed by `.ci/run`): it loads without console
/// errors, every internal link resolves, and a screenshot is written to `.build/test-output/` for people to see.
struct BrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test func theComparativePrintLoadsCleanlyAndItsLinksResolve() throws {
        guard let chromium = Self.chromium else {
            Issue.record("chromium is not installed (apt-get install chromium; .ci/run installs it)")
            return
        }
        let output = URL(fileURLWithPath: Fixtures.path(".build/test-output"))
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let page = output.appendingPathComponent("flagship-revision.diff.html").path
        let diff = try EnactProcess.run([
            "diff", "Drafts/japan-taiwan-relations-act.ja.enact", "Drafts/japan-taiwan-relations-act.revised.ja.enact",
            "--ignore-numbering", "--format", "html", "-o", page, "--force",
        ])
        #expect(diff.status == 1)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let ids = Set(html.matches(of: /id="([^"]+)"/).map { String($0.1) })
        let targets = html.matches(of: /href="#([^"]+)"/).map { String($0.1) }
        #expect(!targets.isEmpty)
        #expect(targets.allSatisfy(ids.contains), "links without a target: \(Set(targets).subtracting(ids).sorted())")

        let screenshot = output.appendingPathComponent("flagship-revision.diff.png").path
        try? FileManager.default.removeItem(atPath: screenshot)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
            "--window-size=1200,1100", "--screenshot=\(screenshot)", URL(fileURLWithPath: page).absoluteString,
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(log)")
        let consoleErrors = log.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Uncaught") }
        #expect(consoleErrors.isEmpty, "\(consoleErrors)")
        let size = (try FileManager.default.attributesOfItem(atPath: screenshot)[.size] as? Int) ?? 0
        #expect(size > 10_000, "a screenshot of the page was written")
    }
}
