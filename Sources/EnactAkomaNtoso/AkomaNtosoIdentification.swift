import EnactCore

/// The FRBR identification of a document in Akoma Ntoso: Work, Expression and Manifestation URIs and dates.
///
/// ```
/// Work           /akn/jp/bill/2026/japan-taiwan-relations
/// Expression     /akn/jp/bill/2026/japan-taiwan-relations/jpn@2026-11-26
/// Manifestation  /akn/jp/bill/2026/japan-taiwan-relations/jpn@2026-11-26.akn
/// ```
struct AkomaNtosoIdentification {
    var work: String
    var country: String
    var language: String
    var date: LegalDate
    var dateName: String

    /// The identification of a document; throws when it lacks what FRBR requires (work, jurisdiction,
    /// language, a date).
    init(_ metadata: Metadata, file: String) throws(DiagnosticError) {
        let here = SourceLocation(file: file, line: 1, column: 1)
        guard let work = metadata.work else {
            throw DiagnosticError(
                Diagnostic(
                    .missingMetadata, "Akoma Ntoso needs a work identifier: add 'work:' to the front matter", at: here
                ))
        }
        guard let jurisdiction = metadata.jurisdiction else {
            throw DiagnosticError(
                Diagnostic(
                    .missingMetadata, "Akoma Ntoso needs a country: add 'jurisdiction:' to the front matter", at: here
                ))
        }
        guard let language = metadata.language else {
            throw DiagnosticError(
                Diagnostic(
                    .missingMetadata, "Akoma Ntoso needs a language: add 'language:' to the front matter", at: here))
        }
        // The law's own date; for a text whose publisher gives no other, the date it was published.
        guard let (name, date) = metadata.dates.principal ?? metadata.dates.present.first else {
            throw DiagnosticError(
                Diagnostic(
                    .missingMetadata,
                    "Akoma Ntoso needs a date: add 'dates:' with 'drafted:' (or introduced, enacted, published) to the front matter",
                    at: here))
        }
        self.work = work.description
        self.country = jurisdiction.lowercased()
        self.language = LanguageCodes.iso6392(language)
        self.date = date
        self.dateName = name
    }

    var expression: String { "\(work)/\(language)@\(date)" }
    var manifestation: String { "\(expression).akn" }
}
