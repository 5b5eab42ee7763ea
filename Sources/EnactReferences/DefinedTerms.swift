import EnactCore

/// A term a document defines in its text, with where the definition applies.
///
/// Japanese: 「「X」とは、…をいう」 (scope from a preceding この法律において, この章において, この条において …; the whole
/// law when none is said) and 「（以下「X」という。）」 (from there on, within この条において … when said). English:
/// `“X” means`, `the term “X” means`, `(hereafter in this Act referred to as the “X”)`.
public struct FoundDefinition: Hashable, Sendable, Codable {
    /// The term as defined.
    public var term: String
    /// The citation of the provision that defines it.
    public var at: String
    /// Where it applies: `the whole document`, or the citation of the provision or grouping the definition names.
    public var scope: String
    /// Whether it applies only after the definition (以下, hereafter).
    public var onlyAfter: Bool
    /// How many uses of it the text has in its scope.
    public var uses: Int
    public var location: SourceLocation?
}

/// Finds definitions in running text and the uses of each term within its scope.
struct DefinedTermFinder {
    /// A definition where it stands in the model.
    struct Definition {
        var term: String
        /// The division whose text defines it, the text inline and the span of the term in it.
        var division: EId
        var inline: Int
        var range: Range<Int>
        /// The walk position of the division, for 以下 (only after it).
        var order: Int
        /// The division whose subtree the definition applies to; nil for the whole document.
        var scope: EId?
        var onlyAfter: Bool
    }

    /// The scope words and the level each names.
    private static let japaneseScopes: [(String, DivisionKind?)] = [
        ("この法律において", nil), ("この政令において", nil), ("この省令において", nil), ("この府令において", nil),
        ("この規則において", nil), ("この編において", .part), ("この章において", .chapter), ("この節において", .section),
        ("この款において", .subsection), ("この目において", .division), ("この条において", .article),
        ("この項において", .paragraph), ("この号において", .item),
    ]

    private static let englishScopes: [(String, DivisionKind?)] = [
        ("this Act", nil), ("this title", nil), ("this chapter", .chapter), ("this subchapter", .subchapter),
        ("this part", .part), ("this section", .section), ("this subsection", .subsection),
        ("this paragraph", .paragraph), ("this Article", .article),
    ]

    /// Every definition of the document's text, in document order.
    func definitions(in resolved: ResolvedDocument) -> [Definition] {
        let japanese = resolved.document.isJapanese
        var found: [Definition] = []
        var order = 0
        var ancestors: [(kind: DivisionKind, eId: EId)] = []
        // Divisions whose items define one term each (次の各号に掲げる用語の意義は、当該各号に定めるところによる。), with
        // the scope their words name.
        var termLists: [EId: DivisionKind?] = [:]
        resolved.document.walkDivisions(
            { division, context in
                let parent = ancestors.last?.eId
                ancestors.append((division.kind, context.eId))
                defer { order += 1 }
                if japanese, let parent, let listScope = termLists[parent],
                    let term = Self.listedTerm(division.content.first)
                {
                    var scope: EId?
                    if let kind = listScope {
                        guard let enclosing = ancestors.last(where: { $0.kind == kind }) else { return }
                        scope = enclosing.eId
                    }
                    found.append(
                        Definition(
                            term: term, division: context.eId, inline: 0, range: 0..<term.count, order: order,
                            scope: scope, onlyAfter: false))
                }
                if japanese, division.content.plainText.contains("用語の意義") {
                    termLists[context.eId] = Self.scope(in: division.content.plainText, japanese: true)
                }
                for (position, inline) in division.content.enumerated() {
                    guard case .text(let text) = inline else { continue }
                    let characters = Array(text)
                    let matches = japanese ? Self.japanese(characters) : Self.english(characters)
                    for match in matches {
                        // The scope a definition names is the nearest enclosing division of that level.
                        var scope: EId?
                        if let kind = match.scopeKind {
                            guard let enclosing = ancestors.last(where: { $0.kind == kind }) else { continue }
                            scope = enclosing.eId
                        }
                        found.append(
                            Definition(
                                term: match.term, division: context.eId, inline: position, range: match.range,
                                order: order, scope: scope, onlyAfter: match.onlyAfter))
                    }
                }
            },
            leave: { _, _ in ancestors.removeLast() })
        return found
    }

    /// The term an item of a list of definitions begins with: 法令 in 「法令　法律、法律に基づく命令…」.
    private static func listedTerm(_ first: Inline?) -> String? {
        guard case .text(let text)? = first, let space = text.firstIndex(of: "　") else { return nil }
        let term = String(text[..<space])
        guard (1...30).contains(term.count), !term.contains("、"), !term.contains("。") else { return nil }
        return term
    }

