import EnactCore
import EnactDiff
import EnactJapaneseLaw
import EnactSyntheticDocuments
import EnactSource
import EnactTestSupport
import EnactXML
import Testing

/// Word-level changes read like an editor's marks, in Latin and Japanese script.
struct TokenDiffTests {
    private func marks(_ old: String, _ new: String) -> String {
        TokenDiff.segments(from: old, to: new).map { segment in
            switch segment.operation {
            case .equal: segment.text
            case .delete: "[-\(segment.text)-]"
            case .insert: "{+\(segment.text)+}"
            }
        }.joined()
    }

    @Test func wordsChangeAsWords() {
        #expect(
            marks("The Minister may report.", "The Minister must report.") == "The Minister [-may-]{+must+} report.")
        #expect(marks("a b", "a b") == "a b")
        #expect(marks("", "new text") == "{+new text+}")
    }

    @Test func japaneseChangesAreCharacters() {
        #expect(marks("第三条の規定により", "第四条の規定に基づき") == "第[-三-]{+四+}条の規定に[-より-]{+基づき+}")
    }

    @Test(arguments: 0..<50)
    func segmentsRebuildBothTexts(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let words = ["the", "Minister", "may", "must", "report", "第", "三", "条", "、", " ", "\n", "and"]
        let old = (0..<Int.random(in: 0..<40, using: &random)).map { _ in words.randomElement(using: &random) ?? "" }
            .joined()
        let new = (0..<Int.random(in: 0..<40, using: &random)).map { _ in words.randomElement(using: &random) ?? "" }
            .joined()
        let segments = TokenDiff.segments(from: old, to: new)
        #expect(segments.filter { $0.operation != .insert }.map(\.text).joined() == old)
        #expect(segments.filter { $0.operation != .delete }.map(\.text).joined() == new)
    }
}

/// The two versions of 行政手続法 in ../shared/reference differ by exactly five changes.
struct RealAmendmentTests {
    private func law(_ name: String) throws -> ResolvedDocument {
        let xml = try ParsedXML.parse(contentsOf: try SharedReference.path("jplaw/documents/\(name)"))
        return ResolvedDocument(try JapaneseLawReader().read(xml).0)
    }

    @Test func gyoseiTetsuzukiHoAlignsWithExactlyItsFiveChanges() throws {
        let old = try law("405AC0000000088_20180401_429AC0000000004.xml")
        let new = try law("405AC0000000088_20240401_504AC0100000052.xml")
        let differences = DocumentDiff(old: old, new: new).differences
        let described = differences.map { change in
            "\(change.kinds.map(\.rawValue).joined(separator: "+")) \((change.old + change.new).first?.citation ?? "")"
        }
        #expect(
            described.sorted()
                == [
                    "inserted 附則\u{3000}令和四年五月二五日法律第五二号",
                    "inserted 附則\u{3000}令和五年六月一六日法律第五六号",
                    "inserted 附則\u{3000}令和五年六月一六日法律第六三号",
                    "modified 第三条",
                    "modified 附則\u{3000}平成二九年三月三一日法律第四号",
                ].sorted(), "\(described)")
    }
}

/// Alignment quality against versions with known changes: precision and recall of at least 0.97 for every
/// kind of change on 2,000-section documents.
struct AlignmentQualityTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func everyKindOfChangeIsFoundAtTheTarget(seed: UInt64) {
        let versions = DocumentSynthesizer.revision(sections: 2_000, seed: seed)
        for kind in DivisionChange.Kind.allCases {
            #expect(versions.truth.count { $0.kind == kind } >= 5, "the edit makes \(kind) changes to find")
        }
        for (kind, figures) in versions.quality().sorted(by: { $0.key < $1.key }) {
            #expect(figures.precision >= 0.97, "\(kind) precision \(figures.precision)")
            #expect(figures.recall >= 0.97, "\(kind) recall \(figures.recall)")
        }
    }
}
