import EnactCore
import EnactJapaneseLaw
import EnactXML

extension EnactedAmendment {
    /// The amendment an amending act's own law XML makes to `base`: the `<AmendProvision>`s that follow the opening
    /// words of its article (「…の一部を次のように改正する。」), each `<AmendProvisionSentence>` read by the jp style's
    /// grammar and each `<NewProvision>` read as what the sentence quotes — provisions by the law XML reader, a
    /// `<TOC>` as the entries of a 目次, `<Sentence>`s and a `<TableStruct>` as new sentences and their 読替え table.
    /// An `<AmendProvision>` without a sentence continues the quotation of the one before. When the act amends
    /// several laws (第一条 law A, 第二条 law B …), the article whose opening words name the base's title applies.
    ///
    /// With `keepingUnread`, a sentence (or quotation) Enact does not read is one of the amendment's
    /// ``Amendment/unread`` errors and the others are read; without it, it is thrown. Locations are the XML's lines.
    public static func read(law xml: ParsedXML, against base: Document, keepingUnread: Bool = false)
        throws(DiagnosticError) -> Amendment
    {
        let start = SourceLocation(file: xml.file, line: 1, column: 1)
        guard let law = xml.root, law.name == "Law" else {
            throw DiagnosticError(Diagnostic(.unknownXmlFormat, "the root element is not <Law>", at: start))
        }
        let articles = amendingArticles(in: law)
        guard !articles.isEmpty else {
            throw DiagnosticError(
                Diagnostic(
                    .amendmentInstruction,
                    "the law has no <AmendProvision>: it is not an amending act (or amends nothing in its articles)",
                    at: start))
        }
        let chosen = articles[
            try article(amending: base, among: articles.map(\.law), at: articles[0].opening.location)]
        let phrasing = JapanesePhrasing(designations: ProvisionDesignations(base))
        let quoting = QuotedStructureSource(metadata: base.metadata)
        let language = law.attribute("Lang") ?? "ja"
        var reader = Reader(keepingUnread: keepingUnread)
        for provision in chosen.provisions {
            if let sentence = provision.element("AmendProvisionSentence") {
                try reader.finishSentence(quoting)
                let text = InlineText.collapsingWhitespace(sentence.text)
                if let read = phrasing.instructions(text) {
                    reader.sentence = (read, sentence.location)
                } else {
                    try reader.fail(
                        Diagnostic(
                            .amendmentInstruction, "not an instruction in the jp style: '\(text)'",
                            at: sentence.location))
                }
            }
            for quoted in provision.elements where quoted.name == "NewProvision" {
                guard reader.sentence != nil else {
                    if !reader.skipping {
                        try reader.fail(
                            Diagnostic(
                                .amendmentQuotation, "a <NewProvision> with no sentence before it to quote it",
                                at: quoted.location))
                    }
                    continue
                }
                try read(quoted, language: language, into: &reader)
            }
        }
        try reader.finishSentence(quoting)
        var amendment = Amendment(
            title: law.element("LawBody")?.element("LawTitle")?.text ?? xml.file,
            target: base.metadata.title ?? xml.file, style: .jp, instructions: reader.instructions,
            locations: reader.locations, number: law.element("LawNum")?.text)
        amendment.unread = reader.unread
        amendment.warnings = reader.warnings
        amendment.quotesSource = false
        return amendment
    }

    /// An article of an amending act: its opening words, the law they name, and its `<AmendProvision>`s.
    private struct AmendingArticle {
        let opening: XMLElement
        let law: String
        let provisions: [XMLElement]
    }

    /// The paragraphs of the act's main provisions (and supplementary provisions) that hold `<AmendProvision>`s,
    /// with the law their opening words name.
    private static func amendingArticles(in law: XMLElement) -> [AmendingArticle] {
        var articles: [AmendingArticle] = []
        func visit(_ element: XMLElement) {
            let provisions = element.elements.filter { $0.name == "AmendProvision" }
            if !provisions.isEmpty {
                let opening = element.elements.first { $0.name.hasSuffix("Sentence") } ?? element
                let words = InlineText.collapsingWhitespace(opening.text)
                articles.append(
                    AmendingArticle(
                        opening: opening, law: amendedLaw(openingWords: Substring(words)) ?? "",
                        provisions: provisions))
                return
            }
            for child in element.elements where child.name != "AmendProvision" { visit(child) }
        }
        for part in law.element("LawBody")?.elements ?? []
        where part.name == "MainProvision" || part.name == "SupplProvision" {
            visit(part)
        }
        return articles
    }

    /// What a `<NewProvision>` quotes, added to the quotation of the sentence being read.
    private static func read(_ quoted: XMLElement, language: String, into reader: inout Reader)
        throws(DiagnosticError)
    {
        for element in quoted.elements {
            switch element.name {
            case "TOC":
                let kept = PreservedMarkup(format: JapaneseLawFormat.name, markup: element.serialized, text: "")
                guard let contents = PrintedContents(kept) else { continue }
                for line in [contents.caption] + contents.lines { reader.quoted.append((line, element.location)) }
            case "Sentence":
                reader.quoted.append((InlineText.collapsingWhitespace(element.text), element.location))
            case "TableStruct":
                guard let table = PrintedTable(element) else {
                    return try reader.fail(
                        Diagnostic(
                            .amendmentQuotation, "the <TableStruct> has no rows, or rows of different widths",
                            at: element.location))
                }
                for cell in table.cells { reader.quoted.append((cell, element.location)) }
            default:
                guard JapaneseLawReader.providesDivision(element.name) else {
                    return try reader.fail(
                        Diagnostic(
                            .amendmentQuotation, "unsupported: Enact does not apply a quoted <\(element.name)>",
                            at: element.location))
                }
            }
        }
        let (divisions, warnings) = JapaneseLawReader().readProvisions(in: quoted, language: language)
        reader.warnings += warnings
        if !divisions.isEmpty {
            let location = reader.quotedProvisions?.location ?? quoted.location
            reader.quotedProvisions = ((reader.quotedProvisions?.divisions ?? []) + divisions, location)
        }
    }
}
