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
        /// The smallest real document of the same format: what importing it costs (process start, libraries,
        /// the schema-independent set-up) is subtracted, so the figures are what the document itself costs.
        var baseline: URL
    }

    /// The largest real document (of half a megabyte or more) of each XML format Enact reads in each folder of the
    /// reference (the official samples; the corpus, with its US Code titles, CFR volume and e-Gov revisions), and a
    /// synthetic act written as Akoma Ntoso.
    func cases(syntheticDivisions: Int) throws -> [Case] {
        struct Group: Hashable {
            var format: DocumentFormat
            var folder: String
        }
        var largest: [Group: (file: URL, size: Int)] = [:]
        var smallest: [DocumentFormat: (file: URL, size: Int)] = [:]
        let enumerator = FileManager.default.enumerator(at: reference, includingPropertiesForKeys: [.fileSizeKey])
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension.lowercased() == "xml", !url.path.contains("/schema"),
                let handle = try? FileHandle(forReadingFrom: url)
            else { continue }
            let prefix = Array((try? handle.read(upToCount: 4096)) ?? Data())
            try? handle.close()
            guard let format = DocumentFormat.detect(xmlPrefix: prefix) else { continue }
            let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
            let relative = url.standardizedFileURL.path.dropFirst(reference.standardizedFileURL.path.count)
            let group = Group(format: format, folder: String(relative.split(separator: "/").first ?? ""))
            if size >= Self.smallestMeasured, size > largest[group]?.size ?? 0 { largest[group] = (url, size) }
            if size < smallest[format]?.size ?? .max { smallest[format] = (url, size) }
        }
        var cases = largest.sorted { ($0.key.format.title, $0.key.folder) < ($1.key.format.title, $1.key.folder) }
            .compactMap { group, big -> Case? in
                guard let small = smallest[group.format] else { return nil }
                return Case(
                    name: "\(big.file.lastPathComponent) (\(group.format.title))", file: big.file, format: group.format,
                    baseline: small.file)
            }
        let document = DocumentSynthesizer.bill(divisions: syntheticDivisions)
        let xml = try AkomaNtosoWriter().write(ResolvedDocument(document), file: "synthetic.enact")
        let synthetic = FileManager.default.temporaryDirectory.appendingPathComponent("enact-bench-synthetic.akn.xml")
        try Data(xml.utf8).write(to: synthetic)
        if let small = smallest[.akomaNtoso] {
            cases.append(
                Case(name: "synthetic act (Akoma Ntoso)", file: synthetic, format: .akomaNtoso, baseline: small.file))
        }
        return cases
    }

    /// Documents below half a megabyte say little about throughput and are not measured.
    static let smallestMeasured = 500_000
    static let importTarget = 0.5
    static let memoryTarget = 6.0
    static let validateTarget = 1.2

    /// What a document costs a process beyond what the format's smallest document costs it: time and peak
    /// resident memory, process start and libraries aside.
    struct Cost {
        var seconds: Double
        var bytes: Int

        init?(_ document: MeasuredProcess.Measurement?, over baseline: MeasuredProcess.Measurement?) {
            guard let document, let baseline, document.status == 0 else { return nil }
            seconds = max(document.seconds - baseline.seconds, 1e-4)
            bytes = max(document.peakBytes - baseline.peakBytes, 0)
        }
    }

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
            let importing = { (file: URL) in
                MeasuredProcess.best(of: repetitions, enact, ["import", file.path, "-o", "-"])
            }
            let imported = Cost(importing(item.file), over: importing(item.baseline))
            let validated = MeasuredProcess.best(
                of: repetitions, enact,
                ["validate", item.file.path, "--schemas", reference.path, "--profiles", emptyProfiles.path])
            var importRow = BenchRow(
                operation: "import (process, start aside)", input: input,
                enact: imported.map { BenchRow.speed(seconds: $0.seconds, megabytes: megabytes) } ?? "failed",
                enactValue: imported.map { megabytes / $0.seconds }, peer: "xmllint (parse)",
                target: String(format: ">= %.1fx the peer's speed", Self.importTarget))
            var memoryRow = BenchRow(
                operation: "import memory (start aside)", input: input,
                enact: imported.map { Self.memory($0.bytes, size) } ?? "failed",
                enactValue: imported.map { Double($0.bytes) / Double(size) }, peer: "xmllint (parse)",
                target: String(format: "<= %.0fx the file", Self.memoryTarget),
                met: imported.map { Double($0.bytes) / Double(size) <= Self.memoryTarget })
            var validateRow = BenchRow(
                operation: "validate (process)", input: input,
                enact: validated.map { BenchRow.seconds($0.seconds) } ?? "failed",
                enactValue: validated?.seconds, peer: "xmllint --schema",
                target: String(format: "<= %.1fx the peer's time", Self.validateTarget))
            if let xmllint {
                let parsing = { (file: URL) in
                    xmllint.measure(["--noout", "--nonet", file.path], repetitions: repetitions)
                }
                if let lint = Cost(parsing(item.file), over: parsing(item.baseline)) {
                    memoryRow.peerFigure = Self.memory(lint.bytes, size) + " (its tree)"
                    memoryRow.peerValue = Double(lint.bytes) / Double(size)
                    importRow.peerFigure = BenchRow.speed(seconds: lint.seconds, megabytes: megabytes)
                    importRow.peerValue = megabytes / lint.seconds
                    if let imported {
                        let ratio = lint.seconds / imported.seconds
                        importRow.ratio = ratio
                        importRow.met = ratio >= Self.importTarget
                    }
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
                memoryRow.note = PeerTool.missing(PeerTool.xmllint)
                validateRow.note = PeerTool.missing(PeerTool.xmllint)
            }
            rows += [importRow, memoryRow, validateRow]
        }
        return rows
    }

    /// `12.3 MB, 5.6x the file`.
    private static func memory(_ bytes: Int, _ size: Int) -> String {
        String(format: "%@, %.1fx the file", BenchRow.megabytes(bytes), Double(bytes) / Double(size))
    }
}
