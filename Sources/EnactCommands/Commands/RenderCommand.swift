import ArgumentParser
import EnactAkomaNtoso
import EnactCore
import EnactJapaneseLaw
import EnactRendering
import EnactUSLM
import Foundation

/// `enact render`: renders sources for people.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render drafts to Markdown, HTML, Akoma Ntoso, USLM or Japanese law XML.",
        discussion: """
            With one file and one format, writes to standard output or to -o. With --output-dir, writes
            NAME.md / NAME.html for every file and format there and prints each path written.
            Outputs are written atomically; an existing file that enact did not write is not replaced
            without --force. Exit status: 0 written, 2 unreadable input or unwritable output.

            Examples:
              enact render Drafts/japan-taiwan-relations-act.ja.enact --to html -o out/ja.html
              enact render Drafts/*.enact --to markdown --to html --output-dir out
            """)

    @Argument(help: "The source files to render.")
    var files: [String]

    @Option(
        name: .customLong("to"),
        help:
            "Output format: markdown, html, akn (Akoma Ntoso 3.0), uslm (USLM 2) or jplaw (Japan's standard law XML). Repeat for several."
    )
    var formats: [OutputFormat] = []

    @Option(
        name: .shortAndLong, help: "Output file (one input and one format only); '-' or absent for standard output.")
    var output: String?

    @Option(help: "Folder for the outputs of several files or formats, named after each source file.")
    var outputDir: String?

    @Option(help: "Drafter's notes and correspondences: show or hide.")
    var annotations: AnnotationDisplay = .show

    @Option(help: "Table of contents: show or hide.")
    var toc: TableOfContentsDisplay = .show

    @Flag(help: "Replace output files even if enact did not write them.")
    var force = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard !formats.isEmpty else {
            throw ValidationError("say which format to render with --to: markdown, html, akn, uslm or jplaw")
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
                let resolved = try DocumentLoading.resolved(file)
                for format in formats {
                    let produce = try format.producer(for: resolved, file: file, options: options)
                    if let outputDir {
                        let path = Self.outputPath(for: file, format: format, in: outputDir)
                        try AtomicFile.write(to: path, force: force, isOurs: format.isEnactOutput, producing: produce)
                        Terminal.standardOutput.write("wrote \(path)\n")
                    } else if let output, output != "-" {
                        try AtomicFile.write(to: output, force: force, isOurs: format.isEnactOutput, producing: produce)
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

    /// `out/NAME.html` for `Drafts/NAME.enact`.
    static func outputPath(for source: String, format: OutputFormat, in directory: String) -> String {
        var name = URL(fileURLWithPath: source).lastPathComponent
        if name.hasSuffix(".enact") { name.removeLast(".enact".count) }
        return URL(fileURLWithPath: directory).appendingPathComponent("\(name).\(format.fileExtension)").relativePath
    }
}

/// The formats `enact render` writes.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case markdown
    case html
    case akn
    case uslm
    case jplaw

    var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .akn: "akn.xml"
        case .uslm: "uslm.xml"
        case .jplaw: "jplaw.xml"
        }
    }

    /// A function that delivers the rendering in pieces; throws when the document cannot be written in the
    /// format (e.g. XML without the metadata its identification needs).
    func producer(for resolved: ResolvedDocument, file: String, options: RenderOptions) throws(DiagnosticError)
        -> ((String) -> Void) -> Void
    {
        switch self {
        case .markdown: return { MarkdownRenderer(options: options).render(resolved, into: $0) }
        case .html: return { HTMLRenderer(options: options).render(resolved, into: $0) }
        case .akn:
            let xml = try AkomaNtosoWriter().write(resolved, file: file)
            return { $0(xml) }
        case .uslm:
            let xml = try USLMWriter().write(resolved, file: file)
            return { $0(xml) }
        case .jplaw:
            let xml = try JapaneseLawWriter().write(resolved, file: file)
            return { $0(xml) }
        }
    }

    /// Whether an existing file looks like Enact's output in this format, and may be replaced without --force.
    func isEnactOutput(_ prefix: String) -> Bool {
        GeneratedMarker.isPresent(in: prefix)
    }
}

extension AnnotationDisplay: ExpressibleByArgument {}
extension TableOfContentsDisplay: ExpressibleByArgument {}
