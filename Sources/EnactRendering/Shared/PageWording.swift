import EnactCore

/// The words of a resolved document on the page, shared by the Markdown and HTML renderers: designations and
/// heading lines, the table of contents, the metadata rows and the fixed phrases, in the document's wording.
public struct PageWording: Sendable {
    public let resolved: ResolvedDocument
    public let designations: Designations

    public init(_ resolved: ResolvedDocument) {
        self.resolved = resolved
        self.designations = Designations(resolved)
    }

    public var tradition: Tradition { designations.tradition }
    public var wording: Wording { designations.wording }
    private var japanese: Bool { wording.isJapanese }

    public var document: Document { resolved.document }

    public var title: String {
        document.metadata.title ?? document.metadata.shortTitle ?? (japanese ? "無題" : "Untitled")
    }

    public var language: String { document.metadata.language ?? "und" }

    /// The role of a division on the page.
    public func role(of division: Division) -> Level.Role {
        tradition.role(of: division.kind) ?? .subunit
    }

    public func designation(of division: Division, context: DivisionContext) -> String? {
        designations.designation(of: division, context: context)
    }

    /// A heading line for a grouping or unit: `第一章　総則`, `Chapter I General Provisions`, `第一条（目的）`.
    public func headingLine(of division: Division, context: DivisionContext) -> String {
        let label = self.designation(of: division, context: context) ?? ""
        guard let heading = division.heading else { return label }
        if tradition.level(of: division.kind)?.parenthesisedHeading == true {
            return label + (japanese ? "" : " ") + wording.bracketed(heading)
        }
        let text = tradition.id == .us && division.kind == tradition.unitKind ? heading.uppercased() : heading
        return label + wording.separator + text
    }

    /// The caption shown above a Japanese-style article: （目的） / (Purpose).
    public func caption(of division: Division) -> String? {
        guard let heading = division.heading, tradition.level(of: division.kind)?.parenthesisedHeading == true else {
            return nil
        }
        return wording.bracketed(heading)
    }

    public var repealedWord: String { designations.repealedWord }

    /// Separates a label from the text that follows it.
    public var designationSeparator: String { wording.separator }

    public var tableOfContentsTitle: String { japanese ? "目次" : "Table of Contents" }

    public func supplementaryTitle(_ group: SupplementaryProvisions) -> String {
        designations.supplementaryTitle(group)
    }

    public func scheduleTitle(_ schedule: Schedule) -> String { designations.scheduleTitle(schedule) }

    /// The metadata shown under the title, as label and value pairs in the document's language.
    func metadataRows() -> [(label: String, value: String)] {
        let metadata = document.metadata
        let candidates: [(String, String, String?)] = [
            ("略称", "Short title", metadata.shortTitle),
            ("番号", "Number", metadata.number),
            ("会期", "Session", metadata.session),
            ("状態", "Status", metadata.status.map(statusName)),
            ("起草日", "Drafted", metadata.dates.drafted?.description),
            ("提出日", "Introduced", metadata.dates.introduced?.description),
            ("成立日", "Enacted", metadata.dates.enacted?.description),
            ("施行日", "Effective", metadata.dates.effective?.description),
            ("提出者", "Sponsors", metadata.sponsors.isEmpty ? nil : metadata.sponsors.joined(separator: ", ")),
            ("識別子", "Work", metadata.work?.description),
        ]
        return candidates.compactMap { japaneseLabel, englishLabel, value in
            value.map { (japanese ? japaneseLabel : englishLabel, $0) }
        }
    }

    /// The status in the document's language: 草案 / draft.
    private func statusName(_ status: DocumentStatus) -> String {
        guard japanese else { return status.rawValue }
        switch status {
        case .draft: return "草案"
        case .introduced: return "提出"
        case .passed: return "可決"
        case .enacted: return "成立"
        case .inForce: return "施行"
        case .repealed: return "廃止"
        }
    }

    func noteTitle() -> String { japanese ? "起草者注" : "Drafter's note" }
    func correspondenceTitle() -> String { japanese ? "対応規定" : "Corresponds to" }
    public var preambleTitle: String { japanese ? "前文" : "Preamble" }

    /// The anchor of the preamble in Markdown and HTML.
    static let preambleEId = EId(rawValue: "preamble")

    // MARK: Table of contents

    /// One line of the table of contents.
    public struct TOCEntry: Sendable {
        public var eId: EId
        public var depth: Int
        public var text: String
    }

    /// The preamble first (前文), as statutes list it; groupings with the range of units they hold (第一章　総則
    /// （第一条―第五条）), or the units themselves when the document has no groupings; then the supplementary
    /// provisions and schedules.
    public func tableOfContents() -> [TOCEntry] {
        let hasGroupings = document.body.contains { role(of: $0) == .grouping }
        var entries: [TOCEntry] = []
        if !document.preamble.isEmpty { entries.append(TOCEntry(eId: Self.preambleEId, depth: 0, text: preambleTitle)) }
        document.walkDivisions { division, context in
            guard case .body = context.part else { return }
            let role = self.role(of: division)
            if role == .grouping || (!hasGroupings && role == .unit) {
                var text = headingLine(of: division, context: context)
                if role == .grouping, let range = unitRange(division) { text += range }
                entries.append(TOCEntry(eId: context.eId, depth: context.depth, text: text))
            }
        }
        for (index, group) in document.supplementaryProvisions.enumerated() {
            entries.append(TOCEntry(eId: Document.supplementaryEId(index), depth: 0, text: supplementaryTitle(group)))
        }
        for (index, schedule) in document.schedules.enumerated() {
            entries.append(
                TOCEntry(eId: Document.scheduleEId(schedule, index: index), depth: 0, text: scheduleTitle(schedule)))
        }
        return entries
    }

    /// （第一条―第五条）, （第六条・第七条）, （第八条）; (Articles 1 through 5), (Articles 6 and 7), (Article 8).
    private func unitRange(_ division: Division) -> String? {
        var numbers: [DivisionNumber] = []
        division.forEachDivision { if $0.kind == tradition.unitKind, let number = $0.number { numbers.append(number) } }
        guard let first = numbers.first, let last = numbers.last else { return nil }
        func cite(_ number: DivisionNumber) -> String {
            tradition.citationDesignation(of: tradition.unitKind, number: number, in: wording)
        }
        if japanese {
            switch numbers.count {
            case 1: return "（\(cite(first))）"
            case 2: return "（\(cite(first))・\(cite(last))）"
            default: return "（\(cite(first))―\(cite(last))）"
            }
        }
        let word = tradition.level(of: tradition.unitKind)?.englishCitation.word ?? tradition.unitKind.rawValue
        let plural = word.hasSuffix("s") ? word : word + "s"
        let bare =
            tradition.level(of: tradition.unitKind).map { level in
                { (number: DivisionNumber) in level.englishCitation.token(number) }
            } ?? { $0.description }
        switch numbers.count {
        case 1: return " (\(word) \(bare(first)))"
        case 2: return " (\(plural) \(bare(first)) and \(bare(last)))"
        default: return " (\(plural) \(bare(first)) through \(bare(last)))"
        }
    }
}
