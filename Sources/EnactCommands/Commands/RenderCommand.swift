import ArgumentParser
import EnactCore
import EnactFormats
import EnactPrint
import EnactRendering
import Foundation

/// `enact render`: renders sources for people.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract:
            "Render documents to Markdown, HTML, Akoma Ntoso, USLM, Japanese law XML, Enact source, Word or PDF.",
        discussion: """
            With one file and one format, writes to standard output or to -o. With --output-dir, writes \
            NAME.md / NAME.html for every file and format there and prints each path written. \
            Outputs are written atomically; an existing file that enact did not write is not replaced \
            without --force.

            docx prints the bill as its tradition does, as a Word file whose every level is a named style \
            (Enact Chapter, Enact Article, Enact Item …): a Japanese 法律案 in vertical writing on A4 landscape \
            (--writing horizontal for 横書き), a US bill on Letter with its lines numbered from 1 on every page, \
            Australian and Korean bills in their own styles. pdf prints that Word file with LibreOffice Writer \
            (apt-get install libreoffice-writer fonts-noto-cjk); without it, pdf is an error naming the package.

            Exit status: 0 written, 2 unreadable input, unwritable output or no PDF engine.

            Examples:
              enact render Drafts/japan-taiwan-relations-act.ja.enact --to html -o out/ja.html
              enact render Drafts/*.enact --to markdown --to html --output-dir out
              enact render Drafts/japan-taiwan-relations-act.ja.enact --to docx -o out/ja.docx
              enact render Drafts/japan-taiwan-relations-act.en.enact --to pdf -o out/en.pdf
            """)

    @Argument(help: "The documents to render: Enact source, or XML in any format Enact reads.")
    var files: [String]

    @Option(
        name: .customLong("to"),
        help:
            "Output format: markdown, html, akn (Akoma Ntoso 3.0), uslm (USLM 2), jplaw (Japan's standard law XML), enact (source), docx (Word) or pdf. Repeat for several."
    )
    var formats: [DocumentFormat] = []

    @Option(
        name: .shortAndLong, help: "Output file (one input and one format only); '-' or absent for standard output.")
    var output: String?

    @Option(help: "Folder for the outputs of several files or formats, named after each source file.")
    var outputDir: String?

    @Option(help: "Drafter's notes and correspondences: show or hide.")
    var annotations: AnnotationDisplay = .show

    @Option(help: "Table of contents: show or hide.")
    var toc: TableOfContentsDisplay = .show

    @Option(
        help:
            "docx and pdf: the direction of writing, vertical (縦書き) or horizontal; the tradition's own by default (vertical for Japanese)."
    )
    var writing: PrintLayout.Writing?

    @Flag(help: "Replace output files even if enact did not write them.")
    var force = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard !formats.isEmpty else {
            throw ValidationError("say which format to render with --to: \(DocumentFormat.writableNames)")
        }
        if let unwritable = formats.first(where: { !$0.isWritable }) {
            throw ValidationError(
                "Enact does not write \(unwritable.title); --to takes \(DocumentFormat.writableNames)")
        }
        if outputDir == nil, files.count > 1 || formats.count > 1 {
            throw ValidationError("several files or formats need --output-dir")
        }
        if outputDir != nil, output != nil { throw ValidationError("use either -o or --output-dir, not both") }
    }

    func run() throws {
        let options = RenderOptions(annotations: annotations, tableOfContents: toc)
        var failed = false
        for file in files {
            do {
                let resolved = try diagnostics.load(file).resolvedForWriting()
                for format in formats {
                    if let printed = PrintFormat(rawValue: format.name) {
                        let package = WordBillWriter(options: options, writing: writing).package(resolved)
                        let path = outputDir.map { Self.outputPath(for: file, format: format, in: $0) } ?? output
                        try PrintedOutput.print(package, as: printed, file: file, to: path, force: force)
                        if outputDir != nil, let path { Terminal.standardOutput.write("wrote \(path)\n") }
                        continue
                    }
                    let produce = try format.writer(for: resolved, file: file, options: options)
                    if let outputDir {
                        let path = Self.outputPath(for: file, format: format, in: outputDir)
                        try AtomicFile.write(
                            to: path, force: force, isOurs: GeneratedMarker.isPresent(in:), producing: produce)
                        Terminal.standardOutput.write("wrote \(path)\n")
                    } else if let output, output != "-" {
                        try AtomicFile.write(
                            to: output, force: force, isOurs: GeneratedMarker.isPresent(in:), producing: produce)
                    } else {
                        produce { Terminal.standardOutput.write($0) }
                    }
                }
            } catch {
                diagnostics.report(error.diagnostics)
                failed = true
            }
        }
        if failed { throw ExitStatus.trouble.code }
    }

    /// `out/NAME.html` for `Drafts/NAME.enact` (or `NAME.akn.xml`, any extension of a format Enact knows).
    static func outputPath(for source: String, format: DocumentFormat, in directory: String) -> String {
        var name = URL(fileURLWithPath: source).lastPathComponent
        let extensions = DocumentFormat.allCases.map(\.fileExtension).sorted { $0.count > $1.count }
        if let known = extensions.first(where: { name.hasSuffix("." + $0) }) { name.removeLast(known.count + 1) }
        return URL(fileURLWithPath: directory).appendingPathComponent("\(name).\(format.fileExtension)").relativePath
    }
}

extension AnnotationDisplay: ExpressibleByArgument {}
extension PrintLayout.Writing: ExpressibleByArgument {}
extension TableOfContentsDisplay: ExpressibleByArgument {}
