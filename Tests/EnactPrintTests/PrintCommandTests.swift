import EnactTestSupport
import Foundation
import Testing

/// `enact render --to docx|pdf`, `enact diff --format docx|pdf` and `enact amend --table T.docx` from the command
/// line: what they write, and the clear errors of a missing engine, bad input and a file Enact did not write.
@Suite(.serialized)
struct PrintCommandTests {
    private let bill = Fixtures.path("Tests/EnactPrintTests/Fixtures/bill.ja.enact")

    @Test func renderWritesAWordFileAndAPDF() throws {
        let folder = try TemporaryFolder()
        for format in ["docx", "pdf"] {
            let output = folder.path("bill.\(format)")
            let run = try EnactProcess.run(["render", bill, "--to", format, "-o", output])
            #expect(run.status == 0, "\(run.standardError)")
            let data = try #require(FileManager.default.contents(atPath: output))
            let magic: [UInt8] = format == "pdf" ? Array("%PDF".utf8) : [0x50, 0x4B, 0x03, 0x04]
            #expect(data.starts(with: magic))
            // Written by Enact, so written again without --force.
            #expect(try EnactProcess.run(["render", bill, "--to", format, "-o", output]).status == 0)
        }
    }

    @Test func aMissingPDFEngineIsAClearErrorNamingThePackage() throws {
        let folder = try TemporaryFolder()
        let output = folder.path("bill.pdf")
        let run = try EnactProcess.run(
            ["render", bill, "--to", "pdf", "-o", output], environment: ["ENACT_SOFFICE": "/nonexistent/soffice"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("apt-get install libreoffice-writer"))
        #expect(run.standardError.contains("[print-engine-missing]"))
        #expect(!FileManager.default.fileExists(atPath: output), "nothing is written")
    }

    @Test func badInputIsAnErrorAtItsLineAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        let source = try folder.write("---\ntitle: 法案\nkind: bill\n", to: "broken.enact")
        let output = folder.path("broken.docx")
        let run = try EnactProcess.run(["render", source, "--to", "docx", "-o", output])
        #expect(run.status == 2)
        #expect(run.standardError.contains("broken.enact:1:1: error:"))
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["broken.enact"])
    }

    @Test func aWordFileEnactDidNotWriteIsNotReplacedWithoutForce() throws {
        let folder = try TemporaryFolder()
        let output = try folder.write("a drafter's own notes", to: "notes.docx")
        let run = try EnactProcess.run(["render", bill, "--to", "docx", "-o", output])
        #expect(run.status == 2)
        #expect(run.standardError.contains("[would-overwrite]"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "a drafter's own notes")
        #expect(try EnactProcess.run(["render", bill, "--to", "docx", "-o", output, "--force"]).status == 0)
    }

    @Test func aWordFileIsNotADocumentEnactReads() throws {
        let folder = try TemporaryFolder()
        let output = folder.path("bill.docx")
        #expect(try EnactProcess.run(["render", bill, "--to", "docx", "-o", output]).status == 0)
        let run = try EnactProcess.run(["check", output])
        #expect(run.status == 2)
        #expect((run.standardOutput + run.standardError).contains("Enact writes Word but does not read it"))
    }

    @Test func diffAndAmendWriteThePrintedComparativeTable() throws {
        let folder = try TemporaryFolder()
        let old = Fixtures.path(Fixtures.flagshipJapanese)
        let new = Fixtures.path("Drafts/japan-taiwan-relations-act.revised.ja.enact")
        let table = folder.path("table.docx")
        let diff = try EnactProcess.run(["diff", old, new, "--format", "docx", "--writing", "horizontal", "-o", table])
        #expect(diff.status == 1, "differences: \(diff.standardError)")
        #expect(FileManager.default.contents(atPath: table)?.starts(with: [0x50, 0x4B]) == true)
        let amendTable = folder.path("amend-table.docx")
        let amend = try EnactProcess.run([
            "amend", old, new, "--style", "jp", "-o", folder.path("change.amend"), "--table", amendTable,
        ])
        #expect(amend.status == 0, "\(amend.standardError)")
        #expect(FileManager.default.contents(atPath: amendTable)?.starts(with: [0x50, 0x4B]) == true)
    }
}
