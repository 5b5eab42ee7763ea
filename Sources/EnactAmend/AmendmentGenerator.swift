import EnactCore
import EnactDiff
import EnactSource

/// Writes the amending instructions that turn one version of a document into another.
///
/// The divisions of each level are aligned (identical ones first, by a shortest edit script, then the rest of
/// each gap by number and by text), and the instructions come in the order that keeps every address valid
/// when they are applied one after another:
/// 1. changes inside kept provisions (text, headings, provisions rewritten whole), then provisions struck out,
///    all named by their old numbers;
/// 2. renumbering, innermost lists first and units (articles, sections) last, later numbers moved first when
///    numbers grow (繰下げ) and earlier ones first when they shrink (繰上げ), a run moving together as one
///    instruction;
/// 3. insertions, in the new version's order, next to provisions named by their new numbers.
public struct AmendmentGenerator: Sendable {
    public init() {}

    /// The amendment from `old` to `new`; throws when a change cannot be said as instructions (a changed
    /// preamble or schedule, a provision no address names alone, a renumbering cycle).
    public func amendment(from old: Document, to new: Document, style: AmendmentStyle, title: String? = nil)
        throws(DiagnosticError) -> Amendment
    {
        // The text an amendment changes is the text as printed: a reference whose words renumbering changes is
        // amended like any other words (the knock-on amendment, 「第一条中「第十条」を「第十一条」に改める。」).
        let old = ResolvedDocument(old).writingOutReferenceWords()
        let resolvedNew = ResolvedDocument(new)
        let new = resolvedNew.writingOutReferenceWords()
        let target = old.metadata.title ?? "the Act"
        // A bill still before the Diet is revised by a 修正案; an act is amended by an amending bill.
        let isBill = old.metadata.kind == .bill
        let defaultTitle =
            switch (style, isBill) {
            case (.jp, true): "\(target)に対する修正案"
            case (.jp, false): "\(target)の一部を改正する法律案"
            case (.us, true): "Amendment to \(target)"
            case (.us, false): "A bill to amend the \(target)"
            }
        // A title of the US Code is amended as such: "A bill to amend title 44, United States Code".
        let segments = old.metadata.work?.segments ?? []
        let codeTitle =
            segments.count == 3 && segments[0] == "us" && segments[1] == "usc" ? Int(segments[2].dropFirst()) : nil
        var planner = Planner(
            old: old, new: new, quotedNew: resolvedNew.document, marks: style == .jp ? .japanese : .english)
        do {
            try planner.plan()
        } catch {
            throw DiagnosticError([Diagnostic(.amendmentInexpressible, error.message, at: nil)])
        }
        let codeTitleName = codeTitle.map { style == .jp ? "合衆国法典第\($0)編" : "title \($0), United States Code" }
        let fallback = codeTitleName.map { style == .jp ? "\($0)の一部を改正する法律案" : "A bill to amend \($0)" } ?? defaultTitle
        return Amendment(
            title: title ?? fallback, target: codeTitleName ?? target, style: style,
            instructions: planner.instructions())
    }
}

/// Why a change cannot be said as instructions at some level; the level above rewrites its provision whole.
struct Inexpressible: Error {
    var message: String
}

/// A number change of a kept division.
private struct Renumbering {
    var path: ProvisionPath
    var kind: DivisionKind
    var from: DivisionNumber
    var to: DivisionNumber
}

/// A numbered division that stays (perhaps renumbered), in its scope's order.
private struct Kept {
    var path: ProvisionPath
    var kind: DivisionKind
    var number: DivisionNumber
}

/// The instructions of one subtree, by phase.
private struct Plan {
    var edits: [AmendmentInstruction] = []
    var rewrites: [AmendmentInstruction] = []
    var strikes: [AmendmentInstruction] = []
    /// Renumberings of non-unit lists, innermost first, with the kept siblings' old numbers of each list.
    var lists: [(renumberings: [Renumbering], kept: [Kept])] = []
    /// Units kept, in old document order, and their renumberings.
    var keptUnits: [Kept] = []
    var unitRenumberings: [Renumbering] = []
    var insertions: [AmendmentInstruction] = []

    mutating func merge(_ other: Plan) {
        edits += other.edits
        rewrites += other.rewrites
        strikes += other.strikes
        lists += other.lists
        keptUnits += other.keptUnits
        unitRenumberings += other.unitRenumberings
        insertions += other.insertions
    }
}

