import CLibXML2
import EnactCore
import Foundation

/// Checks documents against an Enact profile: an ISO Schematron schema (XPath 1.0) stating what Enact
/// guarantees beyond the official schema of a format, run by libxml2.
public final class ProfileValidator: @unchecked Sendable {
    private let schema: xmlSchematronPtr
    private let lock = NSLock()
    public let profilePath: String

    /// Compiles the profile at `path`.
    public init(profile path: String) throws(DiagnosticError) {
        LibXML.initialise()
        let here = SourceLocation(file: path, line: 1, column: 1)
        guard FileManager.default.fileExists(atPath: path), let context = xmlSchematronNewParserCtxt(path) else {
            throw DiagnosticError(Diagnostic(.noProfile, "cannot read the profile", at: here))
        }
        defer { xmlSchematronFreeParserCtxt(context) }
        let collector = ErrorCollector(file: path)
        xmlSetStructuredErrorFunc(collector.context, ErrorCollector.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        guard let compiled = xmlSchematronParse(context) else {
            throw DiagnosticError(
                collector.diagnostics.isEmpty
                    ? [Diagnostic(.profile, "cannot compile the profile", at: here)] : collector.diagnostics)
        }
        schema = compiled
        profilePath = path
    }

    deinit { xmlSchematronFree(schema) }

    /// Every assertion the document fails, as errors at the line of the element; empty when it conforms.
    public func validate(_ xml: ParsedXML) -> [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        let collector = ErrorCollector(file: xml.file)
        guard
            let context = xmlSchematronNewValidCtxt(
                schema, Int32(XML_SCHEMATRON_OUT_ERROR.rawValue | XML_SCHEMATRON_OUT_QUIET.rawValue))
        else {
            return [Diagnostic(.profile, "cannot create a profile validation context", at: nil)]
        }
        defer { xmlSchematronFreeValidCtxt(context) }
        xmlSchematronSetValidStructuredErrors(context, ErrorCollector.callback, collector.context)
        let status = xmlSchematronValidateDoc(context, xml.document.pointer)
        var found = collector.diagnostics.map { diagnostic in
            var profiled = diagnostic
            profiled.id = .profile
            // libxml2 prefixes the assertion's text with the element's path and line: keep the text.
            if let range = profiled.message.range(of: #"line [0-9]+: "#, options: .regularExpression) {
                profiled.message = String(profiled.message[range.upperBound...])
            }
            profiled.severity = .error
            return profiled
        }
        if status != 0, found.isEmpty {
            found.append(
                Diagnostic(
                    .profile, "the document does not conform to \(profilePath)",
                    at: SourceLocation(file: xml.file, line: 1, column: 1)))
        }
        return found
    }
}
