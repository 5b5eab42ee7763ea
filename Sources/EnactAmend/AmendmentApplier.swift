import EnactCore
import EnactJapaneseLaw
import EnactSource
import Foundation

/// Applies amending instructions to a document, one after another, as a consolidator would: every instruction
/// must find exactly what it names (a provision, a string occurring once) or the whole application fails with
/// an error at the instruction's line saying what was found instead.
public struct AmendmentApplier: Sendable {
    public init() {}

    /// The document after every instruction of `amendment`.
    ///
    /// The amendment changes the text as printed: the references of `document` keep the words they print before
    /// it, and only its instructions change them. After it, a reference whose words are those Enact prints from its
    /// target follows renumbering again; one whose words the amendment left naming another provision keeps them, as
    /// the amended law does (the knock-on amendment an amending act forgot).
    public func apply(_ amendment: Amendment, to document: Document) throws(DiagnosticError) -> Document {
        try applyRecordingQuotations(amendment, to: document).document
    }

    /// The document after every instruction (as ``apply(_:to:)`` gives it) and the provisions each instruction
    /// quotes, read as applying it reads them (nil where it quotes none): for writing the amendment in other formats.
    public func applyRecordingQuotations(_ amendment: Amendment, to document: Document) throws(DiagnosticError)
        -> (document: Document, quotations: [QuotedProvisions?])
    {
        let state = try applying(amendment, to: document)
        return (
            ResolvedDocument(state.document).droppingPrintedReferenceWords(),
            amendment.instructions.indices.map { state.quotations[$0] }
        )
    }

    private func applying(_ amendment: Amendment, to document: Document) throws(DiagnosticError) -> State {
        let (state, findings) = applyingEverySentence(amendment, to: document)
        guard findings.isEmpty else { throw DiagnosticError(findings.map(\.diagnostic)) }
        return state
    }

    /// Applies every sentence that can be applied, one after another, and reports each that cannot — a sentence
    /// not read, or one an instruction of which fails — as a finding; such a sentence changes nothing.
    public func applyEverySentence(_ amendment: Amendment, to document: Document) -> (
        document: Document, findings: [AmendmentFinding]
    ) {
        let (state, findings) = applyingEverySentence(amendment, to: document)
        return (ResolvedDocument(state.document).droppingPrintedReferenceWords(), findings)
    }

    private func applyingEverySentence(_ amendment: Amendment, to document: Document) -> (State, [AmendmentFinding]) {
        var state = State(
            document: ResolvedDocument(document).writingOutReferenceWords(),
            replacesEveryOccurrence: amendment.style == .jp, quotesSource: amendment.quotesSource)
        var findings = amendment.unread.map(AmendmentFinding.init)
        // The instructions of one sentence share its location, and stand or fall together.
        var index = 0
        while index < amendment.instructions.count {
            let location =
                amendment.locations[index] ?? SourceLocation(file: "<amendment>", line: index + 1, column: 1)
            var end = index + 1
            while end < amendment.instructions.count, amendment.locations[index] != nil,
                amendment.locations[end] == location
            {
                end += 1
            }
            let before = state
            for current in index..<end {
                do {
                    state.current = current
                    try state.apply(amendment.instructions[current], at: location)
                } catch {
                    let diagnostic =
                        switch error {
                        case let failure as Failure: Diagnostic(failure.id, failure.message, at: location)
                        case let error as DiagnosticError:
                            error.diagnostics.first ?? Diagnostic(.amendmentFailure, "\(error)", at: location)
                        default: Diagnostic(.amendmentFailure, "\(error)", at: location)
                        }
                    findings.append(AmendmentFinding(diagnostic))
                    state = before
                    break
                }
            }
            index = end
        }
        findings.sort { ($0.diagnostic.location?.line ?? 0) < ($1.diagnostic.location?.line ?? 0) }
        return (state, findings)
    }

    /// Why an instruction cannot be applied.
    struct Failure: Error {
        var id: DiagnosticID
        var message: String
    }

    private struct State {
        var document: Document
        private var cachedAddresses: ProvisionAddresses?
        /// The instruction being applied, and what each instruction quoted.
        var current = 0
        var quotations: [Int: QuotedProvisions] = [:]

        /// Whether 「A」を「B」に改める changes every A of the provision named, as in Japanese 改め文 (an English
        /// instruction's words must occur once).
        let replacesEveryOccurrence: Bool
        /// Whether quotations are Enact inline source (an Enact amendment) rather than printed words (a real act).
        let quotesSource: Bool

