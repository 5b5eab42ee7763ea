import EnactLanguageServer
import EnactSource
import EnactSyntheticDocuments
import Foundation

/// How long `enact lsp` takes to re-check a 1,000-article draft after a change, from the editor's
/// `didChange` to the diagnostics it publishes (parse, check, index), in this process.
struct LanguageServerBenchmark {
    static let articles = 1_000
    static let target = 0.1

    func rows(repetitions: Int) -> [BenchRow] {
        // Five divisions an article: 1,000 articles.
        let source = SourcePrinter().print(DocumentSynthesizer.bill(divisions: Self.articles * 5))
        let uri = "file:///benchmark/bill.enact"
        var server = LanguageServer()
        _ = server.handle([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": [
                "textDocument": ["uri": .string(uri), "languageId": "enact", "version": 1, "text": .string(source)]
            ],
        ])
        // Each change types one more character into the middle of the draft, as an editor sends it.
        let middle = source.index(source.startIndex, offsetBy: source.count / 2)
        var version = 1
        var published = 0
        let seconds = Timing.best(of: repetitions) {
            version += 1
            var text = source
            text.insert(contentsOf: String(repeating: "x", count: version), at: middle)
            let replies = server.handle([
                "jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": [
                    "textDocument": ["uri": .string(uri), "version": .integer(version)],
                    "contentChanges": [["text": .string(text)]],
                ],
            ])
            published += replies.count
        }
        let input = String(
            format: "synthetic draft, %d articles, %.2f MB", Self.articles, Double(source.utf8.count) / 1e6)
        return [
            BenchRow(
                operation: "editor re-check after a change (enact lsp)", input: input,
                enact: String(format: "%.1f ms", seconds * 1000), enactValue: seconds,
                target: String(format: "< %.0f ms", Self.target * 1000), met: seconds < Self.target && published > 0)
        ]
    }
}
