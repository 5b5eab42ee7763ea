import EnactCore
import Foundation

/// 改め文: each instruction as the sentence a Japanese drafter writes, and back.
///
/// ```
/// 第三条第一項中「行政庁」を「行政機関」に改める。       replaceText
/// 第三条中「、速やかに」を削る。                     replaceText (struck only)
/// 第五条中「協会」の下に「及び台湾側機関」を加える。     insertText
/// 第七条の見出しを「（職員の派遣）」に改める。        setHeading (の見出しを削る。 strikes it; 第二章の章名を「H」に)
/// 第九条を次のように改める。                         replace (quoted structure follows)
/// 第十条を削る。                                   strike
/// 第十一条を第十条とする。                          redesignate
/// 第十二条から第十五条までを一条ずつ繰り上げる。       shift (繰り下げる for later numbers)
/// 第五条の次に次の一条を加える。                     insert after (の前に: before; 第五条に: at its end;
///                                                 本則に: at the end of the main provisions)
/// 附則の次に次の附則を加える。                       insertSupplementary (本則の次に: before all groups)
/// 題名の次に次の目次を付する。                       attachContents (目次中「A」を「B」に改める。 edits one)
/// 第三条後段を次のように改める。                     setSentences (前段, 本文, ただし書; 第三条に後段として次のよ
///                                                 うに加える。, 第三条に次のただし書を加える。 add them)
/// 第三条後段を削る。                                strikeSentences
/// ```
struct JapanesePhrasing: Sendable {
    let designations: ProvisionDesignations
    private let marks = QuotationMarks.japanese
    static let mainProvisions = "本則"

    func sentence(_ instruction: AmendmentInstruction) -> String {
        SentencePart.joined(parts(instruction), marks: marks)
    }

    /// Changes to one provision's text in one sentence, as drafters join them: 「第三条中「A」を「B」に改め、「C」を
    /// 削り、「D」の下に「E」を加える。」.
    func joinedSentence(_ changes: [AmendmentInstruction]) -> String {
        var clauses: [String] = []
        var address = ""
        for change in changes {
            switch change {
            case .replaceText(let at, let old, let new):
                address = at
                clauses.append(new.isEmpty ? "\(marks.quote(old))を削り" : "\(marks.quote(old))を\(marks.quote(new))に改め")
            case .insertText(let at, let anchor, let new):
                address = at
                clauses.append("\(marks.quote(anchor))の下に\(marks.quote(new))を加え")
            default:
                continue
            }
        }
        // The last verb in its final form: 改め → 改める, 削り → 削る, 加え → 加える.
        var last = clauses.removeLast()
        if last.hasSuffix("削り") { last = String(last.dropLast()) + "る" } else { last += "る" }
        return "\(address)中" + (clauses + [last]).joined(separator: "、") + "。"
    }

    /// Renumberings, and the insertion they make room for, in one sentence as drafters write them:
    /// 「第十条を第十一条とし、第五条から第九条までを一条ずつ繰り下げ、第四条の次に次の一条を加える。」.
    func joinedRenumbering(_ instructions: [AmendmentInstruction]) -> String {
        let sentences = instructions.map(sentence)
        let clauses = sentences.dropLast().map { sentence -> String in
            if sentence.hasSuffix("とする。") { return String(sentence.dropLast(3)) + "し" }
            return String(sentence.dropLast(2))  // 繰り下げる。 → 繰り下げ
        }
        return (clauses + sentences.suffix(1)).joined(separator: "、")
    }

    /// Whether an instruction can open or continue a sentence of renumberings.
    static func isRenumbering(_ instruction: AmendmentInstruction) -> Bool {
        switch instruction {
        case .redesignate, .shift: true
        default: false
        }
    }

