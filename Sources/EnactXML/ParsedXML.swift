import CLibXML2
import EnactCore

/// An XML document parsed safely (see ``XMLLimits``), ready to be validated or read.
public final class ParsedXML: @unchecked Sendable {
    let document: SafeXMLParser.ParsedDocument
    /// The file the document came from, as named in diagnostics.
    public let file: String
    /// Warnings libxml2 raised while parsing.
    public let warnings: [Diagnostic]

    init(_ document: SafeXMLParser.ParsedDocument, file: String, warnings: [Diagnostic]) {
        self.document = document
        self.file = file
        self.warnings = warnings
    }

    /// Parses a file, reading it in chunks; throws every error with its location.
    public static func parse(contentsOf path: String, limits: XMLLimits = XMLLimits()) throws(DiagnosticError)
        -> ParsedXML
    {
        let (document, warnings) = try SafeXMLParser(limits: limits).parse(contentsOf: path)
        return ParsedXML(document, file: path, warnings: warnings)
    }

    /// Parses bytes held in memory; `file` names them in diagnostics.
    public static func parse(_ bytes: [UInt8], file: String, limits: XMLLimits = XMLLimits()) throws(DiagnosticError)
        -> ParsedXML
    {
        let (document, warnings) = try SafeXMLParser(limits: limits).parse(bytes, file: file)
        return ParsedXML(document, file: file, warnings: warnings)
    }

    /// The local name of the root element.
    public var rootName: String {
        document.root?.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The namespace of the root element, if it has one.
    public var rootNamespace: String? {
        document.root?.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// The line of the root element.
    public var rootLine: Int {
        document.root.map { max(1, Int(xmlGetLineNo($0))) } ?? 1
    }
}