        init(document: Document, replacesEveryOccurrence: Bool, quotesSource: Bool) {
            self.document = document
            self.replacesEveryOccurrence = replacesEveryOccurrence
            self.quotesSource = quotesSource
        }

        var addresses: ProvisionAddresses {
            mutating get {
                if let cachedAddresses { return cachedAddresses }
                let built = ProvisionAddresses(document)
                cachedAddresses = built
                return built
            }
        }

        var quoting: QuotedStructureSource { QuotedStructureSource(metadata: document.metadata) }

        mutating func apply(_ instruction: AmendmentInstruction, at location: SourceLocation) throws {
            if try applyToContents(instruction) || applyToSchedule(instruction) { return }
            switch instruction {
            case .replaceText(let address, let old, let new):
                let everywhere = replacesEveryOccurrence
                let (words, replacement) = (try quoted(old).plainText, try quoted(new))
                try editText(address, containing: words) { edits in
                    let found = edits.occurrences(of: words)
                    if everywhere, !words.isEmpty, found.count > 1 {
                        // Every occurrence, as 「A」を「B」に改める means; from the last, so offsets stay true.
                        for range in Self.separate(found).reversed() { edits.replace(range, with: replacement) }
                    } else {
                        edits.replace(try Self.uniqueRange(of: words, in: edits, address: address), with: replacement)
                    }
                }
            case .insertText(let address, let anchor, let new):
                let (words, insertion) = (try quoted(anchor).plainText, try quoted(new))
                try editText(address, containing: words) { edits in
                    let end = try Self.uniqueRange(of: words, in: edits, address: address).upperBound
                    edits.replace(end..<end, with: insertion)
                }
            case .setHeading(let address, let heading):
                let path = try resolve(address)
                document[path]?.heading = heading
            case .replace(let address, let quoted):
                let named = try provisions(named: address, allowingGroups: true)
                let path = named[0]
                if path.indices.isEmpty, case .supplementary(let group) = path.part {
                    let read = try quoting.group(of: quoted, at: location.nextLine)
                    quotations[current] = .group(read)
                    document.supplementaryProvisions[group] = read
                } else {
                    let divisions = try quoting.divisions(
                        of: quoted, in: container(holding: path), at: location.nextLine)
                    quotations[current] = .divisions(divisions)
                    // Provisions replaced together (第二条及び第三条を次のように改める) stand next to each other.
                    let (parent, index) = try placement(of: path)
                    let last = try consecutiveSiblings(named, address: address)
                    document.modifyChildren(of: parent) { $0.replaceSubrange(index...last, with: divisions) }
                }
                changedStructure()
            case .strike(let address):
                for path in try provisions(named: address, allowingGroups: true).reversed() {
                    if path.indices.isEmpty, case .supplementary(let group) = path.part {
                        document.supplementaryProvisions.remove(at: group)
                    } else {
                        let (parent, index) = try placement(of: path)
                        document.modifyChildren(of: parent) { $0.remove(at: index) }
                    }
                }
                changedStructure()
            case .redesignate(let address, let label):
                let path = try resolve(address)
                let kind = try division(at: path).kind
                guard let number = addresses.number(fromDesignation: label, kind: kind) else {
                    throw Failure(id: .amendmentLabel, message: "'\(label)' is not a label of a \(kind.rawValue)")
                }
                try renumber([path], to: [number])
            case .shift(let first, let last, let offset):
                let start = try resolve(first)
                let run = try self.run(from: start, toLabel: last)
                let numbers = try run.map { path throws -> DivisionNumber in
                    let moving = try division(at: path)
                    guard let number = moving.number else {
                        throw Failure(id: .amendmentLabel, message: "the \(moving.kind.rawValue) has no number to move")
                    }
                    guard number.main + offset >= 1,
                        let shifted = DivisionNumber([number.main + offset] + number.branches)
                    else {
                        throw Failure(
                            id: .amendmentLabel,
                            message:
                                "\(addresses.designation(of: moving.kind, number: number)) cannot move by \(offset)")
                    }
                    return shifted
                }
                try renumber(run, to: numbers)
            case .insert(let point, let address, let quoted):
                guard let address else {
                    let divisions = try quoting.divisions(of: quoted, in: .mainProvisions, at: location.nextLine)
                    quotations[current] = .divisions(divisions)
                    document.body += divisions
                    return changedStructure()
                }
                let path = try resolve(address, allowingGroups: point == .atEnd)
                switch point {
                case .atEnd:
                    // 「第四条に次の一号を加える」 for an article of one paragraph: items go into its paragraph.
                    var path = path
                    if let kind = quoted.summary?.kind, let target = document[path],
                        kind != document.tradition.firstSubunitKind, kind != document.tradition.unitKind,
                        target.kind == document.tradition.unitKind, target.children.count == 1,
                        target.children[0].kind == document.tradition.firstSubunitKind
                    {
                        path = path.child(0)
                    }
                    let container: QuotedStructureSource.Container =
                        path.indices.isEmpty ? .supplementaryGroup : .division(try division(at: path).kind)
                    let divisions = try quoting.divisions(of: quoted, in: container, at: location.nextLine)
                    quotations[current] = .divisions(divisions)
                    document.modifyChildren(of: path) { $0 += divisions }
                case .after, .before:
                    let divisions = try quoting.divisions(
                        of: quoted, in: container(holding: path), at: location.nextLine)
                    quotations[current] = .divisions(divisions)
                    let (parent, index) = try placement(of: path)
                    document.modifyChildren(of: parent) {
                        $0.insert(contentsOf: divisions, at: index + (point == .after ? 1 : 0))
                    }
                }
                changedStructure()
            case .setSentences(let address, let group, let adding, let quoted):
                try editSentences(address, group, adding: adding, quoted)
            case .strikeSentences(let address, let group):
                try editSentences(address, group, adding: false, nil)
            case .attachContents(let quoted):
                guard case .none = document.tableOfContents else {
                    throw Failure(
                        id: .amendmentCollision,
                        message: "the law already has a \(AmendmentInstruction.contentsAddress)")
                }
                document.tableOfContents = .kept(PrintedContents(printed: quoted.lines).markup)
            case .insertSupplementary(let after, let quoted):
                let group = try quoting.group(of: quoted, at: location.nextLine)
                quotations[current] = .group(group)
                var index = 0
                if let after {
                    let path = try resolve(after, allowingGroups: true)
                    guard path.indices.isEmpty, case .supplementary(let existing) = path.part else {
                        throw Failure(
                            id: .amendmentTarget, message: "\(after) is not a group of supplementary provisions")
                    }
                    index = existing + 1
                }
                document.supplementaryProvisions.insert(group, at: index)
                changedStructure()
            }
        }

