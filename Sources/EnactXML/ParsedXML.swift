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

    /// The format of the document; throws when it is none of Enact's.
    public func format() throws(DiagnosticError) -> XMLFormat {
        guard let format = XMLFormat.detect(rootName: rootName, namespace: rootNamespace) else {
            let line = document.root.map { Int(xmlGetLineNo($0)) } ?? 1
            throw DiagnosticError(
                Diagnostic(
                    .unknownXmlFormat,
                    "root element <\(rootName)>\(rootNamespace.map { " in namespace \($0)" } ?? "") is not Akoma Ntoso, USLM or Japanese law XML",
                    at: SourceLocation(file: file, line: line, column: 1)))
        }
        return format
    }
}