private struct Planner {
    let old: Document
    let new: Document
    /// The new version as it is quoted: references that follow their targets are written as such, not with the
    /// words they print (which `new` holds for comparing texts).
    let quotedNew: Document
    let oldAddresses: ProvisionAddresses
    let newAddresses: ProvisionAddresses
    let quoting: QuotedStructureSource
    let marks: QuotationMarks
    let tradition: Tradition
    private var plans: [Plan] = []
    private var renumberingInstructions: [AmendmentInstruction] = []

    init(old: Document, new: Document, quotedNew: Document, marks: QuotationMarks) {
        self.old = old
        self.new = new
        self.quotedNew = quotedNew
        oldAddresses = ProvisionAddresses(old)
        newAddresses = ProvisionAddresses(new)
        quoting = QuotedStructureSource(metadata: old.metadata)
        self.marks = marks
        tradition = old.tradition
    }

    func instructions() -> [AmendmentInstruction] {
        plans.flatMap(\.edits) + plans.flatMap(\.rewrites) + plans.flatMap(\.strikes) + renumberingInstructions
            + plans.flatMap(\.insertions)
    }

    mutating func plan() throws(Inexpressible) {
        guard old.tradition.id == new.tradition.id, old.isJapanese == new.isJapanese else {
            throw Inexpressible(
                message:
                    "the two versions are in different traditions or languages; an amendment changes one text in its own terms"
            )
        }
        guard old.preamble == new.preamble, old.enactingFormula == new.enactingFormula else {
            throw Inexpressible(message: "the preamble or enacting formula changed; amend it by hand")
        }
        let root = ProvisionPath(part: .body, indices: [])
        let body = try compare(old.body, under: root, with: new.body, under: root)
        plans.append(body)
        try renumber(body)
        let groups = try compareGroups()
        for group in groups { try renumber(group) }
        plans += groups
    }

    /// Phase 2 for one part: its lists, then its units.
    private mutating func renumber(_ plan: Plan) throws(Inexpressible) {
        for list in plan.lists {
            renumberingInstructions += try Self.ordered(
                list.renumberings, kept: list.kept, address: address(old:), designations: oldAddresses.designations)
        }
        renumberingInstructions += try Self.ordered(
            plan.unitRenumberings, kept: plan.keptUnits, address: address(old:), designations: oldAddresses.designations
        )
    }

    private func address(old path: ProvisionPath) throws(Inexpressible) -> String {
        guard let address = oldAddresses.address(of: path) else {
            throw Inexpressible(message: "no address names \(describe(path, in: old)) alone")
        }
        return address
    }

    private func address(new path: ProvisionPath) throws(Inexpressible) -> String {
        guard let address = newAddresses.address(of: path) else {
            throw Inexpressible(message: "no address names \(describe(path, in: new)) alone")
        }
        return address
    }

    private func describe(_ path: ProvisionPath, in document: Document) -> String {
        guard let division = document[path] else {
            guard case .supplementary(let group) = path.part else { return "the main provisions" }
            return
                "the group of supplementary provisions \(ProvisionAddresses.title(of: document.supplementaryProvisions[group], in: document)) (another has the same title)"
        }
        return
            "the \(division.kind.rawValue) \(division.number?.description ?? "without a number")\(division.heading.map { " (\($0))" } ?? "")"
    }

    // MARK: Alignment

    /// What a division is apart from its own number: equal keys mean the same provision, perhaps renumbered.
    private static func key(_ division: Division) -> Division {
        var division = ComparableDocument.comparable(division)
        division.number = nil
        return division
    }

    /// Pairs of old and new indices (``OrderedPairing``): identical divisions by a shortest edit script, then
    /// within each gap those of the same kind whose texts share most words, a shared number counting a little —
    /// enough to pair a provision rewritten in place with itself; a gap too large for that (a list rewritten
    /// wholesale) pairs by kind and number only.
    private static func align(_ oldList: [Division], _ newList: [Division]) -> [(old: Int, new: Int)] {
        OrderedPairing.pairs(
            old: oldList.map(key), new: newList.map(key),
            score: { o, n in
                guard oldList[o].kind == newList[n].kind else { return nil }
                let sameNumber = newList[n].number != nil && oldList[o].number == newList[n].number
                let value =
                    OrderedPairing.dice(comparedText(oldList[o]), comparedText(newList[n]))
                    + (sameNumber ? OrderedPairing.sameNumberBonus : 0)
                return value >= OrderedPairing.threshold ? value : nil
            },
            largeGap: { gapOld, gapNew in
                let byNumber = Dictionary(
                    gapOld.map { (oldList[$0].number, $0) }, uniquingKeysWith: { first, _ in first })
                var last = -1
                return gapNew.compactMap { n in
                    guard let number = newList[n].number, let o = byNumber[number], o > last,
                        oldList[o].kind == newList[n].kind
                    else { return nil }
                    last = o
                    return (o, n)
                }
            })
    }

