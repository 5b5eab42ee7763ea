import EnactCore
import Foundation

/// Reads Enact source files (`.enact`): YAML front matter, then divisions, text and annotations.
///
/// ```swift
/// let document = try SourceReader().read(contentsOf: "Drafts/act.enact")
/// ```
/// Every problem is a ``Diagnostic`` with file, line and column. Reading never stops at the first problem in
/// the body, so a draft with several mistakes gets all of them at once.
public struct SourceReader: Sendable {
    /// The largest file the reader accepts, in bytes.
    public var maximumFileSize: Int
    /// Whether a byte-order mark and CRLF line ends are silently removed instead of reported as errors.
    public var repairsLineEnds: Bool

    /// The result of reading: the document as far as it could be read, and every problem found.
    public struct Result: Sendable {
        public var document: Document
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public init(maximumFileSize: Int = 256 * 1024 * 1024, repairsLineEnds: Bool = false) {
        self.maximumFileSize = maximumFileSize
        self.repairsLineEnds = repairsLineEnds
    }

    /// Reads a file; throws a ``DiagnosticError`` with every error found.
    public func read(contentsOf path: String) throws(DiagnosticError) -> Document {
        let result = try parse(bytes: try Self.load(path, maximumSize: maximumFileSize), file: path)
        guard !result.hasErrors else { throw DiagnosticError(result.diagnostics.filter { $0.severity == .error }) }
        return result.document
    }

    /// Reads text held in memory; `file` names it in diagnostics.
    public func parse(_ text: String, file: String = "<input>") throws(DiagnosticError) -> Result {
        try parse(bytes: Array(text.utf8), file: file)
    }

    /// Reads bytes. Throws only when nothing can be read (encoding, missing front matter); every other problem
    /// is returned in ``Result/diagnostics`` with the document as far as it could be read.
    public func parse(bytes: [UInt8], file: String) throws(DiagnosticError) -> Result {
        guard bytes.count <= maximumFileSize else {
            throw DiagnosticError(
                Diagnostic(
                    .fileTooLarge, "file is larger than the limit of \(maximumFileSize) bytes",
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
        let buffer = try InputValidation.validate(SourceBuffer(file: file, bytes: bytes), repairing: repairsLineEnds)
            .get()
        let frontMatter = try FrontMatterSplitter.split(buffer)
        var frontMatterReader = FrontMatterReader(file: file, firstLine: 2)
        let metadata = frontMatterReader.read(buffer.string(frontMatter.yaml))
        var bodyParser = BodyParser(buffer: buffer, tradition: Tradition.for(metadata), wording: metadata.wording)
        bodyParser.parse(from: frontMatter.bodyStart, firstLine: frontMatter.bodyFirstLine)
        let document = Document(
            metadata: metadata, enactingFormula: bodyParser.enactingFormula, preamble: bodyParser.preamble,
            tableOfContents: bodyParser.tableOfContents, cover: bodyParser.cover, closing: bodyParser.closing,
            enclosures: bodyParser.enclosures,
            body: bodyParser.body, supplementaryProvisions: bodyParser.supplementaryProvisions,
            schedules: bodyParser.schedules, trailingComments: bodyParser.trailingComments,
            frontMatterComments: FrontMatterSplitter.comments(in: buffer.string(frontMatter.yaml)))
        return Result(document: document, diagnostics: frontMatterReader.diagnostics + bodyParser.diagnostics)
    }

    /// Loads a file's bytes, with a diagnostic for a missing file, a directory or an unreadable file.
    public static func load(_ path: String, maximumSize: Int = .max) throws(DiagnosticError) -> [UInt8] {
        let here = SourceLocation(file: path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DiagnosticError(Diagnostic(.noSuchFile, "no such file", at: here))
        }
        guard !isDirectory.boolValue else {
            throw DiagnosticError(Diagnostic(.isADirectory, "is a directory, not a source file", at: here))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumSize {
            throw DiagnosticError(
                Diagnostic(.fileTooLarge, "file is larger than the limit of \(maximumSize) bytes", at: here))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(Diagnostic(.unreadableFile, "cannot read the file (permissions?)", at: here))
        }
        return [UInt8](data)
    }
}

/// Finds the front matter: a first line `---`, YAML, and a closing `---` line.
enum FrontMatterSplitter {
    /// The whole-line comments of the YAML text, without `#` and one following space.
    static func comments(in yaml: String) -> [String] {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            let text = line.drop { $0 == " " || $0 == "\t" }
            guard text.hasPrefix("#") else { return nil }
            var comment = text.dropFirst()
            if comment.hasPrefix(" ") { comment = comment.dropFirst() }
            while let last = comment.last, last == " " || last == "\t" { comment = comment.dropLast() }
            return String(comment)
        }
    }

    struct Parts {
        var yaml: Range<Int>
        var bodyStart: Int
        var bodyFirstLine: Int
    }

    static func split(_ buffer: SourceBuffer) throws(DiagnosticError) -> Parts {
        let bytes = buffer.bytes
        let fence: [UInt8] = Array("---".utf8)
        func isFence(_ start: Int) -> Int? {
            guard bytes.count >= start + 3, Array(bytes[start..<start + 3]) == fence else { return nil }
            var end = start + 3
            while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
            guard end == bytes.count || bytes[end] == UInt8(ascii: "\n") else { return nil }
            return end
        }
        guard let openEnd = isFence(0) else {
            throw DiagnosticError(
                Diagnostic(
                    .missingFrontMatter, "a source file starts with '---', then YAML metadata, then '---'",
                    at: SourceLocation(file: buffer.file, line: 1, column: 1)))
        }
        var lineStart = openEnd + 1
        var line = 2
        while lineStart <= bytes.count {
            if let closeEnd = isFence(lineStart) {
                return Parts(
                    yaml: min(openEnd + 1, lineStart)..<lineStart, bodyStart: closeEnd + 1, bodyFirstLine: line + 1)
            }
            guard let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            lineStart = newline + 1
            line += 1
        }
        throw DiagnosticError(
            Diagnostic(
                .unterminatedFrontMatter, "the front matter opened on line 1 is never closed with '---'",
                at: SourceLocation(file: buffer.file, line: 1, column: 1)))
    }
}
