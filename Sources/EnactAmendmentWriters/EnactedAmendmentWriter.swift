import EnactAmend
import EnactCore
import EnactJapaneseLaw

/// Writes a 改め文 as an amending act prints it — what ``EnactedAmendment`` reads: the amending article's heading
/// (「第一条　…の一部を次のように改正する。」), one sentence a line indented by two ideographic spaces, the provisions
/// a sentence quotes printed as a statute prints them (``PrintedProvisionsWriter``), the entries of a 目次 and the
/// sentences and table cells a sentence quotes on lines of their own.
public struct EnactedAmendmentWriter: Sendable {
    public init() {}

    /// - Parameter base: the document the amendment amends (its numbering reads the quoted provisions).
    public func write(_ amendment: Amendment, base: Document, file: String) throws(DiagnosticError) -> String {
        guard amendment.style == .jp else {
            throw DiagnosticError(
                Diagnostic(
                    .usage, "改め文 as printed are in the Japanese style: write the amendment with style: jp",
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
        let amending = try AmendingDocument(amendment, base: base, file: file)
        let space = "\u{3000}"
        var lines = ["第一条" + space + amending.openingWords]
        for sentence in AmendmentFile(for: base).sentences(amendment) {
            lines.append(space + space + amending.plainSentence(sentence.text))
            if let quoted = amending.quotations[sentence.lastInstruction] {
                let document = amending.quotedDocument(quoted)
                lines += PrintedProvisionsWriter().lines(document.body, in: amending.amendedResolved)
            } else if let quoted = sentence.quoted {
                // Lines as printed: the entries of a 目次, or sentences (deeper) and the cells of their table.
                let isContents = sentence.text.hasSuffix("目次を付する。") || sentence.text.hasPrefix("目次を")
                var cells = false
                for line in quoted.lines {
                    if isContents {
                        lines.append(space + space + line)
                    } else {
                        lines.append(cells ? line : space + space + space + line)
                        cells = cells || line.contains("次の表")
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