    /// The sentence in pieces: words, quoted text, and the verbs that act (for XML forms).
    func parts(_ instruction: AmendmentInstruction) -> [SentencePart] {
        switch instruction {
        case .replaceText(let address, let old, let new):
            return new.isEmpty
                ? [.words("\(address)中"), .quoted(old), .action("を削る", .delete), .words("。")]
                : [
                    .words("\(address)中"), .quoted(old), .words("を"), .quoted(new), .action("に改める", .amend),
                    .words("。"),
                ]
        case .insertText(let address, let anchor, let new):
            return [
                .words("\(address)中"), .quoted(anchor), .words("の下に"), .quoted(new), .action("を加える", .insert),
                .words("。"),
            ]
        case .setHeading(let address, let heading):
            let caption = captionWord(of: address)
            let quoted = heading.map { caption == Self.articleCaption ? "（\($0)）" : $0 }
            return quoted.map { [.words("\(address)の\(caption)を"), .quoted($0), .action("に改める", .amend), .words("。")] }
                ?? [.words("\(address)の\(caption)を"), .action("削る", .delete), .words("。")]
        case .replace(let address, _):
            return [.words("\(address)を次のように"), .action("改める", .amend), .words("。")]
        case .strike(let address):
            return [.words("\(address)を"), .action("削る", .delete), .words("。")]
        case .redesignate(let address, let label):
            return [.words("\(address)を\(label)と"), .action("する", .redesignate), .words("。")]
        case .shift(let first, let last, let offset):
            let count = Numeral.kanji.format(abs(offset)) ?? String(abs(offset))
            let counter = designations.counter(of: last) ?? ""
            return [
                .words("\(first)から\(last)までを\(count)\(counter)ずつ"),
                .action(offset > 0 ? "繰り下げる" : "繰り上げる", .redesignate), .words("。"),
            ]
        case .insert(let point, let address, let quoted):
            let place = address ?? Self.mainProvisions
            let counted = quoted.summary.flatMap { inserted in
                designations.counter(of: inserted.kind).flatMap { counter in
                    Numeral.kanji.format(inserted.count).map { $0 + counter + "を" }
                }
            }
            let what = "次の" + (counted ?? "ように")
            let position =
                switch point {
                case .after: "の次に"
                case .before: "の前に"
                case .atEnd: "に"
                }
            return [.words(place + position + what), .action("加える", .insert), .words("。")]
        case .insertSupplementary(let after, _):
            return [.words("\(after ?? Self.mainProvisions)の次に次の附則を"), .action("加える", .insert), .words("。")]
        case .setSentences(let address, let group, let adding, _):
            guard adding else {
                return [.words("\(address)\(group.rawValue)を次のように"), .action("改める", .amend), .words("。")]
            }
            return group == .proviso
                ? [.words("\(address)に次のただし書を"), .action("加える", .insert), .words("。")]
                : [.words("\(address)に\(group.rawValue)として次のように"), .action("加える", .insert), .words("。")]
        case .strikeSentences(let address, let group):
            return [.words("\(address)\(group.rawValue)を"), .action("削る", .delete), .words("。")]
        case .attachContents:
            return [.words(String(Self.attachingContents.dropLast(4))), .action("付する", .insert), .words("。")]
        }
    }

    /// The instruction a sentence states, with an empty quotation where one must follow; nil when the
    /// sentence is not one of the forms above.
    func instruction(_ sentence: String) -> AmendmentInstruction? {
        guard let found = instructions(sentence), found.count == 1 else { return nil }
        return found[0]
    }

    /// The instructions a sentence states: one, or a chain of clauses joined by 「、」 as real acts write them —
    /// changes to one provision's text (「第三条中「A」を「B」に改め、「C」を削り」), renumberings (「第十条を第十一条とし」,
    /// 「第五条から第九条までを一条ずつ繰り下げ」), provisions struck (「同条第五項を削り」), clauses on 同条/同項/同号 (the
    /// provision named before) and within a provision or part (「第三十八条中第七項を第九項とし」, 「本則中…」,
    /// 「第三章中同条を第四条とし」), the last clause ending the sentence.
    func instructions(_ sentence: String) -> [AmendmentInstruction]? {
        var rest = Substring(sentence)
        var found: [AmendmentInstruction] = []
        /// The provision named last, for 同条; where the clauses are, for the provisions they name.
        var previous = ""
        var scope: String?
        while !rest.isEmpty {
            rest = Self.resolvingSame(rest, after: previous)
            if let (address, quotations) = Self.textChangeOpening(rest) {
                let address = qualified(String(address), within: scope)
                guard let changes = textChanges(address: address, quotations) else { return nil }
                found += changes.instructions
                previous = address
                rest = changes.rest
                continue
            }
            if let (change, after) = headingChange(rest) {
                let instruction = qualifying(change, within: scope, after: previous)
                found.append(instruction)
                previous = addressNamedLast(by: instruction) ?? previous
                rest = after
                continue
            }
            if let (within, after) = Self.scopeOpening(rest) {
                scope = String(within)
                rest = after
                continue
            }
            let clause = Self.clause(in: rest)
            guard var instruction = structural(Substring(clause.sentence)) else { return nil }
            instruction = qualifying(instruction, within: scope, after: previous)
            found.append(instruction)
            previous = addressNamedLast(by: instruction) ?? previous
            rest = clause.rest
        }
        return found.isEmpty ? nil : found
    }

