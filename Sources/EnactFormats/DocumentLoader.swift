import EnactAkomaNtoso
import EnactCore
import EnactJapaneseLaw
import EnactSource
import EnactUSLM
import EnactXML
import Foundation

/// Reads documents for every command the same way, whatever their format: detects the format (or takes the
/// one given), reads the file within the ``InputLimits``, and returns the document with the warnings of what
/// its reader could not carry exactly.
///
/// Reading a document in XML gives the document that importing it as Enact source and reading that gives: the
/// source format holds everything the readers keep (numbers as written, nesting, line breaks).
public struct DocumentLoader: Sendable {
    public var limits: InputLimits
    /// Whether source files with a byte-order mark or CRLF line ends are read as if they had neither (for
    /// `enact fmt`, which writes them back without).
    public var repairsLineEnds = false

    public init(limits: InputLimits = .current) {
        self.limits = limits
    }

    /// The document at `path`, in the format its content shows or in `format`.
    public func load(_ path: String, as format: DocumentFormat? = nil) throws(DiagnosticError) -> LoadedDocument {
        let here = SourceLocation(file: path, line: 1, column: 1)
        let sniffed = DocumentFormat.sniff(try Self.prefix(of: path, at: here), file: path)
        if let format, !format.isReadable { throw Self.unreadable(format, at: here) }
        switch (format, sniffed) {
        case (.source?, _), (nil, .source): return try loadSource(path)
        case (nil, .amendment): throw Self.unreadable(.amendment, at: here)
        case (nil, .printed(let printed)): throw Self.unreadable(printed, at: here)
        case (let format, _):
            let xml: ParsedXML
            do {
                xml = try ParsedXML.parse(contentsOf: path, limits: limits.xml)
            } catch {
                throw InputLimits.explained(error)
            }
            return try load(xml, as: format)
        }
    }

    /// The document held in `bytes`, read as the file `file`.
    public func load(bytes: [UInt8], file: String, as format: DocumentFormat? = nil) throws(DiagnosticError)
        -> LoadedDocument
    {
        let here = SourceLocation(file: file, line: 1, column: 1)
        if let format, !format.isReadable { throw Self.unreadable(format, at: here) }
        switch (format, DocumentFormat.sniff(Array(bytes.prefix(4096)), file: file)) {
        case (.source?, _), (nil, .source): return try readSource(bytes, file: file)
        case (nil, .amendment): throw Self.unreadable(.amendment, at: here)
        case (nil, .printed(let printed)): throw Self.unreadable(printed, at: here)
        case (let format, _):
            let xml: ParsedXML
            do {
                xml = try ParsedXML.parse(bytes, file: file, limits: limits.xml)
            } catch {
                throw InputLimits.explained(error)
            }
            return try load(xml, as: format)
        }
    }

    private func loadSource(_ path: String) throws(DiagnosticError) -> LoadedDocument {
        let bytes: [UInt8]
        do {
            bytes = try SourceReader.load(path, maximumSize: limits.maximumBytes)
        } catch {
            throw InputLimits.explained(error)
        }
        return try readSource(bytes, file: path)
    }

    private func readSource(_ bytes: [UInt8], file: String) throws(DiagnosticError) -> LoadedDocument {
        var reader = limits.sourceReader
        reader.repairsLineEnds = repairsLineEnds
        let result: SourceReader.Result
        do {
            result = try reader.parse(bytes: bytes, file: file)
        } catch {
            throw InputLimits.explained(error)
        }
        guard !result.hasErrors else { throw DiagnosticError(result.diagnostics.filter { $0.severity == .error }) }
        try limits.check(result.document, file: file)
        return LoadedDocument(document: result.document, format: .source, warnings: result.diagnostics)
    }

    /// Reads parsed XML with the reader of its format; libxml2's tree is freed when the caller lets go of `xml`.
    private func load(_ xml: ParsedXML, as forced: DocumentFormat?) throws(DiagnosticError) -> LoadedDocument {
        let format: DocumentFormat
        if let forced { format = forced } else { format = try DocumentFormat.detect(xml) }
        let read: (document: Document, warnings: [Diagnostic])
        switch format {
        case .akomaNtoso: read = try AkomaNtosoReader().read(xml)
        case .uslm1, .uslm2: read = try USLMReader().read(xml)
        case .japaneseLaw: read = try JapaneseLawReader().read(xml)
        case .source, .markdown, .html, .amendment, .enactedAmendment, .docx, .pdf:
            throw Self.unreadable(format, at: SourceLocation(file: xml.file, line: 1, column: 1))
        }
        try limits.check(read.document, file: xml.file)
        let (document, identity) = ImportedIdentity.completed(read.document, file: xml.file)
        return LoadedDocument(
            document: Designations.withoutRedundantWrittenDesignations(document), format: format,
            warnings: xml.warnings + read.warnings + identity)
    }

    /// The first bytes of the file, enough to tell its format.
    private static func prefix(of path: String, at here: SourceLocation) throws(DiagnosticError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DiagnosticError(Diagnostic(.noSuchFile, "no such file", at: here))
        }
        guard !isDirectory.boolValue else {
            throw DiagnosticError(Diagnostic(.isADirectory, "is a directory, not a document", at: here))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DiagnosticError(Diagnostic(.unreadableFile, "cannot read the file (permissions?)", at: here))
        }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: 4096)) ?? Data())
    }

    private static func unreadable(_ format: DocumentFormat, at here: SourceLocation) -> DiagnosticError {
        let message =
            switch format {
            case .amendment, .enactedAmendment:
                "this is an amendment, not a document: apply it to the document it amends with 'enact apply BASE \(here.file)'"
            default:
                "Enact writes \(format.title) but does not read it; it reads \(DocumentFormat.readableNames)"
            }
        return DiagnosticError(Diagnostic(.unreadableFormat, message, at: here))
    }
}

/// A document as the loader read it.
public struct LoadedDocument: Sendable {
    public var document: Document
    /// The format it was read from.
    public var format: DocumentFormat
    /// What the reader could not carry exactly, and the XML parser's warnings; shown by every command that reads it.
    public var warnings: [Diagnostic]

    public init(document: Document, format: DocumentFormat, warnings: [Diagnostic]) {
        self.document = document
        self.format = format
        self.warnings = warnings
    }

    /// The document with its automatic numbers, references and terms resolved.
    public var resolved: ResolvedDocument { ResolvedDocument(document) }

    /// The document resolved for writing out: what resolution finds wrong (a dangling reference, an undefined
    /// term, a label used twice) would print wrongly, so it is an error here.
    public func resolvedForWriting() throws(DiagnosticError) -> ResolvedDocument {
        let resolved = self.resolved
        let errors = resolved.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw DiagnosticError(errors) }
        return resolved
    }

    /// The document, or an error when it has no divisions (nothing to compare, amend or render section by section).
    public func requiringDivisions(file: String) throws(DiagnosticError) -> LoadedDocument {
        var count = 0
        document.forEachDivision { _ in count += 1 }
        guard count > 0 else {
            throw DiagnosticError(
                Diagnostic(
                    .emptyDocument, "the document has no divisions to compare",
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return self
    }
}
