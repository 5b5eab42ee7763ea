import EnactCore
import EnactXML

/// The validation of many files as a JUnit XML report, which CI systems show as a test per file: a file with an
/// error is a failure whose text lists its findings as `file:line:col: severity: message [rule-id]`.
public struct JUnitReport: Sendable {
    /// The name of the suite (`enact validate`).
    public var name: String

    public init(name: String) {
        self.name = name
    }

    /// The report of `files`, given the findings about them (a finding about another file, or about none, counts
    /// against no file but is listed in the suite's `<system-err>`).
    public func text(files: [String], findings: [Diagnostic]) -> String {
        let failing = Set(findings.filter { $0.severity == .error }.compactMap(\.location?.file))
        var xml = XMLTextWriter()
        xml.open(
            "testsuites", [("name", name), ("tests", "\(files.count)"), ("failures", "\(failing.count)")])
        xml.open(
            "testsuite",
            [("name", name), ("tests", "\(files.count)"), ("failures", "\(failing.count)"), ("errors", "0")])
        for file in files {
            let own = findings.filter { $0.location?.file == file }
            let errors = own.filter { $0.severity == .error }
            guard !errors.isEmpty else {
                xml.empty("testcase", [("classname", name), ("name", file)])
                continue
            }
            xml.open("testcase", [("classname", name), ("name", file)])
            let summary = "\(errors.count) error\(errors.count == 1 ? "" : "s"): \(errors[0].message)"
            xml.line("failure", [("message", summary), ("type", errors[0].id.rawValue)], text: Self.lines(own))
            xml.close()
        }
        let stray = findings.filter { finding in !files.contains { $0 == finding.location?.file } }
        if !stray.isEmpty { xml.line("system-err", text: Self.lines(stray)) }
        xml.close()
        xml.close()
        return xml.output
    }

    private static func lines(_ findings: [Diagnostic]) -> String {
        findings.map(\.description).joined(separator: "\n")
    }
}
