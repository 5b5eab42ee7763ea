import EnactTestSupport
import Foundation
import Testing

/// `enact apply` on the 改め文 real amending acts enacted (../shared/reference/kaisei): the consolidated law in the
/// base's format, `--explain`, and every reason code a sentence that cannot be applied gets — each triggered by a
/// real sentence.
struct ApplyEnactedAmendmentTests {
    static let labourTribunal = "416AC0000000045_505AC0000000053_art241"
    static let physicians = "323AC0000000201_503AC0000000049_art5"

    private static func file(_ name: String, of kaisei: String) throws -> String {
        try SharedReference.path("kaisei/\(kaisei)/\(name)")
    }

    @Test func theConsolidatedLawIsWrittenInTheBasesFormatAndValidates() throws {
        let folder = try TemporaryFolder()
        let consolidated = folder.path("労働審判法.xml")
        let applied = try EnactProcess.run([
            "apply", try Self.file("base.xml", of: Self.labourTribunal),
            try Self.file("amendment.txt", of: Self.labourTribunal), "--explain", "-o", consolidated,
        ])
        #expect(applied.status == 0, "\(applied.standardError)")
        // --explain: every sentence's operations at its line, 後段 with its 読替え table included.
        #expect(applied.standardError.contains("amendment.txt:22:1: note: replace the 後段 of 第二十八条の二 (with a table of"))
        #expect(applied.standardError.contains("amendment.txt:57:1: note: renumber 第二十八条の二 as 第二十八条の三"))
        let xml = try String(contentsOfFile: consolidated, encoding: .utf8)
        #expect(xml.contains("<Law "), "Japanese law XML, the base's format")
        let validated = try EnactProcess.run(["validate", consolidated, "--schemas", SharedReference.root.path])
        #expect(validated.status == 0, "\(validated.standardOutput)\(validated.standardError)")
        let diff = try EnactProcess.run(["diff", try Self.file("expected.xml", of: Self.labourTribunal), consolidated])
        #expect(diff.status == 0, "the consolidated law is e-Gov's next revision: \(diff.standardOutput.prefix(400))")
    }

    /// The 改め文 of 令和3年法律第49号 applied a second time, to the revision it made: its 目次 sentence finds the
    /// words gone (not-found), its renumbering finds the number taken (overlap); nothing is written, unless
    /// --partial.
    @Test func aSecondApplicationFindsWordsGoneAndNumbersTaken() throws {
        let folder = try TemporaryFolder()
        let output = folder.path("医師法.xml")
        let arguments = [
            "apply", try Self.file("expected.xml", of: Self.physicians),
            try Self.file("amendment.txt", of: Self.physicians), "-o", output,
        ]
        let refused = try EnactProcess.run(arguments)
        #expect(refused.status == 1)
        #expect(
            refused.standardError.contains(
                "amendment.txt:2:1: error: not-found: the words quoted do not occur in the 目次"))
        #expect(refused.standardError.contains("amendment.txt:7:1: error: overlap: 第三十三条の四 already exists"))
        #expect(!FileManager.default.fileExists(atPath: output), "nothing is written without --partial")
        let partial = try EnactProcess.run(arguments + ["--partial"])
        #expect(partial.status == 1)
        #expect(FileManager.default.fileExists(atPath: output), "--partial writes what applies")
    }

    /// 「第二十三条第一項中…、同項第一号中「こと」の下に「…」を加える。」 applied again: 「こと」 now occurs twice in the
    /// item (once in the words it inserted), and an insertion must find one place.
    @Test func wordsFoundTwiceAreAmbiguous() throws {
        let folder = try TemporaryFolder()
        let applied = try EnactProcess.run([
            "apply", try Self.file("expected.xml", of: Self.labourTribunal),
            try Self.file("amendment.txt", of: Self.labourTribunal), "-o", folder.path("out.xml"),
        ])
        #expect(applied.status == 1)
        #expect(
            applied.standardError.contains(
                "amendment.txt:10:1: error: ambiguous: 'こと' occurs 2 times in 第二十三条第一項第一号"))
    }

    /// Amendment by enumeration, as 令和4年法律第68号 writes it for the laws it amends in a list, is a form Enact
    /// does not read: the sentence is unsupported, the others apply.
    @Test func aSentenceFormNotReadIsUnsupported() throws {
        let folder = try TemporaryFolder()
        let amendment = try folder.write(
            """
            第九十八条　古物営業法（昭和二十四年法律第百八号）の一部を次のように改正する。
            　　次に掲げる法律の規定中「懲役」を「拘禁刑」に改める。
            　　第四条第二号中「禁錮」を「拘禁刑」に改める。

            """, to: "amendment.txt")
        let base = try SharedReference.path("kaisei/324AC0000000108_504AC0000000068_art98/base.xml")
        let output = folder.path("out.xml")
        let refused = try EnactProcess.run(["apply", base, amendment, "-o", output, "--partial"])
        #expect(refused.status == 1)
        #expect(
            refused.standardError.contains("amendment.txt:2:1: error: unsupported: not an instruction in the jp style"))
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("拘禁刑"), "the other sentence applied")
    }
}
