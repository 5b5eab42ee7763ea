import EnactCore
import EnactFormats
import EnactTestSupport
import Testing

/// An imported real document is a draft Enact accepts: its Enact source, read back, has no errors, and renders to
/// every format that can hold its tradition (Japan's standard law XML holds the Japanese tradition only) — except
/// Akoma Ntoso for a document that gives no date, which the import warned about (no date is made up).
struct ImportedDraftRenderTests {
    @Test func everyImportedDocumentRendersToEveryFormatThatHoldsIt() throws {
        SharedReference.requireDocuments()
        let loader = DocumentLoader()
        var refused: [String] = []
        for relative in SharedReference.documents {
            let file = try SharedReference.path(relative)
            do throws(DiagnosticError) {
                let imported = try loader.load(file)
                let source = try DocumentFormat.source.text(of: imported.resolved, file: file)
                let draft = try loader.load(bytes: Array(source.utf8), file: relative + ".enact", as: .source)
                let resolved = try draft.resolvedForWriting()
                var formats: [DocumentFormat] = [.akomaNtoso, .uslm2, .markdown, .html]
                if resolved.document.tradition.id == .jp { formats.append(.japaneseLaw) }
                let undated = imported.warnings.contains { $0.message.hasPrefix("the document gives no date") }
                if undated { formats.removeAll { $0 == .akomaNtoso } }
                #expect(undated == resolved.document.metadata.dates.isEmpty, "\(relative): dated as \(undated)")
                for format in formats {
                    do throws(DiagnosticError) {
                        _ = try format.text(of: resolved, file: relative)
                    } catch {
                        refused.append("\(relative) → \(format.name): \(error.diagnostics.first?.message ?? "")")
                    }
                }
            } catch {
                refused.append("\(relative): \(error.diagnostics.first?.description ?? "")")
            }
        }
        #expect(refused.isEmpty, "\(refused.count) refused: \(refused.prefix(5))")
    }
}