    /// 「X中「」 opening changes to X's text: X and the text from the first quotation on. X names provisions only
    /// (it has no 「を」 of a clause's verb).
    private static func textChangeOpening(_ text: Substring) -> (Substring, Substring)? {
        guard let split = text.range(of: "中「") else { return nil }
        let address = text[..<split.lowerBound]
        guard !address.isEmpty, !address.contains("を"), !address.contains("「"),
            address.first?.isASCII == true || addressOpenings.contains(where: { address.hasPrefix($0) })
        else { return nil }
        return (address, text[text.index(before: split.upperBound)...])
    }

    /// How the Japanese address of a provision begins (「次に掲げる法律の規定中」 names no provision of the law amended);
    /// an address in English (`section 4`) is the document's own designation.
    private static let addressOpenings = ["第", "附則", "本則", "別表", "目次", "前文", "同", "題名"]

    /// 「第三十八条中」, 「本則中」, 「第三章中」 before a clause about a provision there: the scope and the clause.
    private static func scopeOpening(_ text: Substring) -> (Substring, Substring)? {
        guard let verb = text.firstIndex(of: "を"), let split = text[..<verb].range(of: "中") else { return nil }
        let within = text[..<split.lowerBound]
        guard !within.isEmpty, !within.contains("、"), within.hasPrefix("第") || within == mainProvisions else {
            return nil
        }
        return (within, text[split.upperBound...])
    }

    /// The first clause of a chain, as the sentence it stands for, and what follows it; the whole text when it is
    /// the last clause.
    private static func clause(in text: Substring) -> (sentence: String, rest: Substring) {
        let endings = [
            ("とし、", "とする。"), ("ずつ繰り下げ、", "ずつ繰り下げる。"), ("ずつ繰り上げ、", "ずつ繰り上げる。"), ("を削り、", "を削る。"),
        ]
        let found = endings.compactMap { ending in text.range(of: ending.0).map { ($0, ending.1) } }
        guard let (range, final) = found.min(by: { $0.0.lowerBound < $1.0.lowerBound }),
            !text[..<range.lowerBound].contains("「")
        else { return (String(text), "") }
        return (String(text[..<range.lowerBound]) + final, text[range.upperBound...])
    }

    /// An address named within a provision (「第三十八条中第七項」): the provision's paragraph or item, written in
    /// full; an address within a part or 本則 is the address itself.
    private func qualified(_ address: String, within scope: String?) -> String {
        guard let scope, scope != Self.mainProvisions, let kind = designations.kindOfLeadingLabel(address),
            kind != designations.tradition.unitKind, designations.tradition.role(of: kind) != .grouping,
            !address.hasPrefix(scope)
        else { return address }
        return scope + address
    }

    /// The instruction with its addresses qualified by the clause's scope; a new label written with 同条 (「同項を
    /// 同条第五項とし」) is the label alone.
    private func qualifying(_ instruction: AmendmentInstruction, within scope: String?, after previous: String)
        -> AmendmentInstruction
    {
        switch instruction {
        case .redesignate(let address, let label):
            let full = String(Self.resolvingSame(Substring(label), after: previous))
            return .redesignate(address: qualified(address, within: scope), as: designations.lastLabel(of: full))
        case .shift(let first, let last, let offset):
            return .shift(first: qualified(first, within: scope), last: last, offset: offset)
        case .strike(let address):
            return .strike(address: qualified(address, within: scope))
        case .insert(let point, let address?, let quoted):
            return .insert(point, address: qualified(address, within: scope), quoted)
        case .replace(let address, let quoted):
            return .replace(address: qualified(address, within: scope), with: quoted)
        case .setHeading(let address, let heading):
            return .setHeading(address: qualified(address, within: scope), heading: heading)
        default:
            return instruction
        }
    }

