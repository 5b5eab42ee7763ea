import EnactCore
import Foundation

/// United States amendatory instructions: each instruction as the sentence a drafter in the Office of the
/// Legislative Counsel would write, and back.
///
/// ```
/// Section 3(a) is amended by striking “agency” and inserting “agencies”.      replaceText
/// Section 3(a) is amended by striking “, promptly”.                           replaceText (struck only)
/// Section 5 is amended by inserting “and the instrumentality” after “Institute”.   insertText
/// The heading of section 7 is amended to read “Employees”.                  setHeading
/// Section 7 is amended by striking the heading.                             setHeading (struck)
/// Section 9 is amended to read as follows:                                  replace (quoted structure follows)
/// Section 10 is repealed.                                                   strike
/// Section 11 is redesignated as section 10.                                 redesignate
/// Section 12 through section 15 are redesignated as section 11 through section 14.   shift
/// The following is inserted after section 5:                               insert (before: likewise)
/// Section 5 is amended by adding at the end the following:                 insert at the end
/// The Act is amended by adding at the end the following:                    insert at the end of the main provisions
/// The following supplementary provisions are inserted after Supplementary Provisions:   insertSupplementary
/// ```
struct USPhrasing: Sendable {
    let designations: ProvisionDesignations
    /// The title of the United States Code the amended document is (`44`), when it is one: its sections are then
    /// cited as the Code cites them (`section 101 of title 44, United States Code`).
    var codeTitle: Int? = nil
    private let marks = QuotationMarks.english
    static let theAct = "The Act"
    static let firstOfAll = "before all others"
    /// How instructions name groups of sentences.
    static let sentenceWords: [SentenceGroup: String] = [
        .former: "first sentence", .latter: "sentences after the first", .main: "matter preceding the proviso",
        .proviso: "proviso",
    ]

    func sentence(_ instruction: AmendmentInstruction) -> String {
        SentencePart.joined(parts(instruction), marks: marks)
    }

    /// Changes to one provision's text as one instruction with numbered clauses, as the Office of the
    /// Legislative Counsel writes them:
    ///
    /// ```
    /// Section 3(a) is amended—
    /// (1) by striking “A” and inserting “B”;
    /// (2) by striking “C”; and
    /// (3) by inserting “E” after “D”.
    /// ```
    func joinedSentence(_ changes: [AmendmentInstruction]) -> String {
        guard let address = changes.first?.textAddress else { return "" }
        let opening = "\(subject(address)) is amended "
        var lines = ["\(subject(address)) is amended\u{2014}"]
        for (index, change) in changes.enumerated() {
            let clause = sentence(change).dropFirst(opening.count).dropLast()
            let end = index == changes.count - 1 ? "." : (index == changes.count - 2 ? "; and" : ";")
            lines.append("(\(index + 1)) \(clause)\(end)")
        }
        return lines.joined(separator: "\n")
    }

    /// The address an instruction with numbered clauses opens with (`Section 3(a) is amended—`).
    static func clausesOpening(_ line: Substring) -> String? {
        line.strippingSuffix(" is amended\u{2014}").map(uncited)
    }

    /// One numbered clause (`(2) by striking “C”; and`) as the sentence it stands for.
    static func clauseSentence(_ line: Substring, address: String) -> String? {
        guard line.hasPrefix("("), let close = line.firstIndex(of: ")"),
            line[line.index(after: line.startIndex)..<close].allSatisfy(\.isNumber)
        else {
            return nil
        }
        var clause = line[line.index(after: close)...].drop { $0 == " " }
        for end in ["; and", ";", "."] {
            if let trimmed = clause.strippingSuffix(end) {
                clause = trimmed
                break
            }
        }
        return "\(address) is amended \(clause)."
    }