    /// The text a division is compared by: its own, its heading and its children's.
    private static func comparedText(_ division: Division) -> String {
        var text = division.content.plainText + " " + (division.heading ?? "")
        for child in division.children { text += " " + child.content.plainText }
        return text
    }

    // MARK: Levels

    /// The plan turning the divisions under `oldParent` into those under `newParent`.
    private func compare(
        _ oldList: [Division], under oldParent: ProvisionPath, with newList: [Division], under newParent: ProvisionPath
    ) throws(Inexpressible) -> Plan {
        var plan = Plan()
        let pairs = Self.align(oldList, newList)
        let pairedOld = Set(pairs.map(\.old))
        let newToOld = Dictionary(uniqueKeysWithValues: pairs.map { ($0.new, $0.old) })
        var renumberings: [Renumbering] = []
        var kept: [Kept] = []
        for (o, n) in pairs.sorted(by: { $0.old < $1.old }) {
            let oldPath = oldParent.child(o), newPath = newParent.child(n)
            let a = oldList[o], b = newList[n]
            if (a.number == nil) != (b.number == nil) {
                plan.rewrites.append(try rewrite(oldPath, as: newPath, number: a.number ?? b.number))
            } else {
                plan.merge(try compare(oldPath, newPath))
            }
            guard let from = a.number else { continue }
            let isUnit = tradition.role(of: a.kind) == .unit
            let entry = Kept(path: oldPath, kind: a.kind, number: from)
            if isUnit { plan.keptUnits.append(entry) } else { kept.append(entry) }
            if let to = b.number, to != from {
                let renumbering = Renumbering(path: oldPath, kind: a.kind, from: from, to: to)
                if isUnit { plan.unitRenumberings.append(renumbering) } else { renumberings.append(renumbering) }
            }
        }
        for o in oldList.indices where !pairedOld.contains(o) {
            plan.strikes.append(.strike(address: try address(old: oldParent.child(o))))
        }
        // Insertions, each run of consecutive new divisions as one instruction, in the new order.
        var n = 0
        while n < newList.count {
            guard newToOld[n] == nil else { n += 1; continue }
            var end = n
            while end < newList.count, newToOld[end] == nil { end += 1 }
            plan.insertions.append(
                try insertion(at: n..<end, under: newParent, count: newList.count))
            n = end
        }
        if !renumberings.isEmpty { plan.lists.append((renumberings, kept)) }
        return plan
    }

    /// The plan for a kept division: its text and heading changes and those of its children, or a rewrite.
    private func compare(_ oldPath: ProvisionPath, _ newPath: ProvisionPath) throws(Inexpressible) -> Plan {
        guard let a = old[oldPath], let b = new[newPath] else {
            throw Inexpressible(message: "a whole part cannot be compared as one provision")
        }
        guard Self.key(a) != Self.key(b) else { return Plan() }
        let rewriteWhole = { () throws(Inexpressible) -> Plan in
            var plan = Plan()
            plan.rewrites.append(try self.rewrite(oldPath, as: newPath, number: a.number))
            return plan
        }
        guard a.kind == b.kind, a.isRepealed == b.isRepealed else { return try rewriteWhole() }
        var plan = Plan()
        if a.heading != b.heading {
            plan.edits.append(.setHeading(address: try address(old: oldPath), heading: b.heading))
        }
        if a.content != b.content {
            guard !a.content.isEmpty, !b.content.isEmpty,
                let edits = TextEdits.instructions(
                    address: try textAddress(oldPath), from: a.content, to: b.content, marks: marks,
                    replacingEveryOccurrence: marks == .japanese)
            else { return try rewriteWhole() }
            plan.edits += edits
        }
        do {
            plan.merge(try compare(a.children, under: oldPath, with: b.children, under: newPath))
        } catch {
            return try rewriteWhole()
        }
        return plan
    }

