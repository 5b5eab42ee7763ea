import EnactCore

/// Reports defined terms that no marked use refers to.
enum DefinitionRule {
    static func check(_ resolved: ResolvedDocument) -> [Diagnostic] {
        resolved.definitions
            .filter { key, _ in (resolved.termUseCounts[key] ?? 0) == 0 }
            .map { _, definition in
                Diagnostic(
                    .unusedDefinition,
                    "term '\(definition.term)' is defined but never marked as used ({term:\(definition.term)})",
                    at: definition.location)
            }
    }
}
