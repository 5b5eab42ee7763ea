/// How the divisions of a document are designated in print (第三条, Article 3, SEC. 3., (a); the designation as
/// the document wrote it where it kept one) and the fixed parts around them: 削除 / Deleted, 附則, 別表第一.
///
/// A designation is what a reader sees; a label (`{#purpose}`) is the author's name for a division, which
/// references use and nobody reads. Shared by every writer, so that Markdown, HTML and XML print numbers alike.
public struct Designations: Sendable {
    public let tradition: Tradition
    /// The wording of designations: Japanese for a Japanese document in the Japanese tradition.
    public let wording: Wording
    /// Whether schedules print their numbers: not for the only schedule of a document, as laws print it.
    let numbersSchedules: Bool

    public init(_ resolved: ResolvedDocument) {
        self.init(resolved.document)
    }

    /// The designations of a document whose numbers are already assigned (no resolution needed).
    public init(_ document: Document) {
        tradition = document.tradition
        wording = document.designationWording
        numbersSchedules = document.schedules.count > 1 || document.schedules.contains { $0.numbering == .explicit }
    }

    /// The designation of a division as printed: `第三条`, `Article 3`, `(a)`, or the one the document wrote;
    /// nil when none is shown (the first paragraph of a Japanese article; the sole paragraph of an article in an
    /// English translation).
    public func designation(of division: Division, context: DivisionContext) -> String? {
        if let written = division.writtenDesignation { return written.isEmpty ? nil : written }
        return generatedDesignation(
            of: division, parentKind: context.parentKind, sameKindSiblings: context.sameKindSiblingCount)
    }

    /// The designation Enact generates from the division's number.
    private func generatedDesignation(of division: Division, parentKind: DivisionKind?, sameKindSiblings: Int)
        -> String?
    {
        guard let number = division.number else { return nil }
        if division.kind == tradition.firstSubunitKind, tradition.articlesHaveParagraphs,
            parentKind == tradition.unitKind || parentKind == nil
        {
            if wording.isJapanese, number == DivisionNumber(1) { return nil }
            if !wording.isJapanese, sameKindSiblings == 1 { return nil }
        }
        return tradition.designation(of: division.kind, number: number, in: wording)
    }

    /// The text a division prints: its own, or for a repealed division that has none, the repealed word (a
    /// repealed division imported with its repeal note, `Repealed. Pub. L. 112–29, …`, prints the note; one whose
    /// document printed nothing for it, ``Annotation/unprintedRepeal``, prints nothing).
    public func printedText(of division: Division) -> [Inline] {
        guard division.isRepealed, division.content.isEmpty, !division.annotations.contains(.unprintedRepeal) else {
            return division.content
        }
        return [.text(repealedWord)]
    }

    /// Whether a repealed division's text is only the word Enact prints for it in some wording (so that reading
    /// it back leaves the division without text of its own).
    public static func isRepealedWord(_ content: [Inline]) -> Bool {
        ["削除", "Deleted", "[Repealed]"].contains(InlineText.collapsingWhitespace(content.plainText))
    }

    /// The word printed for a repealed division: 削除 / Deleted / [Repealed].
    public var repealedWord: String { wording.isJapanese ? "削除" : (tradition.id == .jp ? "Deleted" : "[Repealed]") }

    /// The English word for 別表: "Appended Table" in a translation of a Japanese law (the JLT's word), "Schedule"
    /// elsewhere.
    private var scheduleWord: String { tradition.id == .jp ? "Appended Table" : "Schedule" }

    /// 附則 / Supplementary Provisions, with the group's heading.
    public func supplementaryTitle(_ group: SupplementaryProvisions) -> String {
        let word = wording.isJapanese ? "附則" : "Supplementary Provisions"
        guard let heading = group.heading else { return word }
        return word + wording.separator + heading
    }

    /// 別表第一 / Schedule 1; 別表 / Schedule for a document's only schedule, unless its number is written.
    public func scheduleNumber(_ number: DivisionNumber) -> String {
        guard numbersSchedules else { return wording.isJapanese ? "別表" : scheduleWord }
        return wording.isJapanese
            ? "別表第" + (Numeral.kanji.format(number.main) ?? number.description) : "\(scheduleWord) \(number)"
    }

    /// 別表第一　heading / Schedule 1 heading; a heading in full-width parentheses follows the number directly, as
    /// statutes print it (別表第一（第五条関係）).
    public func scheduleTitle(_ schedule: Schedule) -> String {
        let label = scheduleNumber(schedule.number ?? DivisionNumber(1))
        guard let heading = schedule.heading else { return label }
        return label + (heading.hasPrefix("（") ? "" : wording.separator) + heading
    }

    /// The document without the designations as written that say what Enact would print anyway (a Japanese
    /// article's unnumbered first paragraph, `(a)` for subsection (a)), so that only those that differ are kept.
    public static func withoutRedundantWrittenDesignations(_ document: Document) -> Document {
        let designations = Designations(document)
        func clean(_ divisions: inout [Division], parentKind: DivisionKind?) {
            var counts: [DivisionKind: Int] = [:]
            for division in divisions { counts[division.kind, default: 0] += 1 }
            for index in divisions.indices {
                let division = divisions[index]
                if let written = division.writtenDesignation, division.numbering == .explicit,
                    designations.generatedDesignation(
                        of: division, parentKind: parentKind, sameKindSiblings: counts[division.kind] ?? 1)
                        == (written.isEmpty ? nil : written)
                {
                    divisions[index].writtenDesignation = nil
                }
                clean(&divisions[index].children, parentKind: division.kind)
            }
        }
        var result = document
        clean(&result.body, parentKind: nil)
        for index in result.supplementaryProvisions.indices {
            clean(&result.supplementaryProvisions[index].divisions, parentKind: nil)
        }
        return result
    }
}
