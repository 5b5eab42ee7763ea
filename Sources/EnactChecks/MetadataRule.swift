import EnactCore

/// Reports metadata a complete document needs: title, kind, jurisdiction, language and work identifier.
enum MetadataRule {
    static func check(_ metadata: Metadata, file: String) -> [Diagnostic] {
        let required: [(String, Bool)] = [
            ("title", metadata.title != nil),
            ("kind", metadata.kind != nil),
            ("jurisdiction", metadata.jurisdiction != nil),
            ("language", metadata.language != nil),
            ("work", metadata.work != nil),
        ]
        return required.filter { !$0.1 }.map { key, _ in
            Diagnostic(
                .missingMetadata, "front matter lacks '\(key)'", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
