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
    /// The amendment a printed 改め文 makes to `base`.
    public static func read(_ text: String, against base: Document, file: String) throws(DiagnosticError) -> Amendment {
        var source = "---\ntitle: \"\(file)\"\namends: \"\(base.metadata.title ?? file)\"\nstyle: jp\n---\n"
        var quoted: [String] = []
        var quotedFrom = 0
        let quoting = QuotedStructureSource(metadata: base.metadata)
        func flushQuoted() throws(DiagnosticError) {
            guard !quoted.isEmpty else { return }
            let divisions = try PrintedProvisionsReader().divisions(quoted, file: file, firstLine: quotedFrom)
            // Articles and groupings are quoted as main provisions, paragraphs and items inside an article.
            let isUnit = divisions.first.map { [.article, .chapter, .section, .part].contains($0.kind) } ?? true
            let structure = quoting.quote(divisions, in: isUnit ? .mainProvisions : .division(.article))
            source += structure.source.split(separator: "\n").map { AmendmentFile.indent + $0 }.joined(separator: "\n")
            source += "\n"
            quoted = []
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        /// Whether the lines after the sentence before print a 目次 (「題名の次に次の目次を付する。」).
        var quotesContents = false
        /// Whether they print sentences (「同条後段を次のように改める。」).
        var quotesSentences = false
        for (offset, line) in lines.enumerated() {
            let body = line.drop { $0 == "\u{3000}" }
            guard !body.isEmpty else { continue }
            let indent = line.count - body.count
            let location = SourceLocation(file: file, line: offset + 1, column: 1)
            if indent == 0, body.hasSuffix("改正する。") || body.hasSuffix("修正する。") {
                continue  // The heading: which law the article of the amending act amends.
            }
            if quotesContents, PrintedContents.printsContents(body) {
                source += AmendmentFile.indent + body + "\n"
                continue
            }
            quotesContents = false
            // Sentences quoted (a new 後段), and the cells of a 読替え table after them, less indented.
            if quotesSentences, indent != 2 {
                source += AmendmentFile.indent + body + "\n"
                continue
            }
            quotesSentences = false
            if indent == 2, !isPrintedProvision(body) {
                try flushQuoted()
                source += "\n" + body + "\n"
                quotesContents = Self.contentsSentences.contains(String(body))
                quotesSentences = Self.quotesSentences(String(body), in: base)
            } else if isPrintedProvision(body) {
                if quoted.isEmpty { quotedFrom = offset + 1 }
                quoted.append(line)
            } else {
                throw DiagnosticError([
                    Diagnostic(
                        .amendmentInstruction,
                        "'\(body.prefix(30))' is not yet read: a 読替え table or a sentence quoted whole (後段, ただし書)",
                        at: location)
                ])
            }
        }
        try flushQuoted()
        return try AmendmentFile(for: base).read(source, file: file)
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

    /// How many 改正規定 lines a printed 改め文 has.
    public static func sentenceCount(_ text: String) -> Int {
        text.split(separator: "\n").count { line in
            let body = line.drop { $0 == "\u{3000}" }
            // A sentence ends with 「。」, which the entries of a quoted 目次 (「附則」) do not.
            return line.count - body.count == 2 && !isPrintedProvision(body) && body.hasSuffix("。")
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
