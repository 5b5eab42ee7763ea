import EnactCore
import Foundation

/// 改め文: each instruction as the sentence a Japanese drafter writes, and back.
///
/// ```
/// 第三条第一項中「行政庁」を「行政機関」に改める。       replaceText
/// 第三条中「、速やかに」を削る。                     replaceText (struck only)
/// 第五条中「協会」の下に「及び台湾側機関」を加える。     insertText
/// 第七条の見出しを「職員の派遣」に改める。            setHeading (の見出しを削る。 strikes it)
/// 第九条を次のように改める。                         replace (quoted structure follows)
/// 第十条を削る。                                   strike
/// 第十一条を第十条とする。                          redesignate
/// 第十二条から第十五条までを一条ずつ繰り上げる。       shift (繰り下げる for later numbers)
/// 第五条の次に次の一条を加える。                     insert after (の前に: before; 第五条に: at its end;
///                                                 本則に: at the end of the main provisions)
/// 附則の次に次の附則を加える。                       insertSupplementary (本則の次に: before all groups)
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
            return heading.map { [.words("\(address)の見出しを"), .quoted($0), .action("に改める", .amend), .words("。")] }
                ?? [.words("\(address)の見出しを"), .action("削る", .delete), .words("。")]
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
        }
    }

    /// The instruction a sentence states, with an empty quotation where one must follow; nil when the
    /// sentence is not one of the forms above.
    func instruction(_ sentence: String) -> AmendmentInstruction? {
        guard let found = instructions(sentence), found.count == 1 else { return nil }
        return found[0]
    }

    /// The instructions a sentence states: one, or several changes to one provision's text joined as drafters
    /// join them (「第三条中「A」を「B」に改め、「C」を削る。」).
    func instructions(_ sentence: String) -> [AmendmentInstruction]? {
        let text = Substring(sentence)
        if let split = text.range(of: "中「") {
            return textChanges(
                address: String(text[..<split.lowerBound]), text[text.index(before: split.upperBound)...])
        }
        // Renumberings joined by 「とし、」 and 「ずつ繰り下げ、」 before the clause that ends the sentence.
        var rest = text
        var found: [AmendmentInstruction] = []
        while let clause = Self.renumberingClause(in: rest) {
            guard let instruction = structural(Substring(clause.sentence)), Self.isRenumbering(instruction) else {
                return nil
            }
            found.append(instruction)
            rest = clause.rest
        }
        guard let last = structural(rest) else { return nil }
        return found + [last]
    }

    /// The first renumbering clause of a joined sentence, as the sentence it stands for, and what follows it.
    private static func renumberingClause(in text: Substring) -> (sentence: String, rest: Substring)? {
        let endings = [("とし、", "とする。"), ("ずつ繰り下げ、", "ずつ繰り下げる。"), ("ずつ繰り上げ、", "ずつ繰り上げる。")]
        let found = endings.compactMap { ending in text.range(of: ending.0).map { ($0, ending.1) } }
        guard let (range, final) = found.min(by: { $0.0.lowerBound < $1.0.lowerBound }) else { return nil }
        return (String(text[..<range.lowerBound]) + final, text[range.upperBound...])
    }

    /// The clauses after 「…中」: each a quotation and what happens to it, 「、」 between them, 「。」 at the end. Real
    /// acts also write 「「A」を「B」に、「C」を「D」に改め」 (one verb for several pairs), 「「A」及び「B」を削り」,
    /// and go on to another provision of the same one (「、同条第三項中「C」を…」) or end with a clause about it
    /// (「、同条に次の一項を加える。」).
    private func textChanges(address: String, _ clauses: Substring) -> [AmendmentInstruction]? {
        var address = address
        var rest = clauses
        var found: [AmendmentInstruction] = []
        var pending: [(old: String, new: String)] = []
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
                if tail == "る。" { return found }
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
                if end == "る。" { return found }
                guard let next = end.strippingPrefix("、") else { return nil }
                ending = next
            } else if olds.count == 1, let tail = rest.strippingPrefix("の下に"), let (new, afterNew) = marks.read(tail),
                let end = afterNew.strippingPrefix("を加え")
            {
                found.append(.insertText(address: address, after: olds[0], new: new))
                if end == "る。" { return found }
                guard let next = end.strippingPrefix("、") else { return nil }
                ending = next
            } else {
                return nil
            }
            rest = ending
            if rest.hasPrefix(String(marks.open)) { continue }
            // Another provision (同条第三項中「…), or a last clause about one (同条に次の一項を加える。).
            let resolved = Self.resolvingSame(rest, after: address)
            if let split = resolved.range(of: "中" + String(marks.open)) {
                address = String(resolved[..<split.lowerBound])
                rest = resolved[resolved.index(before: split.upperBound)...]
                continue
            }
            guard let last = structural(resolved) else { return nil }
            return found + [last]
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

    /// A sentence about whole provisions or headings.
    private func structural(_ text: Substring) -> AmendmentInstruction? {
        if let address = text.strippingSuffix("の見出しを削る。") { return .setHeading(address: String(address), heading: nil) }
        if let split = text.range(of: "の見出しを「") {
            guard let (heading, rest) = marks.read(text[text.index(before: split.upperBound)...]), rest == "に改める。"
            else { return nil }
            return .setHeading(address: String(text[..<split.lowerBound]), heading: heading)
        }
        if let address = text.strippingSuffix("を次のように改める。") {
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
