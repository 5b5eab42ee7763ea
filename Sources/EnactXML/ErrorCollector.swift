import CLibXML2
import EnactCore

/// Collects libxml2's structured errors as diagnostics with file, line and column.
///
/// libxml2 calls back with an `xmlError`; the collector is passed as the callback's user data.
final class ErrorCollector {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func add(_ error: xmlErrorPtr?) {
        guard let error else { return }
        let raw = error.pointee
        var message = raw.message.map { String(cString: $0) } ?? "XML error"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        let isNamespaceProblem = raw.domain == Int32(XML_FROM_NAMESPACE.rawValue)
        let severity: Severity = raw.level == XML_ERR_WARNING && !isNamespaceProblem ? .warning : .error
        let line = max(1, Int(raw.line))
        let column = max(1, Int(raw.int2))
        let id: DiagnosticID
        switch Int(raw.domain) {
        case Int(XML_FROM_SCHEMASV.rawValue), Int(XML_FROM_SCHEMASP.rawValue): id = .schema
        case Int(XML_FROM_SCHEMATRONV.rawValue): id = .profile
        case Int(XML_FROM_NAMESPACE.rawValue): id = .xmlNamespace
        default: id = .xml
        }
        diagnostics.append(
            Diagnostic(id, message, at: SourceLocation(file: file, line: line, column: column), severity: severity))
    }

    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The C callback libxml2 calls; `context` is an unretained ErrorCollector.
    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context else { return }
        Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().add(error)
    }

    /// The collector as libxml2 user data; valid while the collector is alive.
    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