    /// The sentence in pieces: words, quoted text, and the verbs that act (USLM's `amendingAction`).
    func parts(_ instruction: AmendmentInstruction) -> [SentencePart] {
        switch instruction {
        case .replaceText(let address, let old, let new):
            let strike: [SentencePart] = [
                .words("\(subject(address)) "), .action("is amended", .amend), .words(" by "),
                .action("striking", .delete), .words(" "), .quoted(old),
            ]
            return new.isEmpty
                ? strike + [.words(".")]
                : strike + [.words(" and "), .action("inserting", .insert), .words(" "), .quoted(new), .words(".")]
        case .insertText(let address, let anchor, let new):
            return [
                .words("\(subject(address)) "), .action("is amended", .amend), .words(" by "),
                .action("inserting", .insert), .words(" "),
                .quoted(new), .words(" after "), .quoted(anchor), .words("."),
            ]
        case .setHeading(let address, let heading):
            return heading.map {
                [
                    .words("The heading of \(inner(address)) "), .action("is amended", .amend), .words(" to read "),
                    .quoted($0), .words("."),
                ]
            }
                ?? [
                    .words("\(subject(address)) "), .action("is amended", .amend), .words(" by "),
                    .action("striking", .delete), .words(" the heading."),
                ]
        case .replace(let address, _):
            return [.words("\(subject(address)) "), .action("is amended", .amend), .words(" to read as follows:")]
        case .strike(let address):
            return [.words("\(subject(address)) "), .action("is repealed", .repeal), .words(".")]
        case .redesignate(let address, let label):
            return [.words("\(subject(address)) "), .action("is redesignated", .redesignate), .words(" as \(label).")]
        case .shift(let first, let last, let offset):
            let firstLabel = designations.shifted(lastStep(of: first), by: offset) ?? "?"
            let lastLabel = designations.shifted(last, by: offset) ?? "?"
            return [
                .words("\(Self.capitalised(first)) through \(inner(last)) "), .action("are redesignated", .redesignate),
                .words(" as \(firstLabel) through \(lastLabel)."),
            ]
        case .insert(let point, let address, _):
            switch point {
            case .after:
                return [
                    .words("The following "), .action("is inserted", .insert),
                    .words(" after \(address.map(object) ?? Self.theAct):"),
                ]
            case .before:
                return [
                    .words("The following "), .action("is inserted", .insert),
                    .words(" before \(address.map(object) ?? Self.theAct):"),
                ]
            case .atEnd:
                return [
                    .words("\(address.map(subject) ?? Self.theAct) "), .action("is amended", .amend), .words(" by "),
                    .action("adding", .add), .words(" at the end the following:"),
                ]
            }
        case .insertSupplementary(let after, _):
            return [
                .words("The following supplementary provisions "), .action("are inserted", .insert),
                .words(" \(after.map { "after \($0)" } ?? Self.firstOfAll):"),
            ]
        case .setSentences(let address, let group, let adding, _):
            return adding
                ? [
                    .words("\(subject(address)) "), .action("is amended", .amend), .words(" by "),
                    .action("adding", .add), .words(" the following \(Self.sentenceWords[group] ?? ""):"),
                ]
                : [
                    .words("\(subject(address)) "), .action("is amended", .amend),
                    .words(" in its \(Self.sentenceWords[group] ?? "") to read as follows:"),
                ]
        case .strikeSentences(let address, let group):
            return [
                .words("\(subject(address)) "), .action("is amended", .amend), .words(" by "),
                .action("striking", .delete), .words(" the \(Self.sentenceWords[group] ?? "")."),
            ]
        case .attachContents:
            return [
                .words("\(Self.theAct) "), .action("is amended", .amend), .words(" by "),
                .action("inserting", .insert), .words(" after the title the following table of contents:"),
            ]
        }
    }

