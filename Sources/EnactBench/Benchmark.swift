import EnactCore
import Foundation

/// Every speed and memory measurement of `enact bench`, with the peer tools measured in the same run: parsing,
/// checking and rendering a synthetic bill in process and as a command against cmark-gfm, pandoc and bluebell;
/// generating every template example; `enact diff` against git's word diff; import and validation of the largest
/// real document of each XML format against xmllint.
public struct Benchmark {
    /// The `enact` executable measured as a process.
    public var enact: String
    /// How many divisions the synthetic bill has, and how many sections the diffed act has.
    public var divisions: Int
    /// How many times each measurement runs; the fastest run counts.
    public var repetitions: Int
    /// The folder holding the templates.
    public var templates: String
    /// The reference folder with real XML documents and the official schemas; nil skips the XML measurements.
    public var reference: String?
    public var measuresDiff = true

    public init(enact: String, divisions: Int, repetitions: Int, templates: String, reference: String?) {
        self.enact = enact
        self.divisions = divisions
        self.repetitions = repetitions
        self.templates = templates
        self.reference = reference
    }

    /// Runs every measurement; a peer that is not installed gives rows marked "not measured".
    public func rows() throws -> [BenchRow] {
        var rows = try CoreBenchmark(enact: enact, divisions: divisions, repetitions: repetitions).rows()
        do throws(DiagnosticError) {
            rows += try TemplateBenchmark(root: templates).rows(repetitions: repetitions)
        } catch {
            rows.append(
                BenchRow(
                    operation: "generate every template example", input: templates, enact: "failed",
                    target: "< 1 s", note: "\(error)"))
        }
        rows += LanguageServerBenchmark().rows(repetitions: repetitions)
        if measuresDiff {
            rows += try DiffBenchmark(enact: enact, sections: divisions, repetitions: repetitions).rows()
        }
        if let reference {
            if FileManager.default.fileExists(atPath: reference) {
                rows += try XMLBenchmark(
                    enact: enact, reference: URL(fileURLWithPath: reference), repetitions: repetitions
                ).rows(syntheticDivisions: divisions)
            } else {
                rows.append(
                    BenchRow(
                        operation: "import, validate", input: reference, enact: "not run", target: "see docs",
                        note: "the reference folder \(reference) was not found; pass --reference"))
            }
        }
        return rows
    }
}

/// A measurement that could not be made.
public struct BenchmarkFailure: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// The peak resident memory of this process (VmHWM on Linux).
enum PeakMemory {
    static func residentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return digits.map { $0 * 1024 }
        }
        return nil
    }
}
