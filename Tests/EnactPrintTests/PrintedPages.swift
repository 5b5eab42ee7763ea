import EnactCore
import EnactPrint
import EnactRendering
import EnactSource
import EnactTestSupport
import Foundation
import Testing
import ZIPFoundation

/// What the tests read back from printed forms: the parts of a Word file, and a PDF's text and geometry through
/// poppler's `pdftotext` (installed by `.ci/run`; its absence fails the tests that need it).
enum PrintedPages {
    /// The text of part `path` of the Word file `data`.
    static func part(_ path: String, of data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive[path], "the Word file has no \(path)")
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The names of the parts of the Word file `data`, in the order they are stored.
    static func partNames(of data: Data) throws -> [String] {
        try Archive(data: data, accessMode: .read).map(\.path)
    }

    /// The resolved fixture `name` (`bill.ja.enact`).
    static func fixture(_ name: String) throws -> ResolvedDocument {
        try ResolvedDocument(SourceReader().read(contentsOf: Fixtures.path("Tests/EnactPrintTests/Fixtures/\(name)")))
    }

    /// The PDF LibreOffice prints of `package`, written into `folder` as `name`.
    static func pdf(_ package: WordPackage, named name: String, in folder: TemporaryFolder) throws -> String {
        #expect(PDFEngine.program() != nil, "LibreOffice Writer is not installed (apt-get install libreoffice-writer)")
        let data = try Printer().bytes(of: package, as: .pdf, file: name)
        let path = folder.path(name)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// What `pdftotext` prints for `pdf` with `options` (`-raw`, `-layout`, `-bbox`, `-f 2 -l 2`).
    static func text(_ pdf: String, _ options: [String] = []) throws -> String {
        let program = try #require(
            ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first {
                FileManager.default.isExecutableFile(atPath: $0)
            },
            "pdftotext is not installed (apt-get install poppler-utils)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = options + [pdf, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "pdftotext failed on \(pdf)")
        return String(decoding: data, as: UTF8.self)
    }

    /// The number of pages of `pdf`: the form feeds `pdftotext` ends its pages with.
    static func pageCount(_ pdf: String) throws -> Int {
        try text(pdf).filter { $0 == "\u{0C}" }.count
    }

    /// The text of `pdf` in the order its characters are drawn, lines joined: the reading order, vertical
    /// writing included.
    static func readingOrder(_ pdf: String) throws -> String {
        try text(pdf, ["-raw"]).filter { !$0.isWhitespace && $0 != "\u{0C}" }
    }

    /// The words `pdftotext -bbox` places on page `page`: their text, left edge, top and bottom.
    static func words(_ pdf: String, page: Int) throws -> [(text: String, x: Double, top: Double, bottom: Double)] {
        let boxes = try text(pdf, ["-bbox", "-f", "\(page)", "-l", "\(page)"])
        return boxes.matches(of: /<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">([^<]*)</)
            .compactMap { match in
                guard let x = Double(match.1), let top = Double(match.2), let bottom = Double(match.3) else {
                    return nil
                }
                return (String(match.4), x, top, bottom)
            }
    }

    /// The share of a page's words that are single characters with another character set directly below them,
    /// closer than a line's height — about 1 for vertical writing, where each character is placed under the one
    /// before, about 0 for horizontal writing, where lines stand a line's height apart.
    static func verticalShare(_ pdf: String, page: Int) throws -> Double {
        let words = try words(pdf, page: page)
        guard !words.isEmpty else { return 0 }
        let stacked = words.filter { word in
            word.text.count == 1
                && words.contains { other in
                    abs(other.x - word.x) < 1 && other.top > word.top && other.top - word.top < word.bottom - word.top
                }
        }
        return Double(stacked.count) / Double(words.count)
    }

    /// Whether `needles` occur in `haystack` one after another, in order; the first missing one otherwise.
    static func firstMissing(_ needles: [String], inOrderIn haystack: String) -> String? {
        var rest = haystack[...]
        for needle in needles {
            guard let range = rest.range(of: needle) else { return needle }
            rest = rest[range.upperBound...]
        }
        return nil
    }

    /// The numbers and headings of a document's articles and sections, in order, as its print shows them
    /// (without spaces: a PDF's text does not keep them).
    static func unitLabels(_ resolved: ResolvedDocument) -> [String] {
        let page = PageWording(resolved)
        var labels: [String] = []
        resolved.document.walkDivisions { division, context in
            guard context.part == .body, page.role(of: division) == .unit else { return }
            let designation = page.designation(of: division, context: context) ?? ""
            let caption = page.caption(of: division) ?? ""
            // A 見出し stands above a Japanese article; elsewhere the heading follows the number.
            labels += page.wording.isJapanese ? [caption, designation] : [designation, caption]
        }
        return labels.map { $0.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
    }
}
