import EnactAmend
import EnactCore
import EnactRendering

/// Writes an amendment as a page for people, in Markdown or HTML: its title, what it amends, its opening words,
/// and each instruction as a numbered paragraph with the provisions it quotes set out below it (number, heading,
/// text, the divisions below indented).
public struct AmendmentPageWriter: Sendable {
    public enum Format: Sendable { case markdown, html }

    public let format: Format

    public init(format: Format) {
        self.format = format
    }

    /// - Parameter base: the document the amendment amends (its numbering reads the quoted provisions).
    public func write(_ amendment: Amendment, base: Document, file: String) throws(DiagnosticError) -> String {
        let amending = try AmendingDocument(amendment, base: base, file: file)
        let language = base.metadata.language ?? (base.isJapanese ? "ja" : "en")
        var output: String
        switch format {
        case .markdown:
            output = "<!-- \(GeneratedMarker.text) amendment -->\n# \(MarkdownEscaping.text(amendment.title))\n\n"
            output += "\(MarkdownEscaping.text(amending.openingWords))\n\n"
        case .html:
            let page = HTMLPage(
                title: amendment.title, language: language, kind: "amendment",
                bodyClasses: [HTMLPage.scriptClass(base.metadata.wording)])
            output = page.opening + "<h1>\(HTMLEscaping.text(amendment.title))</h1>\n"
            output += "<p>\(HTMLEscaping.text(amending.openingWords))</p>\n<ol class=\"instructions\">\n"
        }
        let designations = Designations(base)
        for index in amendment.instructions.indices {
            let sentence = amending.sentence(index)
            var quoted: [String] = []
            if let quotation = amending.quotations[index] {
                let document = ResolvedDocument(amending.quotedDocument(quotation))
                if case .group(let group) = quotation { quoted.append(designations.supplementaryTitle(group)) }
                document.document.walkDivisions { division, context in
                    let indent = String(repeating: "\u{3000}", count: context.depth)
                    let label = designations.designation(of: division, context: context) ?? ""
                    let heading = division.heading.map { designations.wording.isJapanese ? "（\($0)）" : " \($0)" } ?? ""
                    let text = document.plainText(
                        of: division.content, from: document.origin(of: division, in: context))
                    quoted.append(
                        indent
                            + [label + heading, text].filter { !$0.isEmpty }.joined(
                                separator: designations.wording.isJapanese ? "\u{3000}" : " "))
                }
            }
            switch format {
            case .markdown:
                output += "\(index + 1). \(MarkdownEscaping.text(sentence))\n"
                if !quoted.isEmpty {
                    output += "\n" + quoted.map { "   > \(MarkdownEscaping.text($0))" }.joined(separator: "\\\n") + "\n"
                }
                output += "\n"
            case .html:
                output += "<li><p>\(HTMLEscaping.text(sentence))</p>"
                if !quoted.isEmpty {
                    output +=
                        "\n<blockquote>\n" + quoted.map { "<p>\(HTMLEscaping.text($0))</p>" }.joined(separator: "\n")
                        + "\n</blockquote>"
                }
                output += "</li>\n"
            }
        }
        if format == .html { output += "</ol>\n" + HTMLPage.closing }
        return output
    }
}
