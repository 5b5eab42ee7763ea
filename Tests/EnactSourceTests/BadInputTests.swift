import EnactCore
import EnactSource
import EnactTestSupport
import Foundation
import Testing

/// Every kind of bad input gets one clear diagnostic with file, line and column.
struct BadInputTests {
    private static let header = "---\nlanguage: en\njurisdiction: JP\n---\n"

    private func diagnostics(_ text: String) -> [Diagnostic] {
        diagnostics(bytes: Array(text.utf8))
    }

    private func diagnostics(bytes: [UInt8]) -> [Diagnostic] {
        do {
            return try SourceReader().parse(bytes: bytes, file: "bad.enact").diagnostics
        } catch {
            return error.diagnostics
        }
    }

    private func expectOne(
        _ found: [Diagnostic], id: String, line: Int, column: Int,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.id.rawValue == id, "\(found)", sourceLocation: sourceLocation)
        #expect(
            found.first?.location == SourceLocation(file: "bad.enact", line: line, column: column), "\(found)",
            sourceLocation: sourceLocation)
        #expect(found.first?.severity == .error, sourceLocation: sourceLocation)
    }

    @Test func missingFile() {
        #expect(throws: DiagnosticError.self) { try SourceReader().read(contentsOf: "/nonexistent/draft.enact") }
        do {
            _ = try SourceReader().read(contentsOf: "/nonexistent/draft.enact")
        } catch {
            #expect(error.diagnostics.first?.id.rawValue == "no-such-file")
            #expect(error.diagnostics.first?.description.hasPrefix("/nonexistent/draft.enact:1:1: error:") == true)
        }
    }

    @Test func directory() throws {
        let folder = try TemporaryFolder()
        do {
            _ = try SourceReader().read(contentsOf: folder.url.path)
            Issue.record("reading a directory succeeded")
        } catch {
            #expect(error.diagnostics.map(\.id.rawValue) == ["is-a-directory"])
        }
    }

    @Test func invalidUTF8() {
        var bytes = Array((Self.header + "@article\nabc").utf8)
        bytes.append(0xFF)
        expectOne(diagnostics(bytes: bytes), id: "invalid-utf8", line: 6, column: 4)
    }

    @Test func byteOrderMark() {
        expectOne(
            diagnostics(bytes: [0xEF, 0xBB, 0xBF] + Array(Self.header.utf8)), id: "byte-order-mark", line: 1, column: 1)
    }

    @Test func crlfLineEnds() {
        expectOne(diagnostics(Self.header + "@article\r\ntext\r\n"), id: "crlf-line-end", line: 5, column: 9)
    }

    @Test func brokenYAMLFrontMatter() {
        expectOne(diagnostics("---\ntitle: [unclosed\n---\n"), id: "front-matter", line: 3, column: 1)
    }

    @Test func unknownFrontMatterKey() {
        expectOne(diagnostics("---\ntitel: Act\n---\n"), id: "unknown-metadata", line: 2, column: 1)
    }

    @Test func illTypedFrontMatterValue() {
        expectOne(diagnostics("---\ndates:\n  drafted: 2026-13-01\n---\n"), id: "front-matter", line: 3, column: 12)
    }

    @Test func missingFrontMatter() {
        expectOne(diagnostics("@article\ntext\n"), id: "missing-front-matter", line: 1, column: 1)
    }

    @Test func unterminatedFrontMatter() {
        expectOne(diagnostics("---\ntitle: Act\n@article\n"), id: "unterminated-front-matter", line: 1, column: 1)
    }

    @Test func unknownDivisionKeyword() {
        expectOne(diagnostics(Self.header + "@articel (Purpose)\ntext\n"), id: "unknown-keyword", line: 5, column: 2)
    }

    @Test func unterminatedInlineMarkup() {
        expectOne(
            diagnostics(Self.header + "@article\nSee {ref:#purpose and more\n"), id: "unterminated-markup", line: 6,
            column: 5)
    }

    @Test func unknownInlineMarkup() {
        expectOne(
            diagnostics(Self.header + "@article\nSee {reference:#purpose}\n"), id: "unknown-markup", line: 6, column: 5)
    }

    @Test func unmatchedClosingBrace() {
        expectOne(diagnostics(Self.header + "@article\nSee } here\n"), id: "unmatched-brace", line: 6, column: 5)
    }

    @Test func numberThatCannotBeParsed() {
        expectOne(diagnostics(Self.header + "@article 3x (Purpose)\ntext\n"), id: "invalid-number", line: 5, column: 10)
        let japanese = "---\nlanguage: ja\njurisdiction: JP\n---\n"
        expectOne(diagnostics(japanese + "@第三X条（目的）\n本文\n"), id: "invalid-number", line: 5, column: 2)
    }

    @Test func invalidLabel() {
        expectOne(
            diagnostics(Self.header + "@article (Purpose) {#1st}\ntext\n"), id: "invalid-label", line: 5, column: 20)
    }

    @Test func labelThatIsNotLast() {
        expectOne(
            diagnostics(Self.header + "@article (Purpose) {#purpose} more\ntext\n"), id: "invalid-label", line: 5,
            column: 20)
    }

    @Test func correspondenceThatIsNotAnIdentifier() {
        expectOne(
            diagnostics(Self.header + "@article\n@corresponds-to: section 3 of the TRA\ntext\n"),
            id: "invalid-annotation", line: 6, column: 18)
    }

    @Test func preambleAfterASchedule() {
        expectOne(
            diagnostics(Self.header + "@article\ntext\n@schedule\nrow\n@preamble\n"), id: "misplaced-preamble", line: 9,
            column: 1)
    }

    @Test func headingThatReadsAsABadNumber() {
        expectOne(
            diagnostics(Self.header + "@chapter 2025年 Expo\n@article\ntext\n"), id: "invalid-number", line: 5,
            column: 10)
    }

    @Test func textBeforeAnyDivision() {
        expectOne(diagnostics(Self.header + "Stray text\n@article\ntext\n"), id: "stray-text", line: 5, column: 1)
    }

    @Test func annotationAfterText() {
        expectOne(
            diagnostics(Self.header + "@article\ntext\n@note: late\n"), id: "misplaced-annotation", line: 7, column: 1)
    }

    @Test func referenceToNothing() throws {
        let result = try SourceReader().parse(Self.header + "@article\nSee {ref:#nowhere}.\n", file: "bad.enact")
        let resolved = ResolvedDocument(result.document)
        expectOne(resolved.diagnostics, id: "dangling-reference", line: 6, column: 5)
    }

    @Test func oversizedFile() {
        let reader = SourceReader(maximumFileSize: 10)
        do {
            _ = try reader.parse(Self.header, file: "bad.enact")
            Issue.record("an oversized input was read")
        } catch {
            #expect(error.diagnostics.map(\.id.rawValue) == ["file-too-large"])
        }
    }

    @Test func severalErrorsAreAllReported() {
        let found = diagnostics(Self.header + "@articel\ntext\n@article\n{bad:x}\n@article 9z\n")
        #expect(found.map(\.id.rawValue) == ["unknown-keyword", "unknown-markup", "invalid-number"])
    }
}
