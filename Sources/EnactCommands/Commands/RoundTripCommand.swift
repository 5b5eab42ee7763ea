import ArgumentParser
import EnactCore
import EnactFormats
import EnactReferences
import EnactXML

/// `enact roundtrip`: what a migration keeps, document by document.
struct RoundTripCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roundtrip",
        abstract: "Import documents and write them back in their own format: what was kept, lost or changed.",
        discussion: """
            For each XML document: imports it into Enact source as 'enact import' does, reads that back and \
            writes it in the document's own format as 'enact render' does, and compares the two: structural units by kind \
            (articles, paragraphs, items; sections, subsections …), the designations as printed (§ 1., 第一条, \
            (a)), and the text character for character (Unicode NFKC, whitespace aside); with --schemas, the \
            written document is validated against the official schema too. Prints a table, then where each loss \
            is (--format json for machines).

            Exit status: 0 every document came back whole, 1 something was lost, 2 trouble.

            Example:
              enact roundtrip ../shared/reference/corpus/*/*.xml --schemas ../shared/reference
            """)

    @Argument(help: "The XML documents.")
    var files: [String]

    @Option(help: "The folder holding the official schemas (default: $ENACT_SCHEMA_PATH; absent: validity unchecked).")
    var schemas: String?

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    func run() throws {
        var roundTrip = RoundTrip(
            schemas: SchemaCatalog.configured(schemas), preparing: { TextLinks.linking($0) })
        let reports = files.map { roundTrip.run($0) }
        Terminal.standardOutput.write(
            format == .json ? try RoundTripTable.json(reports) : RoundTripTable.text(reports))
        if reports.contains(where: { !$0.isLossless }) { throw ExitStatus.findings.code }
    }
}
