import EnactAmend
import EnactChecks
import EnactCore
import EnactDiff
import EnactFormats
import EnactRendering
import EnactReports
import EnactSource
import EnactTemplates
import Foundation

/// What each fuzz target feeds its input to. Any error Enact reports is a fine outcome; a crash, a hang, a leak
/// or a broken invariant (checked here with `precondition`) is a finding.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Enact source: read, resolve, check, render, print, and print(read(print(d))) == print(d).
    case source
    /// A YAML parameter file for the relations-act template.
    case parameters
    /// Akoma Ntoso, USLM and Japanese law XML: parse safely, import, write back.
    case akn, uslm, jplaw
    /// Two Enact sources separated by a NUL byte: the section-level diff and its reports.
    case diff
    /// Two Enact sources separated by a NUL byte: the amendment from one to the other, in both styles, must
    /// reproduce the second when applied to the first.
    case amend
    /// An amendment applied to the flagship.
    case apply

    /// Runs one input. `context` holds what targets load once (the template, the flagship).
    public func run(_ bytes: [UInt8], context: FuzzContext) {
        switch self {
        case .source: Self.source(bytes)
        case .parameters:
            guard let generator = context.generator else { return }
            _ = try? generator.generate(parameters: String(decoding: bytes, as: UTF8.self), file: "fuzz.yaml")
        case .akn, .uslm, .jplaw: xml(bytes)
        case .diff:
            guard let (old, new) = Self.pair(bytes) else { return }
            let diff = DocumentDiff(old: ResolvedDocument(old), new: ResolvedDocument(new))
            let sides = DiffSides(old: "old", new: "new")
            _ = DiffTextReport(color: false).text(diff, sides: sides)
            _ = DiffMarkdownReport().text(diff, sides: sides)
            _ = DiffHTMLReport(wording: new.metadata.wording).text(diff, sides: sides)
            _ = try? DiffJSONReport().text(diff, sides: sides)
        case .amend:
            guard let (old, new) = Self.pair(bytes) else { return }
            for style in AmendmentStyle.allCases {
                let outcome = AmendmentRoundTrip().run(old: old, new: new, style: style)
                // Changes the generator declines to say (a changed preamble) are reported, not findings.
                precondition(
                    outcome.reproduced || !outcome.generated, "amendment round trip failed: \(outcome.failure ?? "")")
            }
        case .apply:
            guard let base = context.flagship else { return }
            let file = AmendmentFile(for: base)
            guard let amendment = try? file.read(String(decoding: bytes, as: UTF8.self), file: "fuzz.amend") else {
                return
            }
            _ = try? AmendmentApplier().apply(amendment, to: base)
        }
    }

    private static func source(_ bytes: [UInt8]) {
        guard let result = try? SourceReader().parse(bytes: bytes, file: "fuzz.enact") else { return }
        let document = result.document
        let resolved = ResolvedDocument(document)
        _ = Checker().check(document, file: "fuzz.enact")
        _ = MarkdownRenderer().render(resolved)
        _ = HTMLRenderer().render(resolved)
        let printed = SourcePrinter().print(document)
        guard !result.hasErrors, let again = try? SourceReader().parse(printed, file: "printed.enact") else { return }
        precondition(SourcePrinter().print(again.document) == printed, "printing is not stable for this document")
    }

    /// Reads the input as the target's XML format through the one loader, then writes it in every format.
    private func xml(_ bytes: [UInt8]) {
        let format: DocumentFormat =
            switch self {
            case .akn: .akomaNtoso
            case .uslm: .uslm2
            default: .japaneseLaw
            }
        guard let loaded = try? DocumentLoader().load(bytes: bytes, file: "fuzz.xml", as: format) else { return }
        let resolved = loaded.resolved
        for writable in DocumentFormat.allCases where writable.isWritable {
            _ = try? writable.text(of: resolved, file: "fuzz.xml")
        }
    }

    /// Two documents from one input: the bytes before and after the first NUL.
    private static func pair(_ bytes: [UInt8]) -> (Document, Document)? {
        guard let split = bytes.firstIndex(of: 0) else { return nil }
        let reader = SourceReader(maximumFileSize: 1 << 20)
        guard let old = try? reader.parse(bytes: Array(bytes[..<split]), file: "old.enact"), !old.hasErrors,
            let new = try? reader.parse(bytes: Array(bytes[(split + 1)...]), file: "new.enact"), !new.hasErrors
        else { return nil }
        return (old.document, new.document)
    }
}

/// What fuzz targets load once: the relations-act template and the Japanese flagship, from the package root.
public struct FuzzContext: Sendable {
    public let generator: DraftGenerator?
    public let flagship: Document?

    public init(packageRoot: String) {
        generator = (try? Template.load(folder: packageRoot + "/Templates/relations-act")).map(DraftGenerator.init)
        flagship = try? SourceReader().read(contentsOf: packageRoot + "/Drafts/japan-taiwan-relations-act.ja.enact")
    }
}
