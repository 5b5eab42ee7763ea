import EnactTestSupport
import Foundation
import Testing

/// `enact refs` lists the references of a real law with what they resolve to, for people and machines.
struct RefsCommandTests {
    static let law = "jplaw/documents/405AC0000000088_20240401_504AC0100000052.xml"

    @Test func theJSONHasOneObjectPerReferenceWithItsKeys() throws {
        let output = try EnactProcess.run(["refs", try SharedReference.path(Self.law), "--format", "json"])
        #expect(output.status == 1, "some references of the consolidated text name provisions it leaves out")
        let references = try #require(
            try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]])
        #expect(references.count > 200)
        let first = try #require(references.first { $0["text"] as? String == "前二項" })
        #expect(first["at"] as? String == "第十四条第三項")
        #expect(first["target"] as? String == "第十四条第一項から第十四条第二項まで")
        #expect(first["resolved"] as? Bool == true)
        let external = try #require(references.first { ($0["external"] as? [String: Any])?["work"] != nil })
        #expect((external["external"] as? [String: Any])?["work"] as? String == "/akn/jp/act/1999/89")
    }

    @Test func aDocumentWhoseReferencesAllResolveExitsZero() throws {
        let folder = try TemporaryFolder()
        let draft = try folder.write(
            "---\ntitle: 法律案\njurisdiction: JP\nlanguage: ja\n---\n\n@条（目的）\n目的\n\n@条（定義）\n前条の目的のため\n",
            to: "draft.enact")
        let output = try EnactProcess.run(["refs", draft])
        #expect(output.status == 0, "\(output.standardOutput)\(output.standardError)")
        #expect(output.standardOutput.contains("第二条: 前条 → 第一条"))
        #expect(output.standardOutput.hasSuffix("1 reference, 0 unresolved\n"))
    }

    @Test func checkReportsAReferenceThatNamesNothingAsAWarning() throws {
        let folder = try TemporaryFolder()
        let draft = try folder.write(
            "---\ntitle: 法律案\nkind: bill\njurisdiction: JP\nlanguage: ja\nwork: /akn/jp/bill/2026/x\n---\n\n"
                + "@条（目的） {#purpose}\n第九十九条に定めるところにより\n",
            to: "draft.enact")
        let output = try EnactProcess.run(["check", draft])
        #expect(output.status == 0, "a warning does not fail the check: \(output.standardOutput)")
        #expect(
            output.standardOutput.contains(
                "warning: 第一条: 「第九十九条」 names no provision of this document [unresolved-reference]"))
        #expect(try EnactProcess.run(["check", draft, "--strict"]).status == 1)
    }
}