        /// Applies an instruction naming the table of contents (「目次中「A」を「B」に改める」); false when it names
        /// something else.
        private mutating func applyToContents(_ instruction: AmendmentInstruction) throws -> Bool {
            let contents = AmendmentInstruction.contentsAddress
            switch instruction {
            case .replace(contents, let quoted):
                document.tableOfContents = .kept(PrintedContents(printed: quoted.lines).markup)
            case .strike(contents):
                document.tableOfContents = .none
            case .replaceText(contents, let old, let new):
                try editContents { $0.replace(old, with: new) > 0 }
            case .insertText(contents, let anchor, let new):
                try editContents { $0.replace(anchor, with: anchor + new) > 0 }
            default:
                return false
            }
            return true
        }

        /// Applies a change of words in a 別表 (「別表第一中「A」を「B」に改める」, 「別表中「A」の下に「B」を加える」);
        /// false when the instruction names no 別表. Other amendments of a 別表 are not applied yet.
        private mutating func applyToSchedule(_ instruction: AmendmentInstruction) throws -> Bool {
            let (address, old, new, unique): (String, String, String, Bool)
            switch instruction {
            case .replaceText(let named, let words, let replacement) where named.hasPrefix("別表"):
                (address, old, new, unique) = (named, words, replacement, !replacesEveryOccurrence)
            case .insertText(let named, let anchor, let insertion) where named.hasPrefix("別表"):
                (address, old, new, unique) = (named, anchor, anchor + insertion, true)
            default:
                return false
            }
            guard let index = ScheduleText.index(of: address, in: document) else {
                throw Failure(id: .amendmentTarget, message: "there is no \(address) in this law")
            }
            let (words, replacement) = (try quoted(old).plainText, try quoted(new).plainText)
            do {
                try ScheduleText.replace(words, with: replacement, in: &document.schedules[index], unique: unique)
            } catch .notFound {
                throw Failure(id: .amendmentText, message: "'\(words)' does not occur in \(address)")
            } catch .ambiguous(let count) {
                throw Failure(
                    id: .amendmentAmbiguous, message: "'\(words)' occurs \(count) times in \(address); quote more of it"
                )
            } catch {
                throw Failure(
                    id: .amendmentInstruction,
                    message: "'\(words)' runs across the cells or ruby of \(address), which Enact does not edit yet")
            }
            return true
        }

