import EnactCore
import Testing

/// Citations generated for `{ref:#label}`, absolute and relative to where the reference stands.
struct CitationTests {
    /// 第一条 (one paragraph, two items), 第二条 (two paragraphs, the second with an item), 第三条.
    private func document(language: String, jurisdiction: String = "JP") -> Document {
        let items = [
            Division(kind: .item, label: "a1-i1", content: [.text("x")]), Division(kind: .item, content: [.text("y")]),
        ]
        let first = Division(
            kind: .article, label: "a1",
            children: [Division(kind: .paragraph, label: "a1-p1", content: [.text("x")], children: items)])
        let second = Division(
            kind: .article, label: "a2",
            children: [
                Division(kind: .paragraph, label: "a2-p1", content: [.text("x")]),
                Division(
                    kind: .paragraph, label: "a2-p2", content: [.text("y")],
                    children: [Division(kind: .item, label: "a2-p2-i1", content: [.text("z")])]),
            ])
        let third = Division(kind: .article, label: "a3", children: [Division(kind: .paragraph, content: [.text("x")])])
        return Document(
            metadata: Metadata(jurisdiction: jurisdiction, language: language), body: [first, second, third])
    }

    private func cite(_ label: String, from originLabel: String?, in resolved: ResolvedDocument) -> String {
        let reference = CrossReference(target: .label(label))
        guard let originLabel else { return resolved.text(of: reference) }
        var origin: CitationOrigin?
        resolved.document.walkDivisions { division, context in
            if division.label == originLabel { origin = resolved.origin(of: division, in: context) }
        }
        return resolved.text(of: reference, from: origin)
    }

    @Test func aSoleParagraphIsNotCited() {
        let resolved = ResolvedDocument(document(language: "ja"))
        #expect(cite("a1-i1", from: nil, in: resolved) == "第一条第一号")
        #expect(cite("a1-p1", from: nil, in: resolved) == "第一条")
        #expect(cite("a2-p2-i1", from: nil, in: resolved) == "第二条第二項第一号")
    }

    @Test func japaneseCitationsAreRelativeToWhereTheyStand() {
        let resolved = ResolvedDocument(document(language: "ja"))
        #expect(cite("a1", from: "a2-p1", in: resolved) == "前条")
        #expect(cite("a1-i1", from: "a2-p2", in: resolved) == "前条第一号")
        #expect(cite("a3", from: "a2-p2", in: resolved) == "次条")
        #expect(cite("a2-p1", from: "a2-p2", in: resolved) == "前項")
        #expect(cite("a2-p2-i1", from: "a2-p1", in: resolved) == "第二項第一号")
        #expect(cite("a1", from: "a3", in: resolved) == "第一条")
    }

    @Test func englishTranslationsUseTheTranslationPhrases() {
        let resolved = ResolvedDocument(document(language: "en"))
        #expect(cite("a2-p2-i1", from: nil, in: resolved) == "Article 2, paragraph (2), item (i)")
        #expect(cite("a1-i1", from: "a2-p2", in: resolved) == "item (i) of the preceding Article")
        #expect(cite("a2-p1", from: "a2-p2", in: resolved) == "the preceding paragraph")
        #expect(cite("a3", from: "a2-p1", in: resolved) == "the following Article")
    }

    @Test func unitedStatesCitationsStartFromTheSectionOrWithinIt() {
        let subsections = [
            Division(kind: .subsection, label: "s1-a", content: [.text("x")]),
            Division(
                kind: .subsection, label: "s1-b", content: [.text("y")],
                children: [Division(kind: .paragraph, label: "s1-b-1", content: [.text("z")])]),
        ]
        let body = [
            Division(kind: .section, label: "s1", children: subsections),
            Division(kind: .section, label: "s2", content: [.text("x")]),
        ]
        let resolved = ResolvedDocument(Document(metadata: Metadata(jurisdiction: "US", language: "en"), body: body))
        #expect(cite("s1-b-1", from: nil, in: resolved) == "section 1(b)(1)")
        #expect(cite("s1-b-1", from: "s1-a", in: resolved) == "subsection (b)(1)")
        #expect(cite("s1-b-1", from: "s2", in: resolved) == "section 1(b)(1)")
    }

    @Test func divisionsOfSupplementaryProvisionsAreCitedWithTheirPart() {
        let group = SupplementaryProvisions(
            label: "suppl",
            divisions: [
                Division(kind: .paragraph, content: [.text("x")]),
                Division(kind: .paragraph, label: "suppl-p2", content: [.text("y")]),
            ])
        let document = Document(
            metadata: Metadata(jurisdiction: "JP", language: "ja"),
            body: [
                Division(kind: .article, label: "a1", children: [Division(kind: .paragraph, content: [.text("x")])])
            ],
            supplementaryProvisions: [group])
        let resolved = ResolvedDocument(document)
        #expect(cite("suppl-p2", from: nil, in: resolved) == "附則第二項")
        #expect(cite("suppl", from: nil, in: resolved) == "附則")
    }
}
