import EnactCore

/// Writes a ``Document`` as canonical Enact source.
///
/// Canonical form: front matter keys in fixed order; one blank line before every `@` block or division line;
/// annotations directly under their division line; each text on one line. Documents in Japanese in the
/// Japanese tradition write explicit numbers as statutory designations (`@第十二条の二（目的）`) and automatic
/// ones with Japanese keywords (`@条（目的）`); all others use English keywords (`@article 3 (Purpose)`).
///
/// For canonical text `print(parse(text)) == text`, and for any document `parse(print(document)) == document`.
public struct SourcePrinter: Sendable {
    public init() {}

    public func print(_ document: Document) -> String {
        var printer = Writer(document: document)
        printer.write()
        return printer.output
    }
}

private struct Writer {
    let document: Document
    let tradition: Tradition
    /// The wording of designations and keywords: Japanese ones for a Japanese document in the Japanese tradition.
    let wording: Wording
    var output = ""

    init(document: Document) {
        self.document = document
        self.tradition = document.tradition
        self.wording = document.designationWording
    }

    mutating func write() {
        output = FrontMatterPrinter.print(document.metadata, comments: document.frontMatterComments)
        switch document.tableOfContents {
        case .generated: break
        case .none: block("@" + keyword(Keyword.tableOfContents), comments: [])
        case .kept(let kept):
            block("@" + keyword(Keyword.tableOfContents), comments: [])
            line(InlinePrinter.print([.preserved(kept)]))
        }
        for enclosure in document.enclosures {
            block(
                "@"
                    + (enclosure.element.map { Keyword.enclosureElement + " " + ElementDirective.print($0) }
                        ?? Keyword.enclosure),
                comments: [])
            for part in enclosure.before { line(InlinePrinter.print([.preserved(part)])) }
            guard !enclosure.after.isEmpty else { continue }
            block("@" + Keyword.enclosureAfter, comments: [])
            for part in enclosure.after { line(InlinePrinter.print([.preserved(part)])) }
        }
        // An empty '@cover' says the document has no front matter (writers invent none).
        for (keyword, parts) in [(Keyword.cover, document.cover), (Keyword.closing, document.closing)]
        where parts.map({ keyword == Keyword.cover || !$0.isEmpty }) ?? false {
            block("@" + keyword, comments: [])
            for part in parts ?? [] { line(InlinePrinter.print([.preserved(part)])) }
        }
        if let formula = document.enactingFormula {
            block("@" + keyword(Keyword.enactingFormula), comments: [])
            if !formula.isEmpty { line(InlinePrinter.print(formula)) }
        }
        if !document.preamble.isEmpty {
            block("@" + keyword(Keyword.preamble), comments: [])
            for paragraph in document.preamble { line(InlinePrinter.print(paragraph)) }
        }
        writeSiblings(document.body[...], follower: nil)
        for group in document.supplementaryProvisions {
            block(
                headed(keyword(Keyword.supplementaryProvisions), group.heading, group.label), comments: group.comments)
            writeChildren(group.divisions[...], follower: nil)
        }
        for schedule in document.schedules {
            block(scheduleLine(schedule), comments: schedule.comments)
            for row in schedule.lines { line(InlinePrinter.print(row)) }
        }
        if !document.trailingComments.isEmpty {
            output += "\n"
            for comment in document.trailingComments { line(commentLine(comment)) }
        }
    }

    /// Writes a division and what it holds; `follower` is the division line the reader meets after it (nil when
    /// an `@end`, another part of the document or the end of the file comes first).
    private mutating func write(_ division: Division, follower: Division?) {
        let pinned = mustBePinned(division, follower: follower)
        block(divisionLine(division), comments: division.comments)
        if let written = division.writtenDesignation {
            line("@" + Keyword.designation + (written.isEmpty ? "" : " " + WrittenDesignation.print(written)))
        }
        if let element = division.sourceElement { line("@\(Keyword.element) " + ElementDirective.print(element)) }
        for annotation in division.annotations {
            switch annotation {
            case .note(let note): line("@\(Keyword.note) \(note)")
            case .correspondsTo(let work): line("@\(Keyword.correspondsTo) \(work)")
            case .asWritten(let kept): line("@\(Keyword.asWritten) " + InlinePrinter.print([.preserved(kept)]))
            case .headnote(let kept): line("@\(Keyword.headnote) " + InlinePrinter.print([.preserved(kept)]))
            case .writtenHeading(let kept):
                line("@\(Keyword.writtenHeading) " + InlinePrinter.print([.preserved(kept)]))
            case .unprintedRepeal: break
            }
        }
        if division.isRepealed {
            let unprinted = division.annotations.contains(.unprintedRepeal)
            line("@\(Keyword.repealed)" + (unprinted ? " " + Keyword.unprinted : ""))
        }
        if pinned { line("@" + Keyword.begin) }
        if tradition.articlesHaveParagraphs, division.kind == tradition.unitKind, division.content.isEmpty {
            writeChildren(division.children[...], follower: pinned ? nil : follower)
        } else {
            if !division.content.isEmpty { line(InlinePrinter.print(division.content)) }
            writeSiblings(division.children[...], follower: pinned ? nil : follower)
        }
        if pinned { line("@" + Keyword.end) }
    }