        /// Edits the printed table of contents; `edit` says whether it found the words it changes.
        private mutating func editContents(_ edit: (inout PrintedContents) -> Bool) throws {
            let name = AmendmentInstruction.contentsAddress
            guard case .kept(let kept) = document.tableOfContents, var contents = PrintedContents(kept) else {
                throw Failure(
                    id: .amendmentTarget,
                    message: document.tableOfContents == .generated
                        ? "the \(name) of this law is made from its divisions and follows them; amend those"
                        : "the law prints no \(name)")
            }
            guard edit(&contents) else {
                throw Failure(
                    id: .amendmentText, message: "the words quoted do not occur in the \(name): '\(contents.text)'")
            }
            document.tableOfContents = .kept(contents.markup)
        }

        private mutating func changedStructure() {
            cachedAddresses = nil
        }

        /// The division an address names; groups of supplementary provisions only when allowed.
        mutating func resolve(_ address: String, allowingGroups: Bool = false) throws -> ProvisionPath {
            if address.hasPrefix("別表") {
                throw Failure(
                    id: .amendmentInstruction, message: "\(address): amendments of a 別表 (schedule) are not applied yet")
            }
            // A sentence starts with a capital (`Section 4 is amended`) where the label has none (`section 4`).
            let uncapitalised = address.prefix(1).lowercased() + address.dropFirst()
            for candidate in [address, uncapitalised] {
                if let path = addresses.path(of: candidate), allowingGroups || !path.indices.isEmpty { return path }
            }
            let count = addresses.paths[address]?.count ?? 0
            if count > 1 { throw Failure(id: .amendmentAmbiguous, message: "\(address) names \(count) provisions") }
            throw Failure(
                id: .amendmentTarget,
                message: "there is no \(address)\(nearest(to: address).map { "; the nearest is \($0)" } ?? "")")
        }

        /// The closest existing address, to say what was found instead of a missing provision.
        private mutating func nearest(to address: String) -> String? {
            let candidates = addresses.addresses.values.filter { $0.count <= address.count + 4 }
            return candidates.map { ($0, EditDistance.between($0, address)) }.min { $0.1 < $1.1 }?.0
        }

        /// Where quoted divisions replacing or next to the division at `path` are read.
        private func container(holding path: ProvisionPath) -> QuotedStructureSource.Container {
            if let parent = path.parent, let division = document[parent] { return .division(division.kind) }
            if case .supplementary = path.part { return .supplementaryGroup }
            return .mainProvisions
        }

        /// The division whose text an address names: the division itself, or the sole paragraph of an article
        /// with no text of its own (`第三条中` for an article of one paragraph).
        private mutating func editText(
            _ address: String, containing words: String, _ edit: (inout InlineEdits) throws -> Void
        ) throws {
            if let captioned = Self.captionedProvision(address) {
                for path in try provisions(named: captioned) {
                    var heading = InlineEdits([.text(try division(at: path).heading ?? "")])
                    try edit(&heading)
                    document[path]?.heading = heading.text.isEmpty ? nil : heading.text
                }
                return
            }
            if let part = Self.wholePart(address, in: document) {
                // 「本則中「懲役」を「拘禁刑」に改める」: every provision of the part whose text has the words.
                let paths = document.children(of: ProvisionPath(part: part, indices: [])).indices.map {
                    ProvisionPath(part: part, indices: [$0])
                }.filter { path in document[path].map { Self.holds(words, $0) } ?? false }
                guard !paths.isEmpty else {
                    throw Failure(id: .amendmentText, message: "'\(words)' does not occur in \(address)")
                }
                for path in paths { try editText(at: path, containing: words, edit) }
                return
            }
            if let (named, part) = Self.partOfText(address) {
                // 「第三条第一項ただし書中」, 「第五条第一項各号列記以外の部分中」: only that part of the provision's own text.
                for path in try provisions(named: named) {
                    let path = try textPath(path)
                    try editOwnText(at: path) { edits in
                        let text = edits.text.prefix { $0 != "\n" }
                        if let group = part {
                            let sentences = ProvisionSentences(String(text))
                            let range = sentences.range(of: group)
                            guard !range.isEmpty else {
                                throw Failure(id: .amendmentTarget, message: "\(named) has no \(group.rawValue)")
                            }
                            edits.scope = sentences.characters(in: range)
                        } else {
                            edits.scope = 0..<text.count
                        }
                        try edit(&edits)
                    }
                }
                return
            }
            for path in try provisions(named: address) { try editText(at: path, containing: words, edit) }
        }