    /// A definition read from one text: the term, its span, the level of the scope it names and whether it applies
    /// only after itself.
    struct Match {
        var term: String
        var range: Range<Int>
        var scopeKind: DivisionKind?
        var onlyAfter: Bool
    }

    /// 「X」とは and （以下「X」という。）.
    static func japanese(_ characters: [Character]) -> [Match] {
        var matches: [Match] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "「", let close = characters[(index + 1)...].firstIndex(of: "」"),
                close - index - 1 >= 2, !characters[(index + 1)..<close].contains("「")
            else {
                index += 1
                continue
            }
            let term = String(characters[(index + 1)..<close])
            let after = String(characters[(close + 1)..<min(characters.count, close + 8)])
            let sentenceStart = (characters[..<index].lastIndex(of: "。") ?? -1) + 1
            let before = String(characters[sentenceStart..<index])
            if after.hasPrefix("とは") {
                // この法律において「X」とは: the scope named before it in the sentence.
                matches.append(
                    Match(
                        term: term, range: (index + 1)..<close, scopeKind: scope(in: before, japanese: true),
                        onlyAfter: false))
            } else if ["という", "と総称する", "と略称する"].contains(where: after.hasPrefix),
                let hereafter = Self.hereafter(before: index, in: characters)
            {
                // （以下この条において「X」という。）, （規程を含む。以下「規則」という。）.
                let words = String(characters[hereafter..<index])
                matches.append(
                    Match(
                        term: term, range: (index + 1)..<close, scopeKind: scope(in: words, japanese: true),
                        onlyAfter: true))
            }
            index = close + 1
        }
        return matches
    }

    /// Where the 以下 that opens a definition of the term quoted at `index` stands: within the parenthesis the
    /// quotation is in, with nothing but scope words between (以下この章において「X」).
    private static func hereafter(before index: Int, in characters: [Character]) -> Int? {
        let start = max(0, index - 16)
        guard let opening = characters[start..<index].lastIndex(of: "（") ?? (start > 0 ? nil : Optional(0)),
            let found = String(characters[opening..<index]).range(of: "以下", options: .backwards)
        else { return nil }
        let offset = opening + String(characters[opening..<index])[..<found.lowerBound].count
        let between = String(characters[(offset + 2)..<index])
        guard !between.contains("。"), !between.contains("、") else { return nil }
        return offset
    }

    /// `“X” means`, `the term “X” means`, `(hereafter in this Act referred to as the “X”)`.
    static func english(_ characters: [Character]) -> [Match] {
        var matches: [Match] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "“" || characters[index] == "\"",
                let close = characters[(index + 1)...].firstIndex(where: { $0 == "”" || $0 == "\"" }),
                close - index - 1 >= 2
            else {
                index += 1
                continue
            }
            let term = String(characters[(index + 1)..<close])
            let after = String(characters[(close + 1)..<min(characters.count, close + 12)])
            let sentenceStart = (characters[..<index].lastIndex(of: ".") ?? -1) + 1
            let before = String(characters[sentenceStart..<index])
            if [" means", " includes", " has the meaning"].contains(where: after.hasPrefix) {
                matches.append(
                    Match(
                        term: term, range: (index + 1)..<close, scopeKind: scope(in: before, japanese: false),
                        onlyAfter: false))
            } else if let opening = characters[..<index].lastIndex(of: "("),
                String(characters[opening..<index]).range(of: "referred to as") != nil,
                String(characters[opening..<index]).hasPrefix("(here")
                    || String(characters[opening..<index]).hasPrefix("(in ")
            {
                let words = String(characters[opening..<index])
                let term = term.hasPrefix("the ") ? String(term.dropFirst(4)) : term
                matches.append(
                    Match(
                        term: term, range: (close - term.count)..<close, scopeKind: scope(in: words, japanese: false),
                        onlyAfter: true))
            }
            index = close + 1
        }
        return matches
    }

    /// The level of the scope the words name (この条において, in this section); nil (the whole document) when they
    /// name none or name the whole law.
    private static func scope(in words: String, japanese: Bool) -> DivisionKind? {
        let scopes = japanese ? japaneseScopes : englishScopes
        // The last scope named before the term is the one that governs it.
        var best: (position: String.Index, kind: DivisionKind?)?
        for (phrase, kind) in scopes {
            guard let range = words.range(of: phrase, options: .backwards) else { continue }
            if best == nil || range.lowerBound > (best?.position ?? words.startIndex) {
                best = (range.lowerBound, kind)
            }
        }
        return best?.kind ?? nil
    }
}
