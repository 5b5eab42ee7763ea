import EnactCore
import EnactRendering
import EnactSource
import EnactTestSupport
import Testing

/// Inserting an unnumbered article near the start of the flagship renumbers every later article, and every
/// reference to them follows.
struct RenumberingTests {
    @Test(arguments: [
        (Fixtures.flagshipJapanese, "@条（新設規定） {#inserted}\n新たに設ける規定。\n\n"),
        (Fixtures.flagshipEnglish, "@article (New Provision) {#inserted}\nA newly inserted provision.\n\n"),
    ])
    func insertingAnArticleRenumbersLaterArticlesAndReferences(path: String, insertion: String) throws {
        let original = try Fixtures.text(path)
        let secondArticle = try #require(secondArticleLine(in: original))
        let edited = String(original[..<secondArticle]) + insertion + String(original[secondArticle...])

        let before = ResolvedDocument(try SourceReader().parse(original, file: path).document)
        let after = ResolvedDocument(try SourceReader().parse(edited, file: path).document)
        #expect(after.diagnostics.isEmpty)

        let beforeNumbers = articleNumbers(before.document)
        let afterNumbers = articleNumbers(after.document)
        #expect(afterNumbers["inserted"] == DivisionNumber(2))
        var shifted = 0
        for (label, number) in beforeNumbers where number.main >= 2 {
            #expect(
                afterNumbers[label] == DivisionNumber(number.main + 1),
                "\(label) was \(number), is \(afterNumbers[label]?.description ?? "gone")")
            shifted += 1
        }
        #expect(shifted >= 25)

        let markdown = MarkdownRenderer().render(after)
        var references = 0
        after.document.walkDivisions { division, context in
            let origin = after.origin(of: division, in: context)
            for case .reference(let reference) in division.content {
                guard case .label(let label) = reference.target, let target = after.targets[label] else { continue }
                references += 1
                let shown = after.text(of: reference, from: origin)
                #expect(
                    markdown.contains("[\(shown)](#\(target.eId))"), "reference to #\(label) does not read \(shown)")
                if let old = before.targets[label], beforeNumbers[label].map({ $0.main >= 2 }) == true {
                    #expect(old.citation != target.citation, "reference to #\(label) was not renumbered")
                }
            }
        }
        #expect(references > 10)
    }

    /// The start of the line of the second article of the main provisions.
    private func secondArticleLine(in text: String) -> String.Index? {
        var seen = 0
        var index = text.startIndex
        while index < text.endIndex {
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[index..<lineEnd]
            if line.hasPrefix("@条") || line.hasPrefix("@第") && line.contains("条") || line.hasPrefix("@article") {
                seen += 1
                if seen == 2 { return index }
            }
            index = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
        }
        return nil
    }

    /// The number of every labelled article of the main provisions.
    private func articleNumbers(_ document: Document) -> [String: DivisionNumber] {
        var numbers: [String: DivisionNumber] = [:]
        document.walkDivisions { division, context in
            guard case .body = context.part, division.kind == .article, let label = division.label,
                let number = division.number
            else { return }
            numbers[label] = number
        }
        return numbers
    }
}
