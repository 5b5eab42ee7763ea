import EnactAkomaNtoso
import EnactCore
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
        var schema: String
    }

    /// 会社法 (Japan's standard law XML), the largest USLM title, and a synthetic act written as Akoma Ntoso.
    func cases(syntheticDivisions: Int) throws -> [Case] {
        var cases = [
            Case(name: "会社法 (jplaw)", file: reference.appendingPathComponent("jplaw/documents/417AC0000000086_20170401_428AC0000000062.xml"), schema: "XMLSchemaForJapaneseLaw_v3.xsd"),
            Case(name: "US Code title 44 (USLM 1)", file: reference.appendingPathComponent("uslm/documents/usc44-rp115-164not141.xml"), schema: "USLM.xsd"),
        ]
        let source = SyntheticBill.source(divisions: syntheticDivisions)
        let document = try SourceReader().parse(source, file: "synthetic.enact").document
        let xml = try AkomaNtosoWriter().write(ResolvedDocument(document), file: "synthetic.enact")
        let synthetic = FileManager.default.temporaryDirectory.appendingPathComponent("enact-bench-synthetic.akn.xml")
        try Data(xml.utf8).write(to: synthetic)
        cases.append(Case(name: "synthetic act (AKN)", file: synthetic, schema: "akomantoso30.xsd"))
        return cases
    }

    func report(syntheticDivisions: Int) throws -> String {
        let enact = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        let catalog = SchemaCatalog(directory: reference.path)
        let emptyProfiles = FileManager.default.temporaryDirectory.appendingPathComponent("enact-bench-no-profiles")
        try FileManager.default.createDirectory(at: emptyProfiles, withIntermediateDirectories: true)
        var text = "\nXML, side by side with xmllint (fastest of \(repetitions); process start included; peak = resident memory)\n"
        text += "document                      phase                 seconds     MB/s  peak MB  ratio\n"
        for item in try cases(syntheticDivisions: syntheticDivisions) {
            let size = (try FileManager.default.attributesOfItem(atPath: item.file.path)[.size] as? Int) ?? 1
            let megabytes = Double(size) / 1_000_000
            let schema = try catalog.schemaPath(for: format(of: item.schema))
            let lintParse = MeasuredProcess.best(of: repetitions, "xmllint", ["--noout", "--nonet", item.file.path])
            let imported = MeasuredProcess.best(of: repetitions, enact, ["import", item.file.path, "-o", "-"])
            let lintValidate = MeasuredProcess.best(of: repetitions, "xmllint", ["--noout", "--nonet", "--schema", schema, item.file.path])
            let validated = MeasuredProcess.best(
                of: repetitions, enact, ["validate", item.file.path, "--schemas", reference.path, "--profiles", emptyProfiles.path])
            func row(_ phase: String, _ run: MeasuredProcess.Measurement?, _ ratio: String = "") -> String {
                guard let run else { return "\(item.name.padded(30))\(phase.padded(20))  not run (is xmllint installed?)\n" }
                return item.name.padded(30) + phase.padded(20)
                    + String(format: "%8.3f %8.1f %8.1f  ", run.seconds, megabytes / run.seconds, Double(run.peakBytes) / 1_000_000) + ratio + "\n"
            }
            let importRatio = zip2(imported, lintParse).map { String(format: "%.2fx xmllint's speed (target >= 0.5x)", $1.seconds / $0.seconds) } ?? ""
            let memoryRatio = imported.map { String(format: "; peak %.1fx file (target <= 6x)", Double($0.peakBytes) / Double(size)) } ?? ""
            let validateRatio = zip2(validated, lintValidate).map { String(format: "%.2fx xmllint's time (target <= 1.2x)", $0.seconds / $1.seconds) } ?? ""
            text += row("xmllint parse", lintParse)
            text += row("enact import", imported, importRatio + memoryRatio)
            let reading = try readingTime(item.file.path)
            text += item.name.padded(30) + "read (in process)".padded(20)
                + String(format: "%8.3f %8.1f           ", reading, megabytes / reading)
                + (lintParse.map { String(format: "%.2fx xmllint's speed: parse and model, without process start or draft", $0.seconds / reading) } ?? "")
                + "\n"
            text += row("xmllint validate", lintValidate)
            text += row("enact validate", validated, validateRatio)
            text += try writerRows(item, megabytes: megabytes)
        }
        return text
    }

    /// The fastest safe parse and read into the model, in this process.
    private func readingTime(_ path: String) throws -> Double {
        var best = Double.infinity
        for _ in 0..<repetitions {
            let start = ContinuousClock.now
            let xml = try ParsedXML.parse(contentsOf: path)
            switch try xml.format() {
            case .japaneseLaw: _ = try JapaneseLawReader().read(xml)
            case .uslm1, .uslm2: _ = try USLMReader().read(xml)
            case .akomaNtoso: _ = try AkomaNtosoReader().read(xml)
            }
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    /// Each writer that applies, timed in this process from the imported model.
    private func writerRows(_ item: Case, megabytes: Double) throws -> String {
        let xml = try ParsedXML.parse(contentsOf: item.file.path)
        let document: Document
        switch try xml.format() {
        case .japaneseLaw: document = try JapaneseLawReader().read(xml).0
        case .uslm1, .uslm2: document = try USLMReader().read(xml).0
        case .akomaNtoso: document = try AkomaNtosoReader().read(xml).0
        }
        var prepared = document
        if prepared.metadata.work == nil { prepared.metadata.work = WorkIdentifier("/akn/bench/act/2026/1") }
        if prepared.metadata.jurisdiction == nil { prepared.metadata.jurisdiction = "US" }
        if prepared.metadata.language == nil { prepared.metadata.language = "en" }
        if prepared.metadata.dates.isEmpty { prepared.metadata.dates.enacted = LegalDate(year: 2026, month: 1, day: 1) }
        let resolved = ResolvedDocument(prepared)
        var rows = ""
        let writers: [(String, () throws -> String)] = [
            ("write akn", { try AkomaNtosoWriter().write(resolved, file: item.name) }),
            ("write uslm", { try USLMWriter().write(resolved, file: item.name) }),
            ("write jplaw", { try JapaneseLawWriter().write(resolved, file: item.name) }),
        ]
        for (phase, write) in writers {
            guard (try? write()) != nil else { continue }
            var best = Double.infinity
            for _ in 0..<repetitions {
                let start = ContinuousClock.now
                _ = try write()
                let elapsed = ContinuousClock.now - start
                best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            }
            rows += item.name.padded(30) + phase.padded(20) + String(format: "%8.3f %8.1f\n", best, megabytes / best)
        }
        return rows
    }

    private func format(of schemaFile: String) -> XMLFormat {
        XMLFormat.allCases.first { $0.schemaFileName == schemaFile } ?? .akomaNtoso
    }

    private func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
        guard let a, let b else { return nil }
        return (a, b)
    }
}

extension String {
    /// The string padded with spaces (or cut) to `width` characters, for tables.
    func padded(_ width: Int) -> String {
        count >= width ? String(prefix(width - 1)) + " " : self + String(repeating: " ", count: width - count)
    }
}
