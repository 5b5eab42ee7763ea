import EnactCore

/// Findings as GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), which a
/// workflow run shows as annotations on the lines of a pull request's files.
public struct GitHubAnnotations: Sendable {
    public init() {}

    /// One command a line for every finding and every note attached to one.
    public func text(_ findings: [Diagnostic]) -> String {
        findings.map { finding in
            var text = command(finding.severity, at: finding.location, title: finding.id.rawValue, finding.message)
            for note in finding.notes {
                text += command(.note, at: note.location, title: finding.id.rawValue, note.message)
            }
            return text
        }.joined()
    }

    private func command(_ severity: Severity, at location: SourceLocation?, title: String, _ message: String)
        -> String
    {
        let name =
            switch severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
        var properties: [String] = []
        if let location {
            properties += [
                "file=\(Self.property(location.file))", "line=\(location.line)", "col=\(location.column)",
            ]
        }
        properties.append("title=\(Self.property(title))")
        return "::\(name) \(properties.joined(separator: ","))::\(Self.data(message))\n"
    }

    /// A message escaped as the runner reads it: `%`, carriage returns and line feeds.
    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value escaped: as a message, and `:` and `,`, which separate properties.
    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
