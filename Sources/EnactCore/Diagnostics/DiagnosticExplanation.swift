/// The catalogue as people read it: one entry explained for a terminal (`enact explain ID`), the list of every
/// identifier with its summary, and the whole catalogue as the Markdown page docs/diagnostics.md.
public enum DiagnosticExplanation {
    /// An entry for a terminal: identifier, severity and area, summary, the explanation wrapped to `width`
    /// columns, and the example indented.
    public static func text(_ id: DiagnosticID, width: Int = 100) -> String {
        let entry = id.entry
        var text = "\(id.rawValue) (\(entry.severity.rawValue), \(entry.area.rawValue)): \(entry.summary)\n\n"
        text += wrapped(entry.explanation, width: width) + "\n\nExample:\n"
        text +=
            entry.example.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(
                separator: "\n") + "\n"
        return text
    }

    /// Every identifier with its severity and summary, one a line, grouped by area.
    public static func list() -> String {
        var text = ""
        for area in DiagnosticEntry.Area.allCases {
            let ids = DiagnosticID.allCases.filter { $0.entry.area == area }
            guard !ids.isEmpty else { continue }
            text += "\(area.rawValue):\n"
            let width = ids.map(\.rawValue.count).max() ?? 0
            for id in ids {
                let padding = String(repeating: " ", count: width - id.rawValue.count)
                text +=
                    "  \(id.rawValue)\(padding)  \(id.entry.severity.rawValue.padding(toLength: 7)) \(id.entry.summary)\n"
            }
        }
        return text
    }

    /// The whole catalogue as Markdown, by area, each identifier with its severity, summary, explanation and example.
    public static func markdown() -> String {
        var text = """
            # Diagnostics

            Every problem Enact reports has a stable identifier, printed in brackets after the message
            (`file:line:col: error: message [id]`) and in the `rule` field of `--format json`. `enact explain ID` prints
            the entry below for one identifier; `enact explain` lists them all. This page is generated from the
            catalogue in `Sources/EnactCore/Diagnostics/DiagnosticCatalogue.swift` by
            `enact explain --all --format markdown`; a test keeps the two the same.

            """
        for area in DiagnosticEntry.Area.allCases {
            let ids = DiagnosticID.allCases.filter { $0.entry.area == area }
            guard !ids.isEmpty else { continue }
            text += "\n## \(area.title)\n\n| identifier | severity | summary |\n|---|---|---|\n"
            for id in ids {
                text +=
                    "| [`\(id.rawValue)`](#\(id.rawValue)) | \(id.entry.severity.rawValue) | \(id.entry.summary) |\n"
            }
            for id in ids { text += "\n" + markdownSection(id) }
        }
        return text
    }

    /// One entry in Markdown: a heading, severity and summary, the explanation and the example.
    public static func markdownSection(_ id: DiagnosticID) -> String {
        let entry = id.entry
        return "### `\(id.rawValue)`\n\n\(entry.severity.rawValue.capitalized): \(entry.summary).\n\n"
            + entry.explanation + "\n\n```text\n" + entry.example + "\n```\n"
    }

    /// `text` broken into lines of at most `width` columns at spaces, counting East Asian characters as two columns.
    static func wrapped(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        var columns = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let wordColumns = word.reduce(0) { $0 + (($1.unicodeScalars.first?.value ?? 0) >= 0x1100 ? 2 : 1) }
            if columns > 0, columns + 1 + wordColumns > width {
                lines.append(line)
                line = ""
                columns = 0
            }
            if columns > 0 {
                line += " "
                columns += 1
            }
            line += word
            columns += wordColumns
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}

extension DiagnosticEntry.Area {
    /// The area as a heading: `Files and command line`, `Enact source` …
    public var title: String {
        switch self {
        case .files: "Files and the command line"
        case .source: "Enact source"
        case .templates: "Templates and parameters"
        case .checks: "Checks (enact check)"
        case .xml: "XML: parsing, schemas and profiles"
        case .formats: "Reading and writing the XML formats"
        case .comparison: "Diff and compare"
        case .amendments: "Amendments"
        }
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
