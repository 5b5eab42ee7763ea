import EnactCore

extension DocumentSynthesizer {
    /// A large, realistic bill of about `divisions` divisions, for speed and memory measurements: chapters of
    /// twenty-five articles, each with three paragraphs and an item, cross-references to earlier articles and
    /// marked uses of a defined term, then supplementary provisions. The same for every seed: its size, not its
    /// randomness, is what is measured.
    public static func bill(divisions: Int) -> Document {
        let articlesPerChapter = 25
        let divisionsPerArticle = 5
        let articles = max(1, divisions / divisionsPerArticle)
        var metadata = Metadata(
            title: "Synthetic Benchmark Act", kind: .bill, jurisdiction: "JP", language: "en",
            work: WorkIdentifier("/akn/jp/bill/2026/synthetic"))
        metadata.dates.drafted = LegalDate(year: 2026, month: 11, day: 26)
        var chapters: [Division] = []
        for article in 1...articles {
            if article % articlesPerChapter == 1 || chapters.isEmpty {
                chapters.append(
                    Division(kind: .chapter, heading: "Provisions on Matter \(article / articlesPerChapter + 1)"))
            }
            let first: [Inline] =
                article == 1
                ? [
                    .text("In this Act, the term \""), .definition(TermDefinition(term: "Authority")),
                    .text(
                        "\" means the body designated under this Article, which shall perform the functions assigned to it by Cabinet Order in accordance with the basic policy and the other provisions of this Act, and which shall keep records of every decision it takes."
                    ),
                ] : sentence(article, reference: article - 1)
            let paragraphs = [
                Division(kind: .paragraph, content: first),
                Division(kind: .paragraph, content: sentence(article + 1, reference: max(1, article / 2))),
                Division(
                    kind: .paragraph,
                    content: [
                        .text("The "), .termUse(TermUse(term: "Authority")),
                        .text(
                            " shall, when it takes the measures set forth in the preceding paragraph, consider the following matters:"
                        ),
                    ],
                    children: [Division(kind: .item, content: sentence(article + 2, reference: max(1, article - 3)))]),
            ]
            chapters[chapters.count - 1].children.append(
                Division(kind: .article, heading: "Provision \(article)", label: "a\(article)", children: paragraphs))
        }
        let effective = Division(
            kind: .article, heading: "Effective Date",
            children: [
                Division(
                    kind: .paragraph,
                    content: [
                        .text(
                            "This Act comes into effect as of the date specified by Cabinet Order within a period not exceeding six months from the date of promulgation."
                        )
                    ])
            ])
        return Document(
            metadata: metadata, body: chapters,
            supplementaryProvisions: [SupplementaryProvisions(divisions: [effective])])
    }

    private static let clauses = [
        "the State shall endeavor to take the necessary legislative, fiscal and other measures",
        "the competent minister shall, in consultation with the heads of the relevant administrative organs, prepare a plan",
        "a person who intends to carry out the business referred to in this Article shall notify the competent minister in advance",
        "the matters concerning the implementation of this provision are prescribed by Order of the Ministry of Foreign Affairs",
        "the Authority shall publish a report on the status of the measures taken and the results achieved every fiscal year",
    ]

    private static func sentence(_ seed: Int, reference: Int) -> [Inline] {
        let first = clauses[seed % clauses.count]
        let second = clauses[(seed / 3 + 1) % clauses.count]
        let third = clauses[(seed / 7 + 2) % clauses.count]
        return [
            .text("Beyond what is provided for in "), .reference(CrossReference(target: .label("a\(reference)"))),
            .text(", \(first), and \(second); in such a case, the "), .termUse(TermUse(term: "Authority")),
            .text(
                " shall report to the Diet without delay, and \(third), taking into account the circumstances of exchange and cooperation in each field, the views of the persons concerned, the opinions of local governments and business operators, and the results of the review conducted under the basic policy."
            ),
        ]
    }
}
