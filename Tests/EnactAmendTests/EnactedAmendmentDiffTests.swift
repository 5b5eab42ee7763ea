import EnactAmend
import EnactCore
import EnactDiff
import EnactFormats
import EnactTestSupport
import Foundation
import Testing

/// The enacted 改め文 as ground truth for `enact diff` (issue 16, item 7): it says which articles it renumbered
/// (「第二十八条の二を第二十八条の三とし」), changed, inserted and struck. The diff of each kaisei case's base and
/// expected revisions must class every article of the main provisions as its 改め文 does.
struct EnactedAmendmentDiffTests {
    /// An article as the 改め文 moves it: its number in the base (nil when the 改め文 inserts it), its number now,
    /// and whether the 改め文 changed anything in it.
    private struct Article {
        var original: String?
        var current: String
        var modified = false
        var deleted = false
        /// Inside a chapter the 改め文 replaces whole: it does not say whether the articles there are the old ones.
        var replacedWithItsChapter = false
    }

    /// The leading article of an address: 第二十八条の二 for 第二十八条の二第一項後段.
    private static func article(of address: String) -> String? {
        guard let range = address.range(of: #"^第[〇一二三四五六七八九十百千]+条(の[〇一二三四五六七八九十百千]+)*"#, options: .regularExpression)
        else { return nil }
        return String(address[range])
    }

    /// The articles an address names together (第二条及び第三条, 第四条から第六条まで), in `ledger` order.
    private static func articles(named address: String, in ledger: [Article]) -> [Int] {
        let live = ledger.indices.filter { !ledger[$0].deleted }
        var found: [Int] = []
        for named in address.replacingOccurrences(of: "並びに", with: "及び").components(separatedBy: "及び") {
            let part = named.hasSuffix("の規定") ? String(named.dropLast(3)) : named
            if let from = part.range(of: "から"), part.hasSuffix("まで"),
                let first = live.first(where: { ledger[$0].current == String(part[..<from.lowerBound]) }),
                let last = live.first(where: { ledger[$0].current == String(part[from.upperBound...].dropLast(2)) })
            {
                found += live.filter { $0 >= first && $0 <= last }
            } else if let index = live.first(where: { ledger[$0].current == article(of: part) }) {
                found.append(index)
            }
        }
        return found
    }

    /// The class of every article the 改め文 implies, by its number in the base (`old:第十四条`) or, for an inserted
    /// one, in the expected revision (`new:第二十八条の二`); nil for articles it leaves open.
    private static func expectedClasses(
        _ amendment: Amendment, base: [String], expected: [String], baseChapters: [String: [String]]
    ) -> [String: String?] {
        var ledger = base.map { Article(original: $0, current: $0) }
        func index(of address: String) -> Int? {
            guard let article = article(of: address) else { return nil }
            return ledger.indices.first { !ledger[$0].deleted && ledger[$0].current == article }
        }
        func isArticle(_ address: String) -> Bool { article(of: address) == address }
        for instruction in amendment.instructions {
            switch instruction {
            case .replaceText(let address, _, _), .insertText(let address, _, _), .setHeading(let address, _),
                .setSentences(let address, _, _, _), .strikeSentences(let address, _):
                if address.hasSuffix("の章名") { continue }
                for index in articles(named: address, in: ledger) + [index(of: address)].compactMap({ $0 }) {
                    ledger[index].modified = true
                }
            case .replace(let address, _):
                if let chapters = Optional(address.components(separatedBy: "及び")),
                    chapters.allSatisfy({ $0.hasSuffix("章") })
                {
                    let inside = Set(chapters.flatMap { baseChapters[$0] ?? [] })
                    for index in ledger.indices where inside.contains(ledger[index].current) {
                        ledger[index].replacedWithItsChapter = true
                    }
                } else {
                    for index in articles(named: address, in: ledger)
                        + (isArticle(address) ? [] : [index(of: address)].compactMap({ $0 }))
                    {
                        ledger[index].modified = true
                    }
                }
            case .strike(let address):
                let named = articles(named: address, in: ledger)
                if !named.isEmpty, address.hasSuffix("条") || address.hasSuffix("まで") {
                    for index in named { ledger[index].deleted = true }
                } else if let index = index(of: address) {
                    ledger[index].modified = true
                }
            case .redesignate(let address, let label):
                guard let index = index(of: address) else { continue }
                if isArticle(address) { ledger[index].current = label } else { ledger[index].modified = true }
            case .shift(let first, let last, let offset):
                guard let start = index(of: first) else { continue }
                guard isArticle(first) else {
                    ledger[start].modified = true
                    continue
                }
                let live = ledger.indices.filter { !ledger[$0].deleted && $0 >= start }
                for index in live {
                    let current = ledger[index].current
                    ledger[index].current = shifted(current, by: offset)
                    if current == last { break }
                }
            case .insert(_, let address, let quoted):
                if quoted.summary?.kind == .article || address?.hasSuffix("章") == true { continue }
                if let address, let index = index(of: address) { ledger[index].modified = true }
            case .insertSupplementary, .attachContents:
                continue
            }
        }
        var classes: [String: String?] = [:]
        for article in ledger {
            guard let original = article.original else { continue }
            if article.replacedWithItsChapter {
                classes["old:" + original] = String?.none
            } else if article.deleted {
                classes["old:" + original] = "deleted"
            } else {
                let renumbered = article.current != original
                classes["old:" + original] =
                    renumbered
                    ? (article.modified ? "modified+renumbered" : "renumbered")
                    : (article.modified ? "modified" : "unchanged")
            }
        }
        let kept = Set(ledger.filter { !$0.deleted && !$0.replacedWithItsChapter }.map(\.current))
        for citation in expected where !kept.contains(citation) { classes["new:" + citation] = "inserted" }
        return classes
    }

    /// 第五十四条 moved by three: 第五十七条.
    private static func shifted(_ label: String, by offset: Int) -> String {
        guard let unit = label.firstIndex(of: "条"),
            let main = Numeral.kanji.parse(label[label.index(after: label.startIndex)..<unit]),
            let moved = Numeral.kanji.format(main + offset)
        else { return label }
        return "第" + moved + String(label[unit...])
    }

    /// The class `enact diff` gives each article.
    private static func diffClasses(_ diff: DocumentDiff) -> [String: String] {
        var classes: [String: String] = [:]
        for change in diff.changes {
            let kinds = Set(change.kinds).subtracting([.moved])
            let name: String
            if kinds.isEmpty {
                name = "unchanged"
            } else if kinds == [.inserted] {
                name = "inserted"
            } else if kinds == [.deleted] {
                name = "deleted"
            } else if kinds == [.renumbered] {
                name = "renumbered"
            } else if kinds == [.modified] {
                name = "modified"
            } else if kinds == [.modified, .renumbered] {
                name = "modified+renumbered"
            } else {
                name = kinds.map(\.rawValue).sorted().joined(separator: "+")
            }
            for old in change.old where old.citation.hasSuffix("条") || old.citation.contains("条の") {
                classes["old:" + old.citation] = name
            }
            if change.old.isEmpty {
                for new in change.new { classes["new:" + new.citation] = name }
            }
        }
        return classes
    }

    private static func articles(of document: Document) -> (all: [String], byChapter: [String: [String]]) {
        let designations = Designations(document)
        var all: [String] = []
        var byChapter: [String: [String]] = [:]
        document.walkDivisions { division, context in
            guard context.part == .body, division.kind == .article,
                let citation = designations.designation(of: division, context: context)
            else { return }
            all.append(citation)
            for grouping in context.ancestors where grouping.kind == .chapter {
                guard let number = grouping.number, let main = Numeral.kanji.format(number.main) else { continue }
                let branches = number.branches.compactMap { Numeral.kanji.format($0) }.map { "の" + $0 }.joined()
                byChapter["第\(main)章\(branches)", default: []].append(citation)
            }
        }
        return (all, byChapter)
    }

    @Test func everySharedCaseIsCompared() {
        #expect(SharedReference.kaiseiCases.count == 13, "../shared/reference/kaisei holds the 13 cases")
    }

    @Test(arguments: SharedReference.kaiseiCases)
    func theDiffClassesEveryArticleAsTheEnactedAmendmentDoes(name: String) throws {
        let folder = try SharedReference.path("kaisei/\(name)")
        let base = try DocumentLoader().load("\(folder)/base.xml").document
        let expected = try DocumentLoader().load("\(folder)/expected.xml").document
        let text = try String(contentsOfFile: "\(folder)/amendment.txt", encoding: .utf8)
        let amendment = try EnactedAmendment.read(text, against: base, file: "amendment.txt")
        let (baseArticles, chapters) = Self.articles(of: base)
        let truth = Self.expectedClasses(
            amendment, base: baseArticles, expected: Self.articles(of: expected).all, baseChapters: chapters)
        let found = Self.diffClasses(DocumentDiff(old: ResolvedDocument(base), new: ResolvedDocument(expected)))
        for (key, expectedClass) in truth.sorted(by: { $0.key < $1.key }) {
            guard let expectedClass else { continue }
            #expect(found[key] == expectedClass, "\(name) \(key)")
        }
        #expect(truth.values.contains { $0 != nil && $0 != "unchanged" }, "the 改め文 changes something")
    }
}