        /// Whether the words occur in the division's text or below it.
        private static func holds(_ words: String, _ division: Division) -> Bool {
            division.content.plainText.contains(words) || division.children.contains { holds(words, $0) }
        }

        /// The part an address names whole: 本則, or 附則 for the law's one group of supplementary provisions.
        private static func wholePart(_ address: String, in document: Document) -> DivisionContext.Part? {
            if address == JapanesePhrasing.mainProvisions { return .body }
            if address == "附則", document.supplementaryProvisions.count == 1 { return .supplementary(0) }
            return nil
        }

        /// An address naming part of a provision's text: the provision, and the sentences named (nil for its own
        /// text without its items, 「各号列記以外の部分」).
        private static func partOfText(_ address: String) -> (String, SentenceGroup?)? {
            if let named = Substring(address).strippingSuffix("各号列記以外の部分") { return (String(named), nil) }
            for group in SentenceGroup.allCases {
                if let named = Substring(address).strippingSuffix(group.rawValue) { return (String(named), group) }
            }
            return nil
        }

        /// The provision whose caption an address names: 第八条 for 第八条の見出し, 第二章 for 第二章の章名.
        private static func captionedProvision(_ address: String) -> String? {
            for caption in ["の見出し", "の編名", "の章名", "の節名", "の款名", "の目名"] where address.hasSuffix(caption) {
                return String(address.dropLast(caption.count))
            }
            return nil
        }

        /// Replaces, adds or strikes (`quoted` nil) the sentences of `group` in a provision's text. The quotation
        /// holds the new sentences, then the cells of the table the last introduces (「次の表の…読み替えるものと
        /// する。」), one a line; a table introduced by sentences replaced goes with them.
        private mutating func editSentences(
            _ address: String, _ group: SentenceGroup, adding: Bool, _ quoted: QuotedStructure?
        ) throws {
            let path = try textPath(try resolve(address))
            let content = try division(at: path).content
            var tables = content.filter { inline in
                if case .preserved = inline { return true }
                return false
            }
            let textual = content.filter { inline in
                if case .preserved = inline { return false }
                return true
            }
            // The text without the line break that sets a table below it.
            var edits = InlineEdits(textual)
            while edits.text.hasSuffix("\n") {
                let count = edits.text.count
                edits.replace((count - 1)..<count, with: [])
            }
            let sentences = ProvisionSentences(edits.text)
            let range = sentences.range(of: group)
            if adding, !range.isEmpty {
                throw Failure(id: .amendmentTarget, message: "\(address) already has a \(group.rawValue)")
            }
            if !adding, range.isEmpty {
                throw Failure(id: .amendmentTarget, message: "\(address) has no \(group.rawValue)")
            }
            if sentences.sentences[range].contains(where: QuotedSentences.introducesTable) { tables = [] }
            let quotedSentences = QuotedSentences(lines: quoted?.lines ?? [])
            if !quotedSentences.cells.isEmpty {
                guard let table = quotedSentences.table else {
                    throw Failure(
                        id: .amendmentQuotation,
                        message:
                            "the cells after the 読替え sentence do not make rows of \(quotedSentences.columns) columns")
                }
                tables.append(.preserved(table.markup))
            }
            let replaced = sentences.characters(in: range)
            let new = quotedSentences.sentences.map { $0.trimmingCharacters(in: .whitespaces) }.joined()
            edits.replace(replaced, with: new.isEmpty ? [] : [.text(new)])
            document[path]?.content =
                tables.isEmpty ? edits.inlines : InlineText.merged(edits.inlines + [.text("\n")]) + tables
        }

        /// The division whose text an address means: the division, or the sole paragraph of an article with no text
        /// of its own (「第三条中」 for an article of one paragraph).
        private func textPath(_ path: ProvisionPath) throws -> ProvisionPath {
            let division = try self.division(at: path)
            if division.content.isEmpty, division.children.count == 1,
                division.children[0].kind == document.tradition.firstSubunitKind
            {
                return path.child(0)
            }
            return path
        }

