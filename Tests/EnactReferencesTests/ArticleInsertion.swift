import EnactCore

/// What inserting an article after article `after` does to the numbers of a law's main provisions: every later
/// article moves down by one, its number as written dropped (the words of references in the text stay as they are).
enum ArticleInsertion {
    static func movingLaterArticlesDown(after: Int, in document: inout Document) {
        func renumber(_ divisions: inout [Division]) {
            for index in divisions.indices {
                if divisions[index].kind == .article, let number = divisions[index].number, number.main > after {
                    divisions[index].number = DivisionNumber([number.main + 1] + number.branches)
                    divisions[index].writtenDesignation = nil
                }
                renumber(&divisions[index].children)
            }
        }
        renumber(&document.body)
    }
}
