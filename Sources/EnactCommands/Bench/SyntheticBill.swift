/// Generates a large, realistic source text for benchmarks: chapters of articles with several paragraphs,
/// items, cross-references to earlier articles and marked uses of defined terms.
enum SyntheticBill {
    /// A bill of about `divisions` divisions (chapters, articles, paragraphs and items).
    static func source(divisions: Int) -> String {
        let articlesPerChapter = 25
        let divisionsPerArticle = 5
        let articles = max(1, divisions / divisionsPerArticle)
        var text = """
            ---
            title: Synthetic Benchmark Act
            kind: bill
            jurisdiction: JP
            language: en
            work: /akn/jp/bill/2026/synthetic
            dates:
              drafted: 2026-11-26
            ---

            """
        text.reserveCapacity(articles * 2_100)
        for article in 1...articles {
            if article % articlesPerChapter == 1 {
                text += "\n@chapter Provisions on Matter \(article / articlesPerChapter + 1)\n"
            }
            text += "\n@article (Provision \(article)) {#a\(article)}\n"
            if article == 1 {
                text +=
                    "In this Act, the term \"{def:Authority}\" means the body designated under this Article, which shall perform the functions assigned to it by Cabinet Order in accordance with the basic policy and the other provisions of this Act, and which shall keep records of every decision it takes.\n"
            } else {
                text += sentence(article, reference: article - 1) + "\n"
            }
            text += "\n@paragraph\n" + sentence(article + 1, reference: max(1, article / 2)) + "\n"
            text +=
                "\n@paragraph\nThe {term:Authority} shall, when it takes the measures set forth in the preceding paragraph, consider the following matters:\n"
            text += "\n@item\n" + sentence(article + 2, reference: max(1, article - 3)) + "\n"
        }
        text +=
            "\n@supplementary-provisions\n\n@article (Effective Date)\nThis Act comes into effect as of the date specified by Cabinet Order within a period not exceeding six months from the date of promulgation.\n"
        return text
    }

    private static let clauses = [
        "the State shall endeavor to take the necessary legislative, fiscal and other measures",
        "the competent minister shall, in consultation with the heads of the relevant administrative organs, prepare a plan",
        "a person who intends to carry out the business referred to in this Article shall notify the competent minister in advance",
        "the matters concerning the implementation of this provision are prescribed by Order of the Ministry of Foreign Affairs",
        "the Authority shall publish a report on the status of the measures taken and the results achieved every fiscal year",
    ]

    private static func sentence(_ seed: Int, reference: Int) -> String {
        let first = clauses[seed % clauses.count]
        let second = clauses[(seed / 3 + 1) % clauses.count]
        let third = clauses[(seed / 7 + 2) % clauses.count]
        return
            "Beyond what is provided for in {ref:#a\(reference)}, \(first), and \(second); in such a case, the {term:Authority} shall report to the Diet without delay, and \(third), taking into account the circumstances of exchange and cooperation in each field, the views of the persons concerned, the opinions of local governments and business operators, and the results of the review conducted under the basic policy."
    }
}
