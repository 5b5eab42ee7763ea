import EnactCore

/// Turns the references found in a document's text into references of the model (`{ref:#label}`), so that they
/// follow their targets when provisions are renumbered, HTML links them and Akoma Ntoso and USLM write `<ref>`.
///
/// Each citation of a resolved reference becomes a reference to its target (both ends of a range, each its own);
/// a target without a label gets its eId as one. A reference keeps the words it was written with only where Enact
/// would print it otherwise (同条第三項, 前二項): there it is linked but does not follow renumbering. The part named
/// after a citation (ただし書, 各号) stays text. References that resolve to nothing stay text.
public struct ReferenceLinker: Sendable {
    public init() {}

    /// The document with its references linked.
    public func linking(_ document: Document) -> Document {
        let resolved = ResolvedDocument(document)
        let occurrences = ReferenceFinder().occurrences(in: resolved)
        guard !occurrences.isEmpty else { return document }
        // The labels of the targets: their own, or their eId.
        var targets = Set(occurrences.flatMap { [$0.fromEId, $0.throughEId].compactMap { $0 } })
        var labels: [EId: String] = [:]
        // A target without a label gets its eId, made unique against the labels the document has.
        var taken = Set(resolved.targets.keys)
        resolved.document.walkDivisions { division, context in
            guard targets.contains(context.eId) else { return }
            if let label = division.label {
                labels[context.eId] = label
                return
            }
            var label = context.eId.rawValue
            var copy = 1
            while taken.contains(label) {
                copy += 1
                label = context.eId.rawValue + "-\(copy)"
            }
            taken.insert(label)
            labels[context.eId] = label
        }
        for (position, schedule) in resolved.document.schedules.enumerated() {
            let eId = Document.scheduleEId(schedule, index: position)
            if targets.contains(eId) { labels[eId] = schedule.label ?? eId.rawValue }
        }
        targets = Set(labels.keys)
        // The links of each text inline, by division and position.
        var links: [EId: [Int: [(range: Range<Int>, label: String)]]] = [:]
        for occurrence in occurrences {
            var spans: [(Range<Int>, String)] = []
            if let from = occurrence.fromEId, let label = labels[from] {
                spans.append((occurrence.citation, label))
            }
            if let through = occurrence.throughEId, let label = labels[through],
                let range = occurrence.throughCitation
            {
                spans.append((range, label))
            }
            // Offsets of the scanned text are relative to the inline's text, which the scan read whole.
            links[occurrence.division, default: [:]][occurrence.inline, default: []] += spans
        }
        var linked = document.rewritingDivisions(contextsFrom: resolved.document) { division, context in
            if targets.contains(context.eId), division.label == nil { division.label = labels[context.eId] }
            if let spans = links[context.eId] { division.content = Self.link(division.content, spans) }
        }
        for (index, schedule) in linked.schedules.enumerated() where schedule.label == nil {
            let eId = Document.scheduleEId(schedule, index: index)
            if targets.contains(eId) { linked.schedules[index].label = labels[eId] }
        }
        return ResolvedDocument(linked).droppingPrintedReferenceWords(of: linked)
    }

    /// The inlines with each span of a text inline replaced by a reference written with its words.
    private static func link(_ content: [Inline], _ spans: [Int: [(range: Range<Int>, label: String)]]) -> [Inline] {
        var result: [Inline] = []
        for (position, inline) in content.enumerated() {
            guard case .text(let text) = inline, let here = spans[position], !here.isEmpty else {
                result.append(inline)
                continue
            }
            let characters = Array(text)
            var cursor = 0
            for span in here.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
            where span.range.lowerBound >= cursor && span.range.upperBound <= characters.count {
                if span.range.lowerBound > cursor {
                    result.append(.text(String(characters[cursor..<span.range.lowerBound])))
                }
                let words = String(characters[span.range])
                result.append(.reference(CrossReference(target: .label(span.label), text: words)))
                cursor = span.range.upperBound
            }
            if cursor < characters.count { result.append(.text(String(characters[cursor...]))) }
        }
        return result
    }
}
