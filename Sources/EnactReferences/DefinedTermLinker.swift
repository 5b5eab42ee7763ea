import EnactCore

/// Turns the definitions found in a document's text into definitions of the model (`{def:X}`) and the uses of each
/// term within its scope into term uses (`{term:X}`), so that HTML links a use to its definition, Akoma Ntoso writes
/// `<def>` and `<term refersTo>`, and `enact check` counts them. A term the text defines more than once (each
/// article its own 「この条において「X」とは」) is left as text: the model has one definition per term.
public struct DefinedTermLinker: Sendable {
    public init() {}

    /// The definitions found in the document's text, with their scopes and how many uses each has.
    public func definitions(in document: Document) -> [FoundDefinition] {
        let resolved = ResolvedDocument(document)
        let found = DefinedTermFinder().definitions(in: resolved)
        let linked = linking(document, resolved: resolved, found: found)
        var uses: [String: Int] = [:]
        linked.walkDivisions { division, _ in
            for case .termUse(let use) in division.content { uses[use.term, default: 0] += 1 }
        }
        let citations = ProvisionIndex(resolved).citations(of: resolved)
        // A grouping (a chapter) is named by its designation: 第三章, CHAPTER 35.
        let designations = Designations(resolved)
        var groups: [String: String] = [:]
        var locations: [EId: SourceLocation] = [:]
        resolved.document.walkDivisions { division, context in
            groups[context.eId.rawValue] = designations.designation(of: division, context: context)
            locations[context.eId] = division.location
        }
        return found.map { definition in
            FoundDefinition(
                term: definition.term, at: citations[definition.division.rawValue] ?? definition.division.rawValue,
                scope: definition.scope.map { citations[$0.rawValue] ?? groups[$0.rawValue] ?? $0.rawValue }
                    ?? "the whole document",
                onlyAfter: definition.onlyAfter, uses: uses[definition.term] ?? 0,
                location: locations[definition.division])
        }
    }

    /// The document with its definitions and their uses linked.
    public func linking(_ document: Document) -> Document {
        let resolved = ResolvedDocument(document)
        return linking(document, resolved: resolved, found: DefinedTermFinder().definitions(in: resolved))
    }

    private func linking(_ document: Document, resolved: ResolvedDocument, found: [DefinedTermFinder.Definition])
        -> Document
    {
        // One definition per term, and none for a term the document already defines by markup.
        var counts: [String: Int] = [:]
        for definition in found { counts[ResolvedDocument.normalisedTerm(definition.term), default: 0] += 1 }
        let definitions = found.filter {
            let key = ResolvedDocument.normalisedTerm($0.term)
            return counts[key] == 1 && resolved.definitions[key] == nil
        }
        guard !definitions.isEmpty else { return document }
        let japanese = document.isJapanese
        // The terms of the whole document in one table; those of a division added where it stands.
        let everywhere = TermTable(definitions.filter { $0.scope == nil })
        var scoped: [EId: [DefinedTermFinder.Definition]] = [:]
        for definition in definitions {
            if let scope = definition.scope { scoped[scope, default: []].append(definition) }
        }
        var definingDivisions: [EId: [DefinedTermFinder.Definition]] = [:]
        for definition in definitions { definingDivisions[definition.division, default: []].append(definition) }
        var order = 0
        var ancestors: [EId] = []
        var contents: [EId: [Inline]] = [:]
        // The table for each set of enclosing divisions that define terms of their own (the divisions of one article
        // share one).
        var tables: [[EId]: TermTable] = [:]
        resolved.document.walkDivisions(
            { division, context in
                ancestors.append(context.eId)
                defer { order += 1 }
                guard division.content.contains(where: { if case .text = $0 { true } else { false } }) else { return }
                let scopes = ancestors.filter { scoped[$0] != nil }
                let table: TermTable
                if scopes.isEmpty {
                    table = everywhere
                } else if let cached = tables[scopes] {
                    table = cached
                } else {
                    table = TermTable(everywhere.definitions + scopes.flatMap { scoped[$0] ?? [] })
                    tables[scopes] = table
                }
                let linked = Self.link(
                    division.content, table: table, at: order, defining: definingDivisions[context.eId] ?? [],
                    japanese: japanese)
                if linked != division.content { contents[context.eId] = linked }
            },
            leave: { _, _ in ancestors.removeLast() })
        return document.rewritingDivisions(contextsFrom: resolved.document) { division, context in
            if let content = contents[context.eId] { division.content = content }
        }
    }

