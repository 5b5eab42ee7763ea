import ArgumentParser
import EnactCore
import EnactReports

/// How the findings of `check`, `validate` and `fmt --check` are printed: for people, or for the machines of CI.
enum FindingsFormat: String, CaseIterable, ExpressibleByArgument {
    /// `file:line:col: severity: message [rule-id]`, coloured on a terminal.
    case text
    /// `{"diagnostics": [...], "errors": n, "warnings": n}`.
    case json
    /// SARIF 2.1.0, for code-scanning services.
    case sarif
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`), shown as annotations.
    case github
    /// JUnit XML, a test per file (`validate` only).
    case junit

    /// The help text of a command's `--format` option, after `lead`.
    static func help(junit: Bool, lead: String = "") -> ArgumentHelp {
        ArgumentHelp(
            lead + "Output: text (file:line:col lines), json, sarif (SARIF 2.1.0), github (workflow annotations)"
                + (junit ? " or junit (a test per file)." : "."))
    }

    /// The findings about `files` printed in this format; nil for `text`, which each command prints its own way.
    func report(_ findings: [Diagnostic], files: [String]) -> String? {
        switch self {
        case .text: nil
        case .json: DiagnosticPrinter.json(findings)
        case .sarif: SARIFReport(version: Enact.configuration.version).text(findings)
        case .github: GitHubAnnotations().text(findings)
        case .junit: JUnitReport(name: "enact validate").text(files: files, findings: findings)
        }
    }
}