    /// The provision an instruction leaves named for a 同条 after it: a renumbered one by its new number.
    private func addressNamedLast(by instruction: AmendmentInstruction) -> String? {
        switch instruction {
        case .redesignate(let address, let label):
            // 第三十八条第三項 → 第五項: 第三十八条第五項; 第二号イ → ロ: 第二号ロ.
            let last = designations.lastLabel(of: address)
            guard address.hasSuffix(last) else { return label }
            return String(address.dropLast(last.count)) + label
        case .strike(let address), .replace(let address, _), .setHeading(let address, _): return address
        case .insert(_, let address, _): return address
        default: return nil
        }
    }

    /// The clauses after 「…中」: each a quotation and what happens to it, 「、」 between them. Real acts also write
    /// 「「A」を「B」に、「C」を「D」に改め」 (one verb for several pairs) and 「「A」及び「B」を削り」. What follows the last
    /// change to this provision's text (another clause, or nothing) is returned with them.
    private func textChanges(address: String, _ clauses: Substring) -> (
        instructions: [AmendmentInstruction], rest: Substring
    )? {
        var rest = clauses
        var found: [AmendmentInstruction] = []
        var pending: [(old: String, new: String)] = []
        var pendingInsertions: [(old: String, new: String, before: Bool)] = []
        while true {
            // Quotations joined by 「、」 or 「及び」 before what happens to all of them.
            var olds: [String] = []
            while let (old, afterOld) = marks.read(rest) {
                olds.append(old)
                if let next = afterOld.strippingPrefix("、") ?? afterOld.strippingPrefix("及び"),
                    next.hasPrefix(String(marks.open))
                {
                    rest = next
                    continue
                }
                rest = afterOld
                break
            }
            guard !olds.isEmpty else { return nil }
            let ending: Substring
            if let tail = rest.strippingPrefix("を削") {
                found += olds.map { .replaceText(address: address, old: $0, new: "") }
                if tail == "る。" { return (found, "") }
                guard let next = tail.strippingPrefix("り、") else { return nil }
                ending = next
            } else if olds.count == 1, let tail = rest.strippingPrefix("を"), let (new, afterNew) = marks.read(tail) {
                if let next = afterNew.strippingPrefix("に、"), next.hasPrefix(String(marks.open)) {
                    // 「A」を「B」に、「C」を「D」に改める: the verb comes after the last pair.
                    pending.append((olds[0], new))
                    rest = next
                    continue
                }
                guard let end = afterNew.strippingPrefix("に改め") else { return nil }
                found += (pending + [(olds[0], new)]).map { .replaceText(address: address, old: $0.old, new: $0.new) }
                pending = []
                if end == "る。" { return (found, "") }
                guard let next = end.strippingPrefix("、") else { return nil }
                ending = next
            } else if olds.count == 1,
                let (tail, before) = rest.strippingPrefix("の下に").map({ ($0, false) })
                    ?? rest.strippingPrefix("の上に").map({ ($0, true) }),
                let (new, afterNew) = marks.read(tail)
            {
                if let next = afterNew.strippingPrefix("を、"), next.hasPrefix(String(marks.open)) {
                    // 「A」の下に「B」を、「C」の下に「D」を加える: the verb comes after the last pair.
                    pendingInsertions.append((olds[0], new, before))
                    rest = next
                    continue
                }
                guard let end = afterNew.strippingPrefix("を加え") else { return nil }
                // 「A」の上に「B」を加える puts B before A, wherever A stands: A becomes BA.
                found += (pendingInsertions + [(olds[0], new, before)]).map { insertion in
                    insertion.before
                        ? .replaceText(address: address, old: insertion.old, new: insertion.new + insertion.old)
                        : .insertText(address: address, after: insertion.old, new: insertion.new)
                }
                pendingInsertions = []
                if end == "る。" { return (found, "") }
                guard let next = end.strippingPrefix("、") else { return nil }
                ending = next
            } else {
                return nil
            }
            rest = ending
            if !rest.hasPrefix(String(marks.open)) { return (found, rest) }
        }
    }

