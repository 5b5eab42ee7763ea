import ArgumentParser
import EnactAmend
import EnactCore
import EnactFormats
import EnactSource

/// The arguments and output options shared by the commands that read an amendment.
struct AmendmentArguments: ParsableArguments {
    @Argument(help: "The document the amendment amends (Enact source or XML).")
    var base: String

    @Argument(help: "The amendment (.amend).")
    var amendment: String

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Replace an output file that enact did not write.")
    var force = false

    /// The document and the amendment read against it (its numbering and language decide how the amendment's
    /// designations read); the document's import warnings are shown.
    func load(reporting diagnostics: DiagnosticOptions) throws(DiagnosticError) -> (
        document: Document, amendment: Amendment
    ) {
        let document = try diagnostics.load(base).document
        let bytes: [UInt8]
        do {
            bytes = try SourceReader.load(amendment, maximumSize: InputLimits.current.maximumBytes)
        } catch {
            throw InputLimits.explained(error)
        }
        return (
            document, try AmendmentFile(for: document).read(String(decoding: bytes, as: UTF8.self), file: amendment)
        )
    }

    /// Writes `text` to the output file, or to standard output.
    func deliver(_ text: String) throws(DiagnosticError) {
        try AtomicFile.deliver(text, to: output, force: force)
    }
}
