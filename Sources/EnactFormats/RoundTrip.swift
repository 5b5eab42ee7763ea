import EnactAkomaNtoso
import EnactCore
import EnactJapaneseLaw
import EnactUSLM
import EnactXML
import Foundation

/// What a user needs to know before trusting a migration: a document imported into Enact (its Enact source
/// printed and read back, as `enact import` writes it) and written back in its own format, compared with the original — structural units, designations as written, text (NFKC and whitespace
/// aside) — and the written document checked against the official schema.
public struct RoundTrip {
    public var loader = DocumentLoader()
    /// Where the official schemas are; nil leaves validity unchecked.
    public var schemas: SchemaCatalog?
    /// What `enact import` does to an imported document before it prints it (links its references).
    public var preparing: @Sendable (Document) -> Document
    private var validators: [DocumentFormat: SchemaValidator] = [:]

    public init(schemas: SchemaCatalog?, preparing: @escaping @Sendable (Document) -> Document = { $0 }) {
        self.schemas = schemas
        self.preparing = preparing
    }

    /// The report for one document.
    public mutating func run(_ file: String) -> RoundTripReport {
        var report = RoundTripReport(file: file)
        do throws(DiagnosticError) {
            let original = try ParsedXML.parse(contentsOf: file, limits: loader.limits.xml)
            let format = try DocumentFormat.detect(original)
            report.format = format.name
            let loaded = try loader.load(file, as: format)
            report.importWarnings = loaded.warnings.count
            // Through Enact source, as `enact import` then `enact render` go: what the source cannot say is lost.
            let source = try DocumentFormat.source.text(of: ResolvedDocument(preparing(loaded.document)), file: file)
            let draft = try loader.load(bytes: Array(source.utf8), file: file + " (imported)", as: .source)
            // As `enact render` does: a draft with errors is refused, so an import must leave none.
            let text = try format.text(of: draft.resolvedForWriting(), file: file)
            let written = try ParsedXML.parse(Array(text.utf8), file: file + " (written)", limits: loader.limits.xml)
            report.compare(Self.inventory(original, as: format), with: Self.inventory(written, as: format))
            if let schemas {
                let problems = try errors(in: written, as: format, schemas: schemas)
                report.schemaErrors = problems.count
                report.firstSchemaError = problems.first?.message
                // A real document that breaks its own schema is written back breaking it no more.
                report.originalSchemaErrors = try errors(in: original, as: format, schemas: schemas).count
            }
        } catch {
            report.failure = error.diagnostics.first?.description ?? "cannot be imported"
        }
        return report
    }

    /// The schema errors of a document in a format.
    private mutating func errors(in xml: ParsedXML, as format: DocumentFormat, schemas: SchemaCatalog)
        throws(DiagnosticError) -> [Diagnostic]
    {
        guard let schemaFile = format.schemaFileName else { return [] }
        if validators[format] == nil {
            validators[format] = try SchemaValidator(schema: schemas.schemaPath(named: schemaFile))
        }
        return (validators[format]?.validate(xml) ?? []).filter { $0.severity == .error }
    }

    /// The inventory of a document in its format's vocabulary.
    static func inventory(_ xml: ParsedXML, as format: DocumentFormat) -> DocumentInventory {
        let vocabulary: DocumentInventory.Vocabulary =
            switch format {
            case .akomaNtoso: AkomaNtosoFormat.vocabulary
            case .uslm1, .uslm2: USLMFormat.vocabulary
            default: JapaneseLawFormat.vocabulary
            }
        guard let root = xml.root else { return DocumentInventory() }
        return DocumentInventory(root, vocabulary: vocabulary)
    }
}

/// One document's round trip: what was lost or added, and whether the written document is valid.
public struct RoundTripReport: Sendable, Codable {
    public var file: String
    public var format: String?
    /// Why the document could not be imported or written back, when it could not.
    public var failure: String?
    public var importWarnings = 0
    /// Structural units of each kind the written document has fewer (positive) or more (negative) of.
    public var units: [String: Int] = [:]
    /// Designations as written that the written document lacks, and how many there are.
    public var designationsLost: [String] = []
    public var designationCount = 0
    /// Characters of text (normalised) in the original and in the written document.
    public var characters = 0
    public var charactersWritten = 0
    /// Where the texts first differ, with some context on each side; nil when they are the same.
    public var textDifference: String?
    /// Schema errors in the written document; nil when no schema was checked.
    public var schemaErrors: Int?
    /// Schema errors in the original (real documents often break their schema).
    public var originalSchemaErrors: Int?
    public var firstSchemaError: String?

    init(file: String) {
        self.file = file
    }

    /// Whether nothing was lost and the written document is valid (or validity was not checked).
    public var isLossless: Bool {
        failure == nil && units.values.allSatisfy { $0 == 0 } && designationsLost.isEmpty && textDifference == nil
            && isValidAsTheOriginal
    }

    /// Whether the written document breaks its schema no more than the original (or validity was not checked).
    public var isValidAsTheOriginal: Bool {
        (schemaErrors ?? 0) == 0 || (schemaErrors ?? 0) <= (originalSchemaErrors ?? 0)
    }

    mutating func compare(_ original: DocumentInventory, with written: DocumentInventory) {
        for kind in Set(original.units.keys).union(written.units.keys) {
            let difference = (original.units[kind] ?? 0) - (written.units[kind] ?? 0)
            if difference != 0 { units[kind] = difference }
        }
        var remaining: [String: Int] = [:]
        for designation in written.designations { remaining[designation, default: 0] += 1 }
        designationCount = original.designations.count
        for designation in original.designations {
            if let count = remaining[designation], count > 0 {
                remaining[designation] = count - 1
            } else {
                designationsLost.append(designation)
            }
        }
        characters = original.text.count
        charactersWritten = written.text.count
        if original.text != written.text {
            let a = Array(original.text), b = Array(written.text)
            var index = 0
            while index < a.count, index < b.count, a[index] == b[index] { index += 1 }
            let before = String(a[max(0, index - 20)..<index])
            let lost = String(a[index..<min(a.count, index + 30)])
            let found = String(b[index..<min(b.count, index + 30)])
            textDifference = "after '…\(before)': original '\(lost)…', written '\(found)…'"
        }
    }
}
