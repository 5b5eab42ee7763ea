import EnactAkomaNtoso
import EnactCore
import EnactFormats
import EnactJapaneseLaw
import EnactSource
import EnactUSLM
import EnactXML
import Foundation

/// Measures Enact's XML import, writers and validation on real and synthetic documents, side by side with
/// xmllint parsing and validating the same files in the same run.
struct XMLBenchmark {
    let reference: URL
    let repetitions: Int

    struct Case {
        var name: String
        var file: URL
        var format: DocumentFormat
    }

    /// 会社法 (Japan's standard law XML), the largest USLM title, and a synthetic act written as Akoma Ntoso.
    func cases(syntheticDivisions: Int) throws -> [Case] {
        var cases = [
            Case(
                name: "会社法 (jplaw)",
                file: reference.appendingPathComponent("jplaw/documents/417AC0000000086_20170401_428AC0000000062.xml"),
                format: .japaneseLaw),
            Case(
                name: "US Code title 44 (USLM 1)",
                file: reference.appendingPathComponent("uslm/documents/usc44-rp115-164not141.xml"), format: .uslm1),
        ]
        let source = SyntheticBill.source(divisions: syntheticDivisions)
        let document = try SourceReader().parse(source, file: "synthetic.enact").document
        let xml = try AkomaNtosoWriter().write(ResolvedDocument(document), file: "synthetic.enact")
        let synthetic = FileManager.default.temporaryDirectory.appendingPathComponent("enact-bench-synthetic.akn.xml")
        try Data(xml.utf8).write(to: synthetic)
        cases.append(Case(name: "synthetic act (AKN)", file: synthetic, format: .akomaNtoso))
        return cases
    }

    static let importTarget = 0.5
    static let memoryTarget = 6.0
    static let validateTarget = 1.2

    func rows(syntheticDivisions: Int) throws -> [BenchRow] {
        let enact = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        let catalog = SchemaCatalog(directory: reference.path)
        let emptyProfiles = FileManager.default.temporaryDirectory.appendingPathComponent("enact-bench-no-profiles")
        try FileManager.default.createDirectory(at: emptyProfiles, withIntermediateDirectories: true)
        let xmllint = PeerTool.find(PeerTool.xmllint)
        var rows: [BenchRow] = []
        for item in try cases(syntheticDivisions: syntheticDivisions) {
            let size = (try FileManager.default.attributesOfItem(atPath: item.file.path)[.size] as? Int) ?? 1
            let megabytes = Double(size) / 1_000_000
            let input = String(format: "%@, %.1f MB", item.name, megabytes)
            let schema = try catalog.schemaPath(named: item.format.schemaFileName ?? "")
            let imported = MeasuredProcess.best(of: repetitions, enact, ["import", item.file.path, "-o", "-"])
            let validated = MeasuredProcess.best(
                of: repetitions, enact,
                ["validate", item.file.path, "--schemas", reference.path, "--profiles", emptyProfiles.path])
            var importRow = BenchRow(
                operation: "import (process)", input: input,
                enact: imported.map { BenchRow.speed(seconds: $0.seconds, megabytes: megabytes) } ?? "failed",
                enactValue: imported.map { megabytes / $0.seconds }, peer: "xmllint (parse)",
                target: String(format: ">= %.1fx the peer's speed", Self.importTarget))
            var validateRow = BenchRow(
                operation: "validate (process)", input: input,
                enact: validated.map { BenchRow.seconds($0.seconds) } ?? "failed",
                enactValue: validated?.seconds, peer: "xmllint --schema",
                target: String(format: "<= %.1fx the peer's time", Self.validateTarget))
            if let xmllint {
                if let lint = xmllint.measure(["--noout", "--nonet", item.file.path], repetitions: repetitions),
                    let imported
                {
                    importRow.peerFigure = BenchRow.speed(seconds: lint.seconds, megabytes: megabytes)
                    importRow.peerValue = megabytes / lint.seconds
                    let ratio = lint.seconds / imported.seconds
                    importRow.ratio = ratio
                    importRow.met = ratio >= Self.importTarget
                }
                if let lint = xmllint.measure(
                    ["--noout", "--nonet", "--schema", schema, item.file.path], repetitions: repetitions), let validated
                {
                    validateRow.peerFigure = BenchRow.seconds(lint.seconds)
                    validateRow.peerValue = lint.seconds
                    let ratio = validated.seconds / lint.seconds
                    validateRow.ratio = ratio
                    validateRow.met = ratio <= Self.validateTarget
                }
            } else {
                importRow.note = PeerTool.missing(PeerTool.xmllint)
                validateRow.note = PeerTool.missing(PeerTool.xmllint)
            }
            rows.append(importRow)
            if let imported {
                let ratio = Double(imported.peakBytes) / Double(size)
                rows.append(
                    BenchRow(
                        operation: "import peak memory", input: input,
                        enact: String(format: "%@, %.1fx the file", BenchRow.megabytes(imported.peakBytes), ratio),
                        enactValue: ratio, target: String(format: "<= %.0fx the file", Self.memoryTarget),
                        met: ratio <= Self.memoryTarget))
            }
            rows.append(validateRow)
        }
        return rows
    }
}