    /// The address of a division's text: its parent's for the sole paragraph of an article without text of its
    /// own (`第三条中`), its own otherwise.
    private func textAddress(_ path: ProvisionPath) throws(Inexpressible) -> String {
        if let parentPath = path.parent, let parent = old[parentPath] {
            if parent.content.isEmpty, parent.children.count == 1, parent.children[0].kind == tradition.firstSubunitKind
            {
                return try address(old: parentPath)
            }
        }
        return try address(old: path)
    }

    /// Rewrites the division at `path` whole as `division`, keeping its old number for the renumbering phase.
    private func rewrite(_ path: ProvisionPath, as newPath: ProvisionPath, number: DivisionNumber?)
        throws(Inexpressible) -> AmendmentInstruction
    {
        guard var division = quotedNew[newPath] else {
            throw Inexpressible(message: "a whole part cannot be quoted as one provision")
        }
        division.number = number
        return .replace(address: try address(old: path), with: quote([division], nextTo: path, in: old))
    }

    private func insertion(at range: Range<Int>, under parent: ProvisionPath, count: Int) throws(Inexpressible)
        -> AmendmentInstruction
    {
        let divisions = range.compactMap { quotedNew[parent.child($0)] }
        if range.lowerBound > 0 {
            let previous = parent.child(range.lowerBound - 1)
            return .insert(.after, address: try address(new: previous), quote(divisions, nextTo: previous, in: new))
        }
        if range.upperBound < count {
            let next = parent.child(range.upperBound)
            return .insert(.before, address: try address(new: next), quote(divisions, nextTo: next, in: new))
        }
        if parent.indices.isEmpty {
            if case .supplementary = parent.part {
                return .insert(
                    .atEnd, address: try address(new: parent),
                    quoting.quote(divisions, in: .supplementaryGroup).summarised(divisions))
            }
            return .insert(.atEnd, address: nil, quoting.quote(divisions, in: .mainProvisions).summarised(divisions))
        }
        guard let container = new[parent] else {
            throw Inexpressible(message: "no provision holds the inserted divisions")
        }
        return .insert(
            .atEnd, address: try address(new: parent),
            quoting.quote(divisions, in: .division(container.kind)).summarised(divisions))
    }

    /// Divisions quoted as they are read next to the division at `path` (in its parent).
    private func quote(_ divisions: [Division], nextTo path: ProvisionPath, in document: Document) -> QuotedStructure {
        let container: QuotedStructureSource.Container
        if let parent = path.parent, let division = document[parent] {
            container = .division(division.kind)
        } else if case .supplementary = path.part {
            container = .supplementaryGroup
        } else {
            container = .mainProvisions
        }
        return quoting.quote(divisions, in: container).summarised(divisions)
    }

    // MARK: Supplementary provisions

    /// Groups of supplementary provisions: identical ones kept, those with the same title compared division by
    /// division (or rewritten whole), the others struck out or inserted.
    private func compareGroups() throws(Inexpressible) -> [Plan] {
        let oldGroups = old.supplementaryProvisions, newGroups = new.supplementaryProvisions
        func groupKey(_ group: SupplementaryProvisions) -> SupplementaryProvisions {
            SupplementaryProvisions(
                heading: group.heading, divisions: group.divisions.map(ComparableDocument.comparable))
        }
        let script = SequenceDiff.editScript(oldGroups.map(groupKey), newGroups.map(groupKey))
        var newToOld: [Int: Int] = [:]
        var i = 0, j = 0
        var unmatchedOld: [Int] = []
        var unmatchedNew: [Int] = []
        for (operation, elements) in script {
            switch operation {
            case .equal: for _ in elements { newToOld[j] = i; i += 1; j += 1 }
            case .delete: unmatchedOld += i..<(i + elements.count); i += elements.count
            case .insert: unmatchedNew += j..<(j + elements.count); j += elements.count
            }
        }
        var plans: [Plan] = []
        var strikes = Plan()
        for n in unmatchedNew {
            let title = ProvisionAddresses.title(of: newGroups[n], in: new)
            if let o = unmatchedOld.first(where: { ProvisionAddresses.title(of: oldGroups[$0], in: old) == title }) {
                unmatchedOld.removeAll { $0 == o }
                newToOld[n] = o
                let oldRoot = ProvisionPath(part: .supplementary(o), indices: []),
                    newRoot = ProvisionPath(part: .supplementary(n), indices: [])
                do {
                    plans.append(
                        try compare(
                            oldGroups[o].divisions, under: oldRoot, with: newGroups[n].divisions, under: newRoot))
                } catch {
                    var plan = Plan()
                    plan.rewrites.append(
                        .replace(
                            address: try address(old: oldRoot),
                            with: quoting.quote(quotedNew.supplementaryProvisions[n])))
                    plans.append(plan)
                }
            }
        }
        for o in unmatchedOld {
            strikes.strikes.append(
                .strike(address: try address(old: ProvisionPath(part: .supplementary(o), indices: []))))
        }
        for n in newGroups.indices where newToOld[n] == nil {
            let after = n == 0 ? nil : try address(new: ProvisionPath(part: .supplementary(n - 1), indices: []))
            strikes.insertions.append(
                .insertSupplementary(after: after, quoting.quote(quotedNew.supplementaryProvisions[n])))
        }
        return plans + [strikes]
    }

