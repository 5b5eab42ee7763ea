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
    /// The amendment a printed 改め文 makes to `base`: each sentence read by the jp style's grammar, the provisions it
    /// quotes by the printed-statute reader, straight into the model. With `keepingUnread`, a sentence (or
    /// quotation) Enact does not read is one of the amendment's ``Amendment/unread`` errors and the others are
    /// read; without it, it is thrown. Locations are the printed text's lines.
    public static func read(_ text: String, against base: Document, file: String, keepingUnread: Bool = false)
        throws(DiagnosticError) -> Amendment
    {
        let phrasing = JapanesePhrasing(designations: ProvisionDesignations(base))
        let quoting = QuotedStructureSource(metadata: base.metadata)
        var reader = Reader(keepingUnread: keepingUnread)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let amended = try Self.linesAmending(base, in: lines, file: file)
        for (offset, line) in lines.enumerated() where amended.contains(offset) {
            let body = line.drop { $0 == "\u{3000}" }
            guard !body.isEmpty else { continue }
            let indent = line.count - body.count
            let location = SourceLocation(file: file, line: offset + 1, column: 1)
            if indent == 0, Self.amendedLaw(heading: body) != nil {
                continue  // The heading: which law the article of the amending act amends.
            }
            let quotes = reader.sentence?.instructions.last
            switch quotes {
            case .attachContents?, .replace(AmendmentInstruction.contentsAddress, _)?:
                // The entries of a 目次.
                if PrintedContents.printsContents(body) {
                    reader.quoted.append((String(body), location))
                    continue
                }
            case .setSentences?:
                // Sentences quoted (a new 後段), and the cells of a 読替え table after them, less indented.
                if indent != 2 {
                    reader.quoted.append((String(body), location))
                    continue
                }
            default:
                break
            }
            if indent == 2, !isPrintedProvision(body) {
                try reader.finishSentence(quoting)
                if let read = phrasing.instructions(String(body)) {
                    reader.sentence = (read, location)
                } else {
                    try reader.fail(
                        Diagnostic(
                            .amendmentInstruction, "not an instruction in the jp style: '\(body)'", at: location))
                }
            } else if isPrintedProvision(body), reader.sentence != nil {
                reader.quoted.append((line, location))
            } else if reader.sentence != nil || !reader.skipping {
                try reader.fail(
                    Diagnostic(
                        .amendmentInstruction,
                        "'\(body.prefix(30))' is not read: not a sentence nor a provision as printed", at: location))
            }
        }
        try reader.finishSentence(quoting)
        var amendment = Amendment(
            title: file, target: base.metadata.title ?? file, style: .jp, instructions: reader.instructions,
            locations: reader.locations)
        amendment.unread = reader.unread
        amendment.quotesSource = false
        return amendment
    }

    /// The lines of the articles of an amending act that amend `base`: an act that amends several laws has an
    /// article for each (「第一条　A法の一部を次のように改正する。」, 「第二条　B法の…」), and the one whose heading names the
    /// base's title applies. Text with one article, or none, is all about the base.
    private static func linesAmending(_ base: Document, in lines: [String], file: String) throws(DiagnosticError)
        -> Range<Int>
    {
        let headings = lines.indices.compactMap { index in
            amendedLaw(heading: Substring(lines[index])).map { (index, $0) }
        }
        guard headings.count > 1 else { return lines.indices }
        let position = try article(
            amending: base, among: headings.map(\.1), at: SourceLocation(file: file, line: 1, column: 1))
        let start = headings[position].0
        let end = position + 1 < headings.count ? headings[position + 1].0 : lines.count
        return start..<end
    }

    /// Which of an amending act's articles amends `base`, given the laws their opening words name in order: the
    /// only one, or the one that names the base's title.
    static func article(amending base: Document, among laws: [String], at location: SourceLocation)
        throws(DiagnosticError) -> Int
    {
        guard laws.count > 1 else { return 0 }
        let title = base.metadata.title ?? ""
        guard let position = laws.firstIndex(of: title) else {
            throw DiagnosticError([
                Diagnostic(
                    .amendmentTarget,
                    "the amending act amends \(laws.joined(separator: "、")); none of them is \(title)", at: location)
            ])
        }
        return position
    }

    /// The title of the law an amending article's heading names: 医師法 for 「第五条　医師法（昭和二十三年法律第二百一号）
    /// の一部を次のように改正する。」; nil for a line that is not such a heading.
    static func amendedLaw(heading line: Substring) -> String? {
        guard !line.hasPrefix("\u{3000}"), let space = line.firstIndex(of: "\u{3000}") else { return nil }
        return amendedLaw(openingWords: line[line.index(after: space)...])
    }

    /// The title of the law an amending article's opening words name: 医師法 for 「医師法（昭和二十三年法律第二百一号）
    /// の一部を次のように改正する。」 (修正する for a bill); nil for other words.
    static func amendedLaw(openingWords words: Substring) -> String? {
        let endings = ["の一部を次のように改正する。", "の一部を次のように修正する。"]
        guard let ending = endings.first(where: words.hasSuffix) else { return nil }
        var title = words.dropLast(ending.count)
        // The law's number in parentheses after its title.
        if title.hasSuffix("）"), let open = title.lastIndex(of: "（") { title = title[..<open] }
        return title.isEmpty ? nil : String(title)
    }

    /// The sentences read so far, and the one being read with the lines it quotes.
    struct Reader {
        let keepingUnread: Bool
        var instructions: [AmendmentInstruction] = []
        var locations: [SourceLocation?] = []
        var unread: [Diagnostic] = []
        /// What reading the quotations could not carry exactly.
        var warnings: [Diagnostic] = []
        var sentence: (instructions: [AmendmentInstruction], location: SourceLocation)?
        var quoted: [(line: String, location: SourceLocation)] = []
        /// Provisions quoted as elements already read (an amending act's law XML), instead of printed lines.
        var quotedProvisions: (divisions: [Division], location: SourceLocation)?
        /// Whether the lines follow a sentence that was not read (and go with it).
        var skipping = false

        mutating func fail(_ diagnostic: Diagnostic) throws(DiagnosticError) {
            guard keepingUnread else { throw DiagnosticError([diagnostic]) }
            unread.append(diagnostic)
            sentence = nil
            quoted = []
            quotedProvisions = nil
            skipping = true
        }

        /// Adds the sentence being read, with what it quotes.
        mutating func finishSentence(_ quoting: QuotedStructureSource) throws(DiagnosticError) {
            guard let (read, location) = sentence, var last = read.last else { return }
            defer {
                sentence = nil
                quoted = []
                quotedProvisions = nil
            }
            skipping = false
            let lines = quoted
            let provisions = quotedProvisions
            if let expected = last.quotation {
                guard let first = lines.first.map({ $0.location }) ?? provisions?.location else {
                    return try fail(
                        Diagnostic(
                            .amendmentQuotation, "this sentence must be followed by what it quotes", at: location))
                }
                let content: QuotedStructure.Content
                switch last {
                case .attachContents, .setSentences, .replace(AmendmentInstruction.contentsAddress, _):
                    content = .lines(lines.map(\.line))
                default:
                    var divisions = provisions?.divisions ?? []
                    do throws(DiagnosticError) {
                        if !lines.isEmpty {
                            divisions += try PrintedProvisionsReader().divisions(
                                lines.map(\.line), file: first.file, firstLine: first.line)
                        }
                    } catch {
                        return try fail(error.diagnostics.first ?? Diagnostic(.amendmentQuotation, "", at: location))
                    }
                    if case .insertSupplementary = last {
                        // A new group of supplementary provisions (「附則の次に次の附則を加える。」).
                        content = quoting.quote(SupplementaryProvisions(divisions: divisions)).content
                    } else {
                        content = quoting.quote(divisions, in: Self.container(of: divisions)).content
                    }
                }
                last = last.carrying(QuotedStructure(content, summary: expected.summary))
            } else if let first = lines.first.map({ $0.location }) ?? provisions?.location {
                return try fail(
                    Diagnostic(
                        .amendmentQuotation,
                        "this sentence quotes nothing; the provisions printed after it are not expected",
                        at: first))
            }
            instructions += read.dropLast() + [last]
            locations += Array(repeating: location, count: read.count)
        }

        /// What quoted provisions sit in: articles and groupings in the main provisions, paragraphs in an article,
        /// items in a paragraph.
        static func container(of divisions: [Division]) -> QuotedStructure.Container {
            switch divisions.first?.kind {
            case .paragraph?: .division(.article)
            case .item?: .division(.paragraph)
            case .subitem?: .division(.item)
            default: .mainProvisions
            }
        }
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