    /// Terms by their first character, longest first, with their characters.
    private struct TermTable {
        let definitions: [DefinedTermFinder.Definition]
        /// Keyed by the first scalar of the term, which is cheaper to look up than a character.
        let byFirst: [UInt32: [(definition: DefinedTermFinder.Definition, characters: [Character])]]
        /// Whether a term starts with the scalar, for the scalars of the Basic Multilingual Plane, one bit each: one
        /// array read per character of the text before any hashing.
        let starts: [UInt64]

        init(_ definitions: [DefinedTermFinder.Definition]) {
            self.definitions = definitions
            let entries = definitions.map { (definition: $0, characters: Array($0.term)) }
                .sorted { $0.characters.count > $1.characters.count }
            byFirst = Dictionary(grouping: entries, by: { $0.characters.first?.unicodeScalars.first?.value ?? 0 })
            var starts = [UInt64](repeating: 0, count: 0x10000 / 64)
            for scalar in byFirst.keys where scalar < 0x10000 { starts[Int(scalar) / 64] |= 1 << (scalar % 64) }
            self.starts = starts
        }

        /// The terms that may start with `character`.
        func candidates(_ character: Character) -> [(
            definition: DefinedTermFinder.Definition, characters: [Character]
        )]? {
            guard let scalar = character.unicodeScalars.first?.value else { return nil }
            if scalar < 0x10000, starts[Int(scalar) / 64] & (1 << (scalar % 64)) == 0 { return nil }
            return byFirst[scalar]
        }
    }

    /// The inlines with each definition's term made a definition and each use of a term a term use: longest terms
    /// first, outside quotation marks, after the definition for terms defined 以下 (hereafter); `order` is the
    /// division's place in the walk.
    private static func link(
        _ content: [Inline], table: TermTable, at order: Int, defining: [DefinedTermFinder.Definition], japanese: Bool
    ) -> [Inline] {
        var result: [Inline] = []
        for (position, inline) in content.enumerated() {
            guard case .text(let text) = inline else {
                result.append(inline)
                continue
            }
            let characters = Array(text)
            let here = defining.filter { $0.inline == position }
            var plain = ""
            var depth = 0
            var index = 0
            func flush() {
                if !plain.isEmpty { result.append(.text(plain)) }
                plain = ""
            }
            while index < characters.count {
                let character = characters[index]
                if let definition = here.first(where: { $0.range.lowerBound == index }) {
                    flush()
                    result.append(.definition(TermDefinition(term: definition.term)))
                    index = definition.range.upperBound
                    continue
                }
                // Quotation marks by their scalar: comparing characters would compare strings.
                switch character.unicodeScalars.first?.value {
                case 0x300C?, 0x201C?: depth += 1  // 「 “
                case 0x300D?, 0x201D?: depth = max(0, depth - 1)  // 」 ”
                default: break
                }
                if depth == 0, let candidates = table.candidates(character),
                    let use = candidates.first(where: { candidate in
                        let definition = candidate.definition
                        // A term defined 以下 (hereafter) is used only after its definition.
                        let applies =
                            !definition.onlyAfter || definition.order < order
                            || (definition.order == order
                                && (definition.inline < position
                                    || (definition.inline == position && definition.range.upperBound <= index)))
                        return applies && matches(candidate.characters, at: index, in: characters, japanese: japanese)
                    })
                {
                    flush()
                    result.append(.termUse(TermUse(term: use.definition.term)))
                    index += use.characters.count
                    continue
                }
                plain.append(character)
                index += 1
            }
            flush()
        }
        return result
    }

    /// Whether `term` stands at `index`: its characters, and for English a whole word.
    private static func matches(_ letters: [Character], at index: Int, in characters: [Character], japanese: Bool)
        -> Bool
    {
        // Compared by their UTF-8 bytes: the text and the terms come from the same document, so the same words are
        // the same bytes, and comparing characters would normalise every pair.
        guard index + letters.count <= characters.count,
            characters[index..<(index + letters.count)].elementsEqual(letters, by: { $0.utf8.elementsEqual($1.utf8) })
        else { return false }
        guard !japanese else { return true }
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + letters.count < characters.count ? characters[index + letters.count] : " "
        func isWordCharacter(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "-"
        }
        return !isWordCharacter(before) && !isWordCharacter(after)
    }
}
