import CLibXML2
import EnactCore
import Foundation

/// Validates XML documents against a W3C XML Schema through libxml2.
///
/// The schema is compiled once; its imports are resolved locally (no network). Documents are parsed with
/// ``SafeXMLParser`` first, so hostile input is refused before validation.
public final class SchemaValidator: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    private let lock = NSLock()
    public let schemaPath: String
    public var limits: XMLLimits

    /// Compiles the schema at `path`; throws with libxml2's messages when it cannot.
    public init(schema path: String, limits: XMLLimits = XMLLimits()) throws(DiagnosticError) {
        LibXML.initialise()
        let collector = ErrorCollector(file: path)
        guard FileManager.default.fileExists(atPath: path) else {
            throw DiagnosticError(
                Diagnostic(.noSuchSchema, "no schema at this path", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        guard let context = xmlSchemaNewParserCtxt(path) else {
            throw DiagnosticError(
                Diagnostic(.schema, "cannot read the schema", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        defer { xmlSchemaFreeParserCtxt(context) }
        xmlSchemaSetParserStructuredErrors(context, ErrorCollector.callback, collector.context)
        xmlSetStructuredErrorFunc(collector.context, ErrorCollector.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        guard let compiled = xmlSchemaParse(context) else {
            throw DiagnosticError(
                collector.diagnostics.isEmpty
                    ? [
                        Diagnostic(
                            .schema, "cannot compile the schema", at: SourceLocation(file: path, line: 1, column: 1))
                    ]
                    : collector.diagnostics)
        }
        schema = compiled
        schemaPath = path
        self.limits = limits
    }

    deinit { xmlSchemaFree(schema) }

    /// Validates `bytes` (named `file` in diagnostics); returns every error and warning, empty when valid.
    /// Unreadable or hostile input is thrown.
    public func validate(_ bytes: [UInt8], file: String) throws(DiagnosticError) -> [Diagnostic] {
        validate(try ParsedXML.parse(bytes, file: file, limits: limits))
    }

    /// Validates a parsed document; returns every error and warning, empty when valid.
    public func validate(_ xml: ParsedXML) -> [Diagnostic] {
        let document = xml.document
        let warnings = xml.warnings
        let file = xml.file
        lock.lock()
        defer { lock.unlock() }
        let collector = ErrorCollector(file: file)
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [Diagnostic(.schema, "cannot create a validation context", at: nil)]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, ErrorCollector.callback, collector.context)
        let status = xmlSchemaValidateDoc(context, document.pointer)
        var found = warnings + collector.diagnostics
        if status != 0, !found.contains(where: { $0.severity == .error }) {
            found.append(
                Diagnostic(
                    .schema, "the document does not validate against \(schemaPath)",
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return found
    }
}