    /// A clause that begins with 同条, 同項 or 同号, written with the provision it stands for: the article, paragraph
    /// or item of `previous`, the address named before it in the sentence.
    static func resolvingSame(_ clause: Substring, after previous: String) -> Substring {
        for (word, unit) in [("同条", "条"), ("同項", "項"), ("同号", "号")] where clause.hasPrefix(word) {
            guard let unitIndex = previous.firstIndex(of: Character(unit)) else { return clause }
            var end = previous.index(after: unitIndex)
            // The branches of the number: 第十条の二の三.
            while previous[end...].hasPrefix("の"),
                let digits = previous[previous.index(after: end)...].prefix(while: {
                    Numeral.kanji.parse(String($0)) != nil
                })
                .nonEmpty
            {
                end = digits.endIndex
            }
            return Substring(String(previous[..<end]) + clause.dropFirst(word.count))
        }
        return clause
    }

    /// The sentence that gives a law its first 目次, the entries printed after it.
    static let attachingContents = "題名の次に次の目次を付する。"

    static let articleCaption = "見出し"

    /// What a 改め文 calls a provision's heading: 見出し (printed in parentheses) for an article or paragraph, 章名
    /// for a chapter, 節名 for a section….
    private func captionWord(of address: String) -> String {
        guard let kind = designations.kindAndNumber(fromDesignation: designations.lastLabel(of: address))?.kind,
            designations.tradition.role(of: kind) == .grouping, let counter = designations.counter(of: kind)
        else { return Self.articleCaption }
        return counter + "名"
    }

    /// A clause giving a provision a new heading — 「第四十六条の見出しを「（非電磁的事件記録の閲覧等）」に改め」,
    /// 「第二章の章名を「雑則」に改める。」, 「第五条に見出しとして「（定義）」を付する。」 — and what follows it.
    private func headingChange(_ text: Substring) -> (AmendmentInstruction, rest: Substring)? {
        if let split = text.range(of: "に見出しとして「"), !text[..<split.lowerBound].contains("「"),
            let (heading, after) = marks.read(text[text.index(before: split.upperBound)...])
        {
            let rest: Substring
            if after == "を付する。" {
                rest = ""
            } else if let next = after.strippingPrefix("を付し、") {
                rest = next
            } else {
                return nil
            }
            return (
                .setHeading(address: String(text[..<split.lowerBound]), heading: Self.withoutBrackets(heading)), rest
            )
        }
        for caption in [Self.articleCaption, "編名", "章名", "節名", "款名", "目名"] {
            guard let split = text.range(of: "の\(caption)を「"), !text[..<split.lowerBound].contains("「"),
                !text[..<split.lowerBound].contains("を"),
                let (heading, after) = marks.read(text[text.index(before: split.upperBound)...])
            else { continue }
            let rest: Substring
            if after == "に改める。" {
                rest = ""
            } else if let next = after.strippingPrefix("に改め、") {
                rest = next
            } else {
                return nil
            }
            return (
                .setHeading(address: String(text[..<split.lowerBound]), heading: Self.withoutBrackets(heading)), rest
            )
        }
        return nil
    }

    /// A 見出し as the model holds it: real acts print it in its parentheses.
    private static func withoutBrackets(_ heading: String) -> String {
        heading.hasPrefix("（") && heading.hasSuffix("）") ? String(heading.dropFirst().dropLast()) : heading
    }

