import EnactCore
import EnactRendering
import EnactSource
import EnactTestSupport
import Foundation
import Testing

/// Properties every rendered HTML file must have, checked on the flagship drafts.
struct HTMLStructureTests {
    private func render(_ path: String) throws -> (ResolvedDocument, String) {
        let resolved = ResolvedDocument(try SourceReader().read(contentsOf: Fixtures.path(path)))
        return (resolved, HTMLRenderer().render(resolved))
    }

    @Test(arguments: [Fixtures.flagshipJapanese, Fixtures.flagshipEnglish])
    func everyDivisionHasAnIdEqualToItsEId(path: String) throws {
        let (resolved, html) = try render(path)
        var count = 0
        resolved.document.walkDivisions { _, context in
            count += 1
            #expect(html.contains("id=\"\(context.eId)\""), "no element with id \(context.eId)")
        }
        #expect(count > 100)
    }

    @Test(arguments: [Fixtures.flagshipJapanese, Fixtures.flagshipEnglish])
    func everyInternalLinkPointsToAnId(path: String) throws {
        let (_, html) = try render(path)
        let ids = Set(matches(of: #"id="([^"]+)""#, in: html))
        let links = matches(of: ##"href="#([^"]+)""##, in: html)
        #expect(!links.isEmpty)
        for link in links { #expect(ids.contains(link), "broken link #\(link)") }
        #expect(ids.count == matches(of: #"id="([^"]+)""#, in: html).count, "duplicate ids")
    }

    @Test func theJapaneseVersionIsMarkedAsJapaneseAndUsesNoScript() throws {
        let (_, html) = try render(Fixtures.flagshipJapanese)
        #expect(html.contains("<html lang=\"ja\">"))
        #expect(!html.contains("<script"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<dfn id="))
    }

    private func matches(of pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