    /// Writes the divisions of an article or a group of supplementary provisions, the first as bare text when it
    /// is a paragraph the reader creates on its own from text.
    private mutating func writeChildren(_ children: ArraySlice<Division>, follower: Division?) {
        guard let first = children.first else { return }
        let rest = children.dropFirst()
        let firstFollower = rest.first ?? follower
        guard isImplicitParagraph(first), !mustBePinned(first, follower: firstFollower) else {
            return writeSiblings(children, follower: follower)
        }
        if !first.content.isEmpty { line(InlinePrinter.print(first.content)) }
        writeSiblings(first.children[...], follower: firstFollower)
        writeSiblings(rest, follower: follower)
    }

    /// Writes divisions that share a parent; `follower` is the division line the reader meets after the last.
    private mutating func writeSiblings(_ divisions: ArraySlice<Division>, follower: Division?) {
        for index in divisions.indices {
            write(divisions[index], follower: index + 1 < divisions.endIndex ? divisions[index + 1] : follower)
        }
    }

    /// Whether the reader needs `@begin` … `@end` to keep `division` as it is: the reader closes open divisions
    /// down to one that ranks above the new line's, so a child that does not rank below its parent (titles in a
    /// division) would close the parent, and a following line that ranks below the division (sections after a
    /// heading that holds nothing) would be read as its child.
    private func mustBePinned(_ division: Division, follower: Division?) -> Bool {
        guard let rank = tradition.rank(of: division.kind) else { return false }
        if division.children.contains(where: { (tradition.rank(of: $0.kind) ?? rank) <= rank }) { return true }
        if let follower, let next = tradition.rank(of: follower.kind), rank < next { return true }
        return false
    }

    /// A first paragraph the reader would create on its own from text under an article (or 附則).
    private func isImplicitParagraph(_ division: Division) -> Bool {
        division.kind == tradition.firstSubunitKind && division.numbering == .automatic && division.heading == nil
            && division.label == nil && division.annotations.isEmpty && division.comments.isEmpty
            && !division.isRepealed && division.writtenDesignation == nil
            && (!division.content.isEmpty || !division.children.isEmpty)
    }

    private func divisionLine(_ division: Division) -> String {
        let level = tradition.level(of: division.kind)
        let parenthesised = level?.parenthesisedHeading ?? false
        var heading = division.heading
        if parenthesised, let text = heading { heading = wording.bracketed(text) }
        let designation: String
        let separator: String
        if wording.isJapanese, let number = division.number, division.numbering == .explicit,
            let format = level?.japanese
        {
            designation = format.label(number)
            separator = parenthesised ? "" : "\u{3000}"
        } else if wording.isJapanese, let word = level?.japaneseKeyword {
            designation = word
            separator = needsEscape(heading, level) ? " \\" : (parenthesised ? "" : "\u{3000}")
        } else if division.numbering == .automatic || division.number == nil {
            designation = level?.keyword ?? division.kind.rawValue
            separator = needsEscape(heading, level) ? " \\" : " "
        } else {
            var words = level?.keyword ?? division.kind.rawValue
            if division.numbering == .explicit, let number = division.number {
                words += " " + (level?.english.token(number) ?? number.description)
            }
            designation = words
            separator = " "
        }
        var text = "@" + designation
        if let heading { text += separator + heading }
        if let label = division.label { text += " {#\(label)}" }
        return text
    }

    /// Whether an automatic division's heading must be escaped so that it is not read as a number.
    private func needsEscape(_ heading: String?, _ level: Level?) -> Bool {
        heading.map { DirectiveParser.headingNeedsEscape(Substring($0), level: level) } ?? false
    }

    private func scheduleLine(_ schedule: Schedule) -> String {
        var designation = keyword(Keyword.schedule)
        if schedule.numbering == .explicit, let number = schedule.number {
            designation +=
                wording.isJapanese ? "第" + (Numeral.kanji.format(number.main) ?? number.description) : " \(number.main)"
        } else if !wording.isJapanese, let heading = schedule.heading,
            heading.hasPrefix("\\")
                || Numeral.arabic.parse(DirectiveParser.firstWord(Substring(heading), stopAtBracket: false)) != nil
        {
            return headed(designation, "\\" + heading, schedule.label)
        }
        return headed(designation, schedule.heading, schedule.label)
    }

    private func headed(_ designation: String, _ heading: String?, _ label: String?) -> String {
        var text = "@" + designation
        if let heading { text += wording.separator + heading }
        if let label { text += " {#\(label)}" }
        return text
    }

    private func keyword(_ pair: (String, String)) -> String {
        wording.isJapanese ? pair.1 : pair.0
    }

    private func commentLine(_ comment: String) -> String {
        comment.isEmpty ? "//" : "// " + comment
    }

    private mutating func block(_ text: String, comments: [String]) {
        output += "\n"
        for comment in comments { line(commentLine(comment)) }
        line(text)
    }

    private mutating func line(_ text: String) {
        output += text
        output += "\n"
    }
}