    /// A sentence about whole provisions or headings.
    private func structural(_ text: Substring) -> AmendmentInstruction? {
        if text == Self.attachingContents { return .attachContents(QuotedStructure(source: "")) }
        for caption in [Self.articleCaption, "編名", "章名", "節名", "款名", "目名"] {
            if let address = text.strippingSuffix("の\(caption)を削る。") {
                return .setHeading(address: String(address), heading: nil)
            }
        }
        if let sentences = sentences(text) { return sentences }
        if var address = text.strippingSuffix("を次のように改める。") {
            // 「第十条（見出しを含む。）を次のように改める。」: the quotation holds the 見出し, as it always may.
            address = address.strippingSuffix("（見出しを含む。）") ?? address
            return .replace(address: String(address), with: QuotedStructure(source: ""))
        }
        if let address = text.strippingSuffix("の次に次の附則を加える。") {
            return .insertSupplementary(
                after: address == Self.mainProvisions ? nil : String(address), QuotedStructure(source: ""))
        }
        if let body = text.strippingSuffix("を加える。") ?? text.strippingSuffix("ように加える。"),
            let split = body.range(of: "次の", options: .backwards)
        {
            let head = body[..<split.lowerBound]
            let empty = QuotedStructure(source: "", summary: summary(body[split.upperBound...]))
            if let address = head.strippingSuffix("の次に") { return .insert(.after, address: String(address), empty) }
            if let address = head.strippingSuffix("の前に") { return .insert(.before, address: String(address), empty) }
            if let address = head.strippingSuffix("に") {
                return .insert(.atEnd, address: address == Self.mainProvisions ? nil : String(address), empty)
            }
            return nil
        }
        if let shift = shift(text) { return shift }
        if let address = text.strippingSuffix("を削る。") { return .strike(address: String(address)) }
        if let body = text.strippingSuffix("とする。"), let split = body.range(of: "を", options: .backwards) {
            return .redesignate(address: String(body[..<split.lowerBound]), as: String(body[split.upperBound...]))
        }
        return nil
    }

    /// A sentence about some sentences of a provision: 「第三条後段を次のように改める。」, 「同項後段を削る。」,
    /// 「同項に後段として次のように加える。」, 「同項に次のただし書を加える。」.
    private func sentences(_ text: Substring) -> AmendmentInstruction? {
        let empty = QuotedStructure(source: "")
        if let address = text.strippingSuffix("に次のただし書を加える。") {
            return .setSentences(address: String(address), .proviso, adding: true, empty)
        }
        for group in SentenceGroup.allCases {
            if let address = text.strippingSuffix("に\(group.rawValue)として次のように加える。") {
                return .setSentences(address: String(address), group, adding: true, empty)
            }
            if let address = text.strippingSuffix("\(group.rawValue)を次のように改める。") {
                return .setSentences(address: String(address), group, adding: false, empty)
            }
            if let address = text.strippingSuffix("\(group.rawValue)を削る。") {
                return .strikeSentences(address: String(address), group)
            }
        }
        return nil
    }

    /// The count and kind of 「一条」「二項」; nil for 「ように」.
    private func summary(_ what: Substring) -> (count: Int, kind: DivisionKind)? {
        guard let counter = what.last, let kind = designations.kind(ofCounter: String(counter)),
            let count = Numeral.kanji.parse(what.dropLast())
        else { return nil }
        return (count, kind)
    }

    /// 「AからBまでを一条ずつ繰り下げる。」
    private func shift(_ text: Substring) -> AmendmentInstruction? {
        let sign: Int
        let body: Substring
        if let head = text.strippingSuffix("ずつ繰り下げる。") {
            (sign, body) = (1, head)
        } else if let head = text.strippingSuffix("ずつ繰り上げる。") {
            (sign, body) = (-1, head)
        } else {
            return nil
        }
        guard let from = body.range(of: "から"), let to = body.range(of: "までを", options: .backwards),
            from.upperBound <= to.lowerBound
        else { return nil }
        let last = String(body[from.upperBound..<to.lowerBound])
        var count = body[to.upperBound...]
        if let counter = designations.counter(of: last), count.hasSuffix(counter) {
            count = count.dropLast(counter.count)
        }
        guard let value = Numeral.kanji.parse(count) ?? Int(count) else { return nil }
        return .shift(first: String(body[..<from.lowerBound]), last: last, offset: sign * value)
    }
}

extension Substring {
    /// The text, or nil when it is empty.
    var nonEmpty: Substring? { isEmpty ? nil : self }

    /// The text before `suffix`, when it ends with it.
    func strippingSuffix(_ suffix: String) -> Substring? {
        hasSuffix(suffix) ? dropLast(suffix.count) : nil
    }

    /// The text after `prefix`, when it starts with it.
    func strippingPrefix(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}
