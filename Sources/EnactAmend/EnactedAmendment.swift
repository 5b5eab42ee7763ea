import EnactCore
import EnactJapaneseLaw

/// The 改め文 of a real amending act, as the act is printed: a heading line (「第二百四十一条　労働審判法の一部を次のよ
/// うに改正する。」), then one 改正規定 a line, indented by two ideographic spaces, each followed by the provisions it
/// inserts or substitutes as printed (見出し, 「第十条の二　…」, 「２　…」, 「一　…」; see ``PrintedProvisionsReader``).
///
/// The sentences are read by the jp style's grammar (``AmendmentFile``), the quoted provisions by the printed-statute
/// reader. What neither reads yet — a 読替え table printed one cell a line, a new 後段 printed as a sentence, a
/// sentence outside the grammar — is an error at its line.
public enum EnactedAmendment {
    /// The amendment a printed 改め文 makes to `base`. With `keepingUnread`, a sentence (or quotation) Enact does not
    /// read is one of the amendment's ``Amendment/unread`` errors and the others are read; without it, it is thrown.
    /// Locations are the printed text's lines.
    public static func read(_ text: String, against base: Document, file: String, keepingUnread: Bool = false)
        throws(DiagnosticError) -> Amendment
    {
        var source = "---\ntitle: \"\(file)\"\namends: \"\(base.metadata.title ?? file)\"\nstyle: jp\n---\n"
        /// For each line of `source` that holds a sentence, the printed line it came from.
        var printedLines: [Int: Int] = [:]
        var unread: [Diagnostic] = []
        func append(_ line: Substring) {
            source += line + "\n"
        }
        var quoted: [String] = []
        var quotedFrom = 0
        let quoting = QuotedStructureSource(metadata: base.metadata)
        func flushQuoted() throws(DiagnosticError) {
            guard !quoted.isEmpty else { return }
            defer { quoted = [] }
            let divisions: [Division]
            do throws(DiagnosticError) {
                divisions = try PrintedProvisionsReader().divisions(quoted, file: file, firstLine: quotedFrom)
            } catch {
                guard keepingUnread else { throw error }
                unread += error.diagnostics
                return
            }
            // Articles and groupings are quoted as main provisions, paragraphs and items inside an article.
            let isUnit = divisions.first.map { [.article, .chapter, .section, .part].contains($0.kind) } ?? true
            let structure = quoting.quote(divisions, in: isUnit ? .mainProvisions : .division(.article))
            for line in structure.source.split(separator: "\n") { append(AmendmentFile.indent + line) }
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        /// Whether the lines after the sentence before print a 目次 (「題名の次に次の目次を付する。」).
        var quotesContents = false
        /// Whether they print sentences (「同条後段を次のように改める。」).
        var quotesSentences = false
        /// Whether they follow a sentence that was not read.
        var skipping = false
        for (offset, line) in lines.enumerated() {
            let body = line.drop { $0 == "\u{3000}" }
            guard !body.isEmpty else { continue }
            let indent = line.count - body.count
            if indent == 0, body.hasSuffix("改正する。") || body.hasSuffix("修正する。") {
                continue  // The heading: which law the article of the amending act amends.
            }
            let isSentence = indent == 2 && !isPrintedProvision(body)
            if quotesContents, PrintedContents.printsContents(body) {
                append(AmendmentFile.indent + body)
                continue
            }
            quotesContents = false
            // Sentences quoted (a new 後段), and the cells of a 読替え table after them, less indented.
            if quotesSentences, indent != 2 {
                append(AmendmentFile.indent + body)
                continue
            }
            quotesSentences = false
            if skipping, !isSentence { continue }
            skipping = false
            if isSentence {
                try flushQuoted()
                append("")
                printedLines[source.count { $0 == "\n" } + 1] = offset + 1
                append(body)
                quotesContents = Self.contentsSentences.contains(String(body))
                quotesSentences = Self.quotesSentences(String(body), in: base)
            } else if isPrintedProvision(body) {
                if quoted.isEmpty { quotedFrom = offset + 1 }
                quoted.append(line)
            } else {
                let diagnostic = Diagnostic(
                    .amendmentInstruction,
                    "'\(body.prefix(30))' is not read: not a sentence nor a provision as printed",
                    at: SourceLocation(file: file, line: offset + 1, column: 1))
                guard keepingUnread else { throw DiagnosticError([diagnostic]) }
                unread.append(diagnostic)
                skipping = true
            }
        }
        try flushQuoted()
        // Locations in the printed text: a sentence's line, or for what follows it, the sentence's.
        let sentenceLines = printedLines.keys.sorted()
        func printed(_ location: SourceLocation?) -> SourceLocation? {
            guard let location else { return nil }
            let line =
                printedLines[location.line] ?? sentenceLines.last { $0 <= location.line }.flatMap { printedLines[$0] }
            return SourceLocation(file: file, line: line ?? location.line, column: location.column)
        }
        var amendment = try AmendmentFile(for: base).read(source, file: file, keepingUnread: keepingUnread)
        amendment.locations = amendment.locations.map(printed)
        amendment.quotesSource = false
        var seen: Set<Int> = []
        amendment.unread =
            (unread
            + amendment.unread.map { diagnostic in
                var moved = diagnostic
                moved.location = printed(diagnostic.location)
                return moved
            }).filter { seen.insert($0.location?.line ?? 0).inserted }
        return amendment
    }

    /// The sentences the lines of a 目次 follow.
    private static let contentsSentences: Set<String> = [
        JapanesePhrasing.attachingContents, AmendmentInstruction.contentsAddress + "を次のように改める。",
    ]

    /// Whether a sentence ends with a clause that quotes sentences.
    private static func quotesSentences(_ sentence: String, in base: Document) -> Bool {
        guard
            case .setSentences = JapanesePhrasing(designations: ProvisionDesignations(base)).instructions(sentence)?
                .last
        else { return false }
        return true
    }

    /// The lines of a printed 改め文 that hold its 改正規定 sentences (1 for the first line).
    public static func sentenceLines(_ text: String) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
            let body = line.drop { $0 == "\u{3000}" }
            // A sentence ends with 「。」, which the entries of a quoted 目次 (「附則」) do not.
            let isSentence = line.count - body.count == 2 && !isPrintedProvision(body) && body.hasSuffix("。")
            return isSentence ? offset + 1 : nil
        }
    }

    /// Whether a line prints a provision (a 見出し, an article, a paragraph, an item) rather than an 改正規定: its label
    /// before the first ideographic space is a number, or it is a 見出し in parentheses.
    static func isPrintedProvision(_ body: Substring) -> Bool {
        if body.hasPrefix("（"), body.hasSuffix("）") { return true }
        guard let space = body.firstIndex(of: "\u{3000}") else { return false }
        let label = body[..<space]
        // 「第十条の二　…」 is an article; an 改正規定 has no space after its first words.
        return !label.isEmpty && label.count <= 12 && !label.contains("中") && !label.contains("「")
    }
}