        /// The index of the last of `paths`, which must be siblings one after another.
        private func consecutiveSiblings(_ paths: [ProvisionPath], address: String) throws -> Int {
            let placements = try paths.map { try placement(of: $0) }
            guard let first = placements.first, let last = placements.last,
                placements.allSatisfy({ $0.container == first.container }),
                placements.map(\.index) == Array(first.index...last.index)
            else {
                throw Failure(id: .amendmentTarget, message: "\(address) are not provisions next to each other")
            }
            return last.index
        }

        /// The provisions an address names: one, or in Japanese several named together — 「第十条及び第十二条」,
        /// 「第三十一条から第三十三条までの規定及び第三十六条」 (a range, the articles from one to the other).
        private mutating func provisions(named address: String, allowingGroups: Bool = false) throws
            -> [ProvisionPath]
        {
            if addresses.path(of: address) != nil || !replacesEveryOccurrence {
                return [try resolve(address, allowingGroups: allowingGroups)]
            }
            if let named = Substring(address).strippingSuffix("各号") {
                // 「第十条第一項各号中」: each item of the provision.
                let path = try textPath(try resolve(String(named)))
                return try division(at: path).children.indices.map { path.child($0) }
            }
            var paths: [ProvisionPath] = []
            let elements = address.replacingOccurrences(of: "並びに", with: "及び").components(separatedBy: "及び")
                .flatMap { $0.components(separatedBy: "、") }
            var previous: [String] = []
            for element in elements {
                var named = element.hasSuffix("の規定") ? String(element.dropLast(3)) : element
                // 「第五条第二項及び第三項」: a paragraph or item named after another is in the same article.
                let designations = addresses.designations
                let labels = designations.labels(of: named)
                let rank = { (label: String) in
                    designations.kindAndNumber(fromDesignation: label).flatMap { found in
                        designations.tradition.levels.firstIndex { $0.kind == found.kind }
                    }
                }
                if let first = labels.first, let own = rank(first), named.hasPrefix(first) {
                    named = previous.filter { (rank($0) ?? .max) < own }.joined() + named
                }
                previous = designations.labels(of: named)
                if let from = named.range(of: "から"), named.hasSuffix("まで") {
                    let first = try resolve(String(named[..<from.lowerBound]))
                    paths += try run(from: first, toLabel: String(named[from.upperBound...].dropLast(2)))
                } else {
                    paths.append(try resolve(named))
                }
            }
            return paths
        }

        /// Edits the text of the division at `path` — or, in a 改め文, where its own text lacks `words`, the texts
        /// below it that have them: 「第三十一条中「懲役」を「拘禁刑」に改める」 changes every paragraph of 第三十一条.
        private mutating func editText(
            at path: ProvisionPath, containing words: String, _ edit: (inout InlineEdits) throws -> Void
        ) throws {
            let path = try textPath(path)
            if replacesEveryOccurrence, !words.isEmpty, !(try self.division(at: path).content.plainText.contains(words))
            {
                let below = Self.descendants(of: path, in: try self.division(at: path)).filter { inner in
                    document[inner].map { $0.content.plainText.contains(words) } ?? false
                }
                if !below.isEmpty {
                    for inner in below { try editOwnText(at: inner, edit) }
                    return
                }
            }
            try editOwnText(at: path, edit)
        }

        /// The paths of every division below `division`, which stands at `path`.
        private static func descendants(of path: ProvisionPath, in division: Division) -> [ProvisionPath] {
            division.children.indices.flatMap { index in
                [path.child(index)] + descendants(of: path.child(index), in: division.children[index])
            }
        }

        private mutating func editOwnText(at path: ProvisionPath, _ edit: (inout InlineEdits) throws -> Void) throws {
            var edits = InlineEdits(try self.division(at: path).content)
            try edit(&edits)
            document[path]?.content = edits.inlines
        }

        /// A quotation's words: as printed in a real 改め文; in an Enact amendment, as its inline source writes
        /// them (a term, a reference).
        private func quoted(_ words: String) throws -> [Inline] {
            guard quotesSource else { return words.isEmpty ? [] : [.text(words)] }
            let location = SourceLocation(file: "<quotation>", line: 1, column: 1)
            return try InlineSource.parse(words, at: location)
        }