    // MARK: Renumbering

    /// Renumbering instructions for one scope, in an order where no number is ever taken twice, consecutive
    /// provisions moving by the same amount merged into one shift.
    private static func ordered(
        _ renumberings: [Renumbering], kept: [Kept], address: (ProvisionPath) throws(Inexpressible) -> String,
        designations: ProvisionDesignations
    ) throws(Inexpressible) -> [AmendmentInstruction] {
        guard !renumberings.isEmpty else { return [] }
        var instructions: [AmendmentInstruction] = []
        for kind in Set(renumberings.map(\.kind)).sorted(by: { $0.rawValue < $1.rawValue }) {
            let ofKind = renumberings.filter { $0.kind == kind }
            let keptOfKind = kept.filter { $0.kind == kind }
            let position = Dictionary(uniqueKeysWithValues: keptOfKind.enumerated().map { ($1.path, $0) })
            // Every renumbered provision is a kept one, so it has a position.
            func rank(_ renumbering: Renumbering) -> Int { position[renumbering.path] ?? 0 }
            let growing = ofKind.filter { $0.to > $0.from }.sorted { rank($0) > rank($1) }
            let shrinking = ofKind.filter { $0.to < $0.from }.sorted { rank($0) < rank($1) }
            var pending = growing + shrinking
            var taken = Set(keptOfKind.map(\.number))
            var order: [Renumbering] = []
            while !pending.isEmpty {
                guard let next = pending.firstIndex(where: { !taken.contains($0.to) }) else {
                    throw Inexpressible(
                        message:
                            "the renumbering of \(designations.designation(of: kind, number: pending[0].from)) and others goes round in a cycle"
                    )
                }
                let renumbering = pending.remove(at: next)
                taken.remove(renumbering.from)
                taken.insert(renumbering.to)
                order.append(renumbering)
            }
            // Merge consecutive provisions moving together.
            var index = 0
            while index < order.count {
                let first = order[index]
                let offset = first.to.main - first.from.main
                var run = [first]
                while index + run.count < order.count {
                    let candidate = order[index + run.count], previous = run[run.count - 1]
                    let step = offset > 0 ? -1 : 1
                    guard rank(candidate) == rank(previous) + step,
                        candidate.to.main - candidate.from.main == offset,
                        Array(candidate.to.branches) == Array(candidate.from.branches),
                        Array(first.to.branches) == Array(first.from.branches)
                    else { break }
                    run.append(candidate)
                }
                if run.count > 1, let lowest = run.min(by: { rank($0) < rank($1) }),
                    let highest = run.max(by: { rank($0) < rank($1) })
                {
                    instructions.append(
                        .shift(
                            first: try address(lowest.path),
                            last: designations.designation(of: kind, number: highest.from),
                            offset: offset))
                } else {
                    instructions.append(
                        .redesignate(
                            address: try address(first.path), as: designations.designation(of: kind, number: first.to)))
                }
                index += run.count
            }
        }
        return instructions
    }
}

extension QuotedStructure {
    /// The same quotation, knowing how many divisions of which kind it holds (when all are of one kind).
    func summarised(_ divisions: [Division]) -> QuotedStructure {
        var copy = self
        if let kind = divisions.first?.kind, divisions.allSatisfy({ $0.kind == kind }) {
            copy.summary = (divisions.count, kind)
        }
        return copy
    }
}