    /// The instruction a sentence states, with an empty quotation where one must follow; nil when the
    /// sentence is not one of the forms above. Addresses are returned as written (capitalised at the start).
    func instruction(_ sentence: String) -> AmendmentInstruction? {
        let text = Substring(sentence)
        let empty = QuotedStructure(source: "")
        if text == "\(Self.theAct) is amended by inserting after the title the following table of contents:" {
            return .attachContents(empty)
        }
        for (group, words) in Self.sentenceWords {
            if let address = text.strippingSuffix(" is amended in its \(words) to read as follows:") {
                return .setSentences(address: Self.uncited(address), group, adding: false, empty)
            }
            if let address = text.strippingSuffix(" is amended by adding the following \(words):") {
                return .setSentences(address: Self.uncited(address), group, adding: true, empty)
            }
            if let address = text.strippingSuffix(" is amended by striking the \(words).") {
                return .strikeSentences(address: Self.uncited(address), group)
            }
        }
        if let rest = text.strippingPrefix("The heading of "), let split = rest.range(of: " is amended to read “") {
            guard let (heading, end) = marks.read(rest[rest.index(before: split.upperBound)...]), end == "." else {
                return nil
            }
            return .setHeading(address: Self.uncited(rest[..<split.lowerBound]), heading: heading)
        }
        if let split = text.range(of: " is amended by striking “") {
            let address = Self.uncited(text[..<split.lowerBound])
            guard let (old, rest) = marks.read(text[text.index(before: split.upperBound)...]) else { return nil }
            if rest == "." { return .replaceText(address: address, old: old, new: "") }
            guard let after = rest.strippingPrefix(" and inserting "), let (new, end) = marks.read(after), end == "."
            else { return nil }
            return .replaceText(address: address, old: old, new: new)
        }
        if let split = text.range(of: " is amended by inserting “") {
            let address = Self.uncited(text[..<split.lowerBound])
            guard let (new, rest) = marks.read(text[text.index(before: split.upperBound)...]),
                let after = rest.strippingPrefix(" after "), let (anchor, end) = marks.read(after), end == "."
            else { return nil }
            return .insertText(address: address, after: anchor, new: new)
        }
        if let address = text.strippingSuffix(" is amended by striking the heading.") {
            return .setHeading(address: Self.uncited(address), heading: nil)
        }
        if let address = text.strippingSuffix(" is amended to read as follows:") {
            return .replace(address: Self.uncited(address), with: empty)
        }
        if let address = text.strippingSuffix(" is repealed.") { return .strike(address: Self.uncited(address)) }
        if let rest = text.strippingPrefix("The following supplementary provisions are inserted "),
            let place = rest.strippingSuffix(":")
        {
            if place == Self.firstOfAll { return .insertSupplementary(after: nil, empty) }
            guard let after = place.strippingPrefix("after ") else { return nil }
            return .insertSupplementary(after: String(after), empty)
        }
        if let rest = text.strippingPrefix("The following is inserted "), let place = rest.strippingSuffix(":") {
            if let address = place.strippingPrefix("after ") {
                return .insert(.after, address: Self.uncited(address), empty)
            }
            if let address = place.strippingPrefix("before ") {
                return .insert(.before, address: Self.uncited(address), empty)
            }
            return nil
        }
        if let address = text.strippingSuffix(" is amended by adding at the end the following:") {
            return .insert(.atEnd, address: address == Self.theAct ? nil : Self.uncited(address), empty)
        }
        if let split = text.range(of: " are redesignated as "),
            let body = text[split.upperBound...].strippingSuffix("."),
            let from = text[..<split.lowerBound].range(of: " through "), let to = body.range(of: " through ")
        {
            let first = String(text[..<from.lowerBound]), last = Self.uncited(text[from.upperBound..<split.lowerBound])
            let newLast = String(body[to.upperBound...])
            guard let old = designations.kindAndNumber(fromDesignation: last),
                let new = designations.kindAndNumber(fromDesignation: newLast)
            else { return nil }
            return .shift(first: first, last: last, offset: new.number.main - old.number.main)
        }
        if let split = text.range(of: " is redesignated as "),
            let label = text[split.upperBound...].strippingSuffix(".")
        {
            return .redesignate(address: Self.uncited(text[..<split.lowerBound]), as: String(label))
        }
        return nil
    }

    /// The last label of an address (`(b)` of `section 4(b)`, `section 4` of `section 4`).
    private func lastStep(of address: String) -> String {
        let uncapitalised = address.prefix(1).lowercased() + address.dropFirst()
        if address != uncapitalised, designations.kindAndNumber(fromDesignation: uncapitalised) != nil {
            return uncapitalised
        }
        for start in address.indices.reversed() {
            let suffix = String(address[start...])
            if designations.kindAndNumber(fromDesignation: suffix) != nil,
                start == address.startIndex || !address[address.index(before: start)].isLetter
            {
                return suffix
            }
        }
        return address
    }

    /// An address as the subject of a sentence: `Section 101 of title 44, United States Code,`.
    private func subject(_ address: String) -> String {
        Self.capitalised(inner(address))
    }

    /// An address inside a sentence, before more words: `section 101 of title 44, United States Code,`.
    private func inner(_ address: String) -> String {
        codeTitle.map { "\(address) of title \($0), United States Code," } ?? address
    }

    /// An address at the end of a clause: `section 101 of title 44, United States Code`.
    private func object(_ address: String) -> String {
        codeTitle.map { "\(address) of title \($0), United States Code" } ?? address
    }

    /// An address as written in a sentence, without the Code citation around it.
    static func uncited(_ written: some StringProtocol) -> String {
        String(written).replacingOccurrences(
            of: #" of title \d+, United States Code,?$"#, with: "", options: .regularExpression)
    }

    /// `Section 4` at the start of a sentence for `section 4`.
    static func capitalised(_ address: String) -> String {
        address.prefix(1).uppercased() + address.dropFirst()
    }
}
