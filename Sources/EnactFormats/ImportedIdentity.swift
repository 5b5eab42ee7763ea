import EnactCore
import Foundation

/// The title and work identifier every imported document gets, so that every writer can write it: what the
/// document says (its readers take them from FRBR data, `docTitle`, USLM identifier paths and `dc:title`, e-Gov's
/// `LawTitle` and `LawNum`), and where it says nothing, one made from what it does say, with a warning. A document
/// that gives no date at all (an e-Gov law without its promulgation day) is warned about: no date is made up.
enum ImportedIdentity {
    /// The document with a title and a work identifier, and a warning for each one made up.
    static func completed(_ document: Document, file: String) -> (Document, [Diagnostic]) {
        var document = document
        var warnings: [Diagnostic] = []
        let here = SourceLocation(file: file, line: 1, column: 1)
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        var metadata = document.metadata
        if metadata.title?.isEmpty ?? true {
            metadata.title = [metadata.shortTitle, metadata.number].compactMap { $0 }.first { !$0.isEmpty } ?? stem
            warnings.append(
                Diagnostic(
                    .importLoss, "the document gives no title; it was titled '\(metadata.title ?? "")'", at: here))
        }
        if metadata.work == nil {
            let dates = metadata.dates
            let year = (dates.principal?.date ?? dates.published).map { "\($0.year)" }
            let name =
                [Self.slug(metadata.number ?? ""), Self.slug(metadata.title ?? ""), Self.slug(stem)]
                .first { !$0.isEmpty } ?? "document"
            let path = [
                "akn", metadata.jurisdiction?.lowercased() ?? "und", metadata.kind?.rawValue ?? "doc",
                year ?? "undated", name,
            ]
            metadata.work = WorkIdentifier("/" + path.joined(separator: "/"))
            warnings.append(
                Diagnostic(
                    .importLoss,
                    "the document gives no work identifier; it was identified as \(metadata.work?.description ?? "")",
                    at: here))
        }
        if metadata.dates.isEmpty {
            // Nothing to make one from: a date is a fact about the law, which the user has to supply.
            warnings.append(
                Diagnostic(
                    .importLoss,
                    "the document gives no date; Akoma Ntoso, which needs one, is refused until 'dates:' gives one",
                    at: here))
        }
        document.metadata = metadata
        return (document, warnings)
    }

    /// Lower-case ASCII letters and digits of `text`, other runs as one hyphen: `Public Law 113–44` → `public-law-113-44`.
    static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug += "-"
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return String(slug.prefix(60))
    }
}
