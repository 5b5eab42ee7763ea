/// How numbers and fixed parts of a document are written in its language: division labels (with the rule
/// that hides the number of a Japanese article's first paragraph), 削除 / Deleted, 附則, 別表第一.
///
/// Shared by every writer, so that Markdown, HTML and XML print numbers the same way.
public struct Labels: Sendable {
    public let tradition: Tradition
    /// Whether labels are written in Japanese (a Japanese document in the Japanese tradition).
    public let japanese: Bool

    public init(_ resolved: ResolvedDocument) {
        self.init(resolved.document)
    }

    /// The labels of a document whose numbers are already assigned (no resolution needed).
    public init(_ document: Document) {
        tradition = document.tradition
        japanese = document.isJapanese && tradition.id == .jp
    }

    /// The label of a division as printed: `第三条`, `Article 3`, `(a)`; nil when the number is not shown (the
    /// first paragraph of a Japanese article; the sole paragraph of an article in an English translation).
    public func label(of division: Division, context: DivisionContext) -> String? {
        if let written = division.writtenNumber { return written.isEmpty ? nil : written }
        guard let number = division.number else { return nil }
        if division.kind == tradition.firstSubunitKind, tradition.articlesHaveParagraphs,
            context.parentKind == tradition.unitKind || context.parentKind == nil
        {
            if japanese, number == DivisionNumber(1) { return nil }
            if !japanese, context.sameKindSiblingCount == 1 { return nil }
        }
        return tradition.label(of: division.kind, number: number, japanese: japanese)
    }

    /// The word printed for a repealed division: 削除 / Deleted / [Repealed].
    public var repealedWord: String { japanese ? "削除" : (tradition.id == .jp ? "Deleted" : "[Repealed]") }

    /// 附則 / Supplementary Provisions, with the group's heading.
    public func supplementaryTitle(_ group: SupplementaryProvisions) -> String {
        let word = japanese ? "附則" : "Supplementary Provisions"
        guard let heading = group.heading else { return word }
        return word + (japanese ? "\u{3000}" : " ") + heading
    }

    /// 別表第一 / Schedule 1.
    public func scheduleNumber(_ number: DivisionNumber) -> String {
        japanese ? "別表第" + (Numeral.kanji.format(number.main) ?? number.description) : "Schedule \(number)"
    }

    /// 別表第一　heading / Schedule 1 heading.
    public func scheduleTitle(_ schedule: Schedule) -> String {
        let label = scheduleNumber(schedule.number ?? DivisionNumber(1))
        return schedule.heading.map { label + (japanese ? "\u{3000}" : " ") + $0 } ?? label
    }
}
