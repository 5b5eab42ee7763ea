import Foundation

/// Round-trip reports as people read them: one line a document, then what each lost; or JSON.
public enum RoundTripTable {
    /// A line a document (file, format, units, designations, text, schema, verdict), then the details of every
    /// loss and a count of the documents that came back whole.
    public static func text(_ reports: [RoundTripReport]) -> String {
        let headers = ["document", "format", "units", "designations", "text", "schema", "verdict"]
        let rows = reports.map { report -> [String] in
            let name = URL(fileURLWithPath: report.file).lastPathComponent
            guard report.failure == nil else {
                return [name, report.format ?? "?", "—", "—", "—", "—", "NOT IMPORTED"]
            }
            let unitsLost = report.units.values.filter { $0 > 0 }.reduce(0, +)
            let unitsAdded = -report.units.values.filter { $0 < 0 }.reduce(0, +)
            return [
                name, report.format ?? "?",
                unitsLost == 0 && unitsAdded == 0 ? "kept" : "\(unitsLost) lost, \(unitsAdded) added",
                report.designationsLost.isEmpty
                    ? "kept" : "\(report.designationsLost.count) of \(report.designationCount) lost",
                report.textDifference == nil
                    ? "kept" : "\(report.characters - report.charactersWritten) of \(report.characters) chars",
                report.schemaErrors.map { errors in
                    errors == 0
                        ? "valid"
                        : "\(errors) errors" + (report.isValidAsTheOriginal ? " (as the original)" : "")
                } ?? "not checked",
                report.isLossless ? "whole" : "LOSS",
            ]
        }
        var widths = headers.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces) + "\n"
        }
        var text = line(headers) + line(widths.map { String(repeating: "-", count: $0) })
        for row in rows { text += line(row) }
        var details = ""
        for report in reports where !report.isLossless {
            let name = URL(fileURLWithPath: report.file).lastPathComponent
            if let failure = report.failure { details += "- \(name): \(failure)\n" }
            let units = report.units.sorted { $0.key < $1.key }.map {
                "\($0.key) \($0.value > 0 ? "-" : "+")\(abs($0.value))"
            }
            if !units.isEmpty { details += "- \(name): units \(units.joined(separator: ", "))\n" }
            if !report.designationsLost.isEmpty {
                let shown = report.designationsLost.prefix(5).joined(separator: " | ")
                details += "- \(name): designations lost: \(shown)\(report.designationsLost.count > 5 ? " …" : "")\n"
            }
            if let difference = report.textDifference { details += "- \(name): text differs \(difference)\n" }
            if let error = report.firstSchemaError, !report.isValidAsTheOriginal {
                details += "- \(name): first schema error: \(error)\n"
            }
        }
        if !details.isEmpty { text += "\nlosses:\n" + details }
        text += "\n\(reports.filter(\.isLossless).count) of \(reports.count) documents came back whole\n"
        return text
    }

    /// The reports as JSON, keys sorted.
    public static func json(_ reports: [RoundTripReport]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(reports), as: UTF8.self) + "\n"
    }
}