        /// Occurrences that do not overlap, from the first, as a reader finds them one after another.
        private static func separate(_ ranges: [Range<Int>]) -> [Range<Int>] {
            var kept: [Range<Int>] = []
            for range in ranges where kept.last.map({ $0.upperBound <= range.lowerBound }) ?? true {
                kept.append(range)
            }
            return kept
        }

        private static func uniqueRange(of quoted: String, in edits: InlineEdits, address: String) throws -> Range<Int>
        {
            guard !quoted.isEmpty else { throw Failure(id: .amendmentText, message: "the quoted text is empty") }
            let found = edits.occurrences(of: quoted)
            guard found.count == 1 else {
                let text = edits.text
                let excerpt = text.count > 120 ? String(text.prefix(120)) + "…" : text
                throw Failure(
                    id: found.isEmpty ? .amendmentText : .amendmentAmbiguous,
                    message: found.isEmpty
                        ? "'\(quoted)' does not occur in \(address), whose text is '\(excerpt)'"
                        : "'\(quoted)' occurs \(found.count) times in \(address); quote more of the text around it")
            }
            return found[0]
        }

        /// The run of same-kind provisions from `start` to the one labelled `last`, in document order: among all
        /// units of the part for units, among siblings otherwise.
        private mutating func run(from start: ProvisionPath, toLabel last: String) throws -> [ProvisionPath] {
            let first = try division(at: start)
            let scope = try scope(of: start)
            guard let position = scope.firstIndex(of: start) else { return [start] }
            var run: [ProvisionPath] = []
            for path in scope[position...] {
                run.append(path)
                if let number = document[path]?.number, addresses.designation(of: first.kind, number: number) == last {
                    return run
                }
            }
            let named = first.number.map { addresses.designation(of: first.kind, number: $0) } ?? first.kind.rawValue
            throw Failure(id: .amendmentTarget, message: "no \(last) follows \(named)")
        }

        /// The provisions whose numbers must stay distinct from the one at `path`'s: every unit of its part for a
        /// unit, its siblings of the same kind otherwise.
        private func scope(of path: ProvisionPath) throws -> [ProvisionPath] {
            let (parent, _) = try placement(of: path)
            let kind = try division(at: path).kind
            if document.tradition.role(of: kind) == .unit {
                var units: [ProvisionPath] = []
                func collect(_ divisions: [Division], _ parent: ProvisionPath) {
                    for (index, division) in divisions.enumerated() {
                        if division.kind == kind {
                            units.append(parent.child(index))
                        } else {
                            collect(division.children, parent.child(index))
                        }
                    }
                }
                collect(
                    document.children(of: ProvisionPath(part: path.part, indices: [])),
                    ProvisionPath(part: path.part, indices: []))
                return units
            }
            return document.children(of: parent).indices.map { parent.child($0) }.filter { document[$0]?.kind == kind }
        }

        private mutating func renumber(_ paths: [ProvisionPath], to numbers: [DivisionNumber]) throws {
            guard let first = paths.first else { return }
            let moving = Set(paths)
            let kind = try division(at: first).kind
            let others = Set(try scope(of: first).filter { !moving.contains($0) }.compactMap { document[$0]?.number })
            for (path, number) in zip(paths, numbers) {
                guard !others.contains(number) else {
                    throw Failure(
                        id: .amendmentCollision,
                        message: "\(addresses.designation(of: kind, number: number)) already exists")
                }
                document[path]?.number = number
                document[path]?.numbering = .explicit
            }
            changedStructure()
        }

        /// The division at `path`, which must name one (not a whole part).
        private func division(at path: ProvisionPath) throws -> Division {
            guard let division = document[path] else {
                throw Failure(id: .amendmentTarget, message: "the instruction names a whole part, not a provision")
            }
            return division
        }

        /// The container of the division at `path` and its index there.
        private func placement(of path: ProvisionPath) throws -> (container: ProvisionPath, index: Int) {
            guard let placement = path.placement else {
                throw Failure(id: .amendmentTarget, message: "the instruction names a whole part, not a provision")
            }
            return placement
        }
    }
}

/// Provisions an instruction quotes, as read: divisions, or a whole group of supplementary provisions.
public enum QuotedProvisions: Sendable {
    case divisions([Division])
    case group(SupplementaryProvisions)
}

extension SourceLocation {
    /// The start of the next line, where a quoted structure begins.
    var nextLine: SourceLocation { SourceLocation(file: file, line: line + 1, column: 1) }
}
