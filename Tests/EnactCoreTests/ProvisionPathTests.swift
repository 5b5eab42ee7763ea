import EnactCore
import Testing

/// Paths into a document read, walk and edit its divisions, and never trap on a path that names nothing.
struct ProvisionPathTests {
    private static let document = Document(
        metadata: Metadata(),
        body: [
            Division(
                kind: .article, number: DivisionNumber(1),
                children: [
                    Division(kind: .paragraph, number: DivisionNumber(1), content: [.text("一項")]),
                    Division(kind: .paragraph, number: DivisionNumber(2), content: [.text("二項")]),
                ])
        ],
        supplementaryProvisions: [
            SupplementaryProvisions(divisions: [Division(kind: .article, number: DivisionNumber(1))])
        ])

    @Test func aPathReadsAndEditsTheDivisionItNames() {
        var document = Self.document
        let second = ProvisionPath(part: .body, indices: [0, 1])
        #expect(document[second]?.content.plainText == "二項")
        #expect(second.parent == ProvisionPath(part: .body, indices: [0]))
        #expect(document.children(of: ProvisionPath(part: .body, indices: [0])).count == 2)
        document[second]?.content = [.text("第二項")]
        #expect(document[second]?.content.plainText == "第二項")
        #expect(document[ProvisionPath(part: .supplementary(0), indices: [0])]?.kind == .article)
    }

    @Test func aPathThatNamesNothingReadsNothingAndEditsNothing() {
        var document = Self.document
        for path in [
            ProvisionPath(part: .body, indices: [0, 5]), ProvisionPath(part: .body, indices: [3, 0]),
            ProvisionPath(part: .supplementary(4), indices: [0]),
        ] {
            #expect(document[path] == nil)
            document[path] = Division(kind: .item)
            document.modifyChildren(of: path) { $0.append(Division(kind: .item)) }
        }
        // The path of a part names no division: reading it gives nothing, setting it changes nothing.
        let part = ProvisionPath(part: .body, indices: [])
        #expect(document[part] == nil)
        document[part] = Division(kind: .item)
        #expect(document == Self.document)
        #expect(document.children(of: ProvisionPath(part: .body, indices: [9])).isEmpty)
    }
}
