import EnactCore
import Foundation

/// The printed forms Enact writes: a Word file, or its PDF.
public enum PrintFormat: String, Sendable, CaseIterable {
    case docx, pdf
}

/// Turns a Word package into the bytes of a printed form, and recognises the files Enact printed.
public struct Printer: Sendable {
    public var engine: PDFEngine

    public init(engine: PDFEngine = PDFEngine()) {
        self.engine = engine
    }

    /// The bytes of `package` as `format`; `file` names the document in errors.
    public func bytes(of package: WordPackage, as format: PrintFormat, file: String) throws(DiagnosticError) -> Data {
        let docx = try package.data()
        switch format {
        case .docx: return docx
        case .pdf: return try engine.pdf(of: docx, file: file)
        }
    }

    /// Whether the existing file at `path` (whose first bytes are `prefix`) is a printed form Enact wrote, which
    /// it may replace without `--force`.
    public static func printedByEnact(_ path: String, prefix: String) -> Bool {
        GeneratedMarker.isPresent(in: prefix) || PDFEngine.printedByEnact(path)
    }
}
