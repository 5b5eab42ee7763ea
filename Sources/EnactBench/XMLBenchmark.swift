import EnactAkomaNtoso
import EnactCore
import EnactFormats
import EnactSyntheticDocuments
import EnactXML
import Foundation

/// Measures Enact's XML import, writers and validation on real and synthetic documents, side by side with
/// xmllint parsing and validating the same files in the same run.
struct XMLBenchmark {
    /// The `enact` executable measured as a process.
    let enact: String
    let reference: URL
    let repetitions: Int

    struct Case {
        var name: String
        var file: URL
        var format: DocumentFormat
    }

    /// The largest real document of each XML format Enact reads under the reference folder, and a synthetic act
    /// written as Akoma Ntoso.
    func cases(syntheticDivisions: Int) throws -> [Case] {
        var largest: [DocumentFormat: (file: URL, size: Int)] = [:]
        let enumerator = FileManager.default.enumerator(at: reference, includingPropertiesForKeys: [.fileSizeKey])
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension.lowercased() == "xml", !url.path.contains("/schema"),
                let handle = try? FileHandle(forReadingFrom: url)
            else { continue }
            let prefix = Array((try? handle.read(upToCount: 4096)) ?? Data())
            try? handle.close()
            guard let format = DocumentFormat.detect(xmlPrefix: prefix) else { continue }
            let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
            if size > largest[format]?.size ?? 0 { largest[format] = (url, size) }
        }
        var cases = DocumentFormat.allCases.compactMap { format in
            largest[format].map {
                Case(name: "\($0.file.lastPathComponent) (\(format.title))", file: $0.file, format: format)
            }
        }
        let document = DocumentSynthesizer.bill(divisions: syntheticDivisions)
        let xml = try AkomaNtosoWriter().write(ResolvedDocument(document), file: "synthetic.enact")
        let synthetic = FileManager.default.temporaryDirectory.appendingPathComponent("enact-bench-synthetic.akn.xml")
        try Data(xml.utf8).write(to: synthetic)
        cases.append(Case(name: "synthetic act (Akoma Ntoso)", file: synthetic, format: .akomaNtoso))
        return cases
    }

    static let importTarget = 0.5
    static let memoryTarget = 6.0
    static let validateTarget = 1.2

    func rows(syntheticDivisions: Int) throws -> [BenchRow] {
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
