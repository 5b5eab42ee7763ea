import EnactCore
import EnactDiff

/// A reference written as words that names another provision in the new version of a document than it named in
/// the old one: the knock-on amendment (ハネ改正) an amendment forgot.
public struct StaleReference: Hashable, Sendable {
    /// The citation, in the new version, of the provision the reference stands in.
    public var at: String
    /// The reference as written (the same words in both versions).
    public var text: String
    /// What it names in the new version; nil when it names nothing there.
    public var names: String?
    /// What it named in the old version, cited as that provision is numbered in the new one; nil when that
    /// provision is gone.
    public var named: String?
    public var location: SourceLocation?

    /// The diagnostic `enact diff` reports.
    public var diagnostic: Diagnostic {
        let now = names.map { "now names \($0)" } ?? "now names nothing"
        let then = named.map { "in the old version it named what is now \($0)" } ?? "what it named is gone"
        return Diagnostic(.staleReference, "\(at): 「\(text)」 \(now); \(then)", at: location)
    }

    /// The diagnostic `enact check` reports for a reference whose words and link disagree.
    public var linkDiagnostic: Diagnostic {
        let now = names.map { "names \($0)" } ?? "names nothing"
        return Diagnostic(
            .staleReference, "\(at): 「\(text)」 \(now) but refers to what is now \(named ?? "gone")", at: location)
    }
}

/// Finds the stale references between two Japanese versions: each reference in the main provisions of the new version whose
/// words are the same as in the old one (in a provision the diff aligns with its old self) but whose target, followed
/// from the old version through the diff, is not what the words name now.
public enum StaleReferences {
    public static func find(old: ResolvedDocument, new: ResolvedDocument, diff: DocumentDiff) -> [StaleReference] {
        // Japanese documents: English ones are amended by instructions that name provisions, not by their words.
        guard old.document.isJapanese, new.document.isJapanese else { return [] }
        // The units of the old version and what they became.
        var becomes: [String: String] = [:]
        var was: [String: String] = [:]
        for change in diff.changes where change.old.count == 1 && change.new.count == 1 {
            becomes[change.old[0].eId] = change.new[0].eId
            was[change.new[0].eId] = change.old[0].eId
        }
        let finder = ReferenceFinder()
        let oldOccurrences = finder.occurrences(in: old)
        let citations = ProvisionIndex(new).citations(of: new)
        // The old references by (unit, place below it, words), in order.
        var oldByPlace: [String: [Occurrence]] = [:]
        // The main provisions only: the diff aligns them article by article, but each group of supplementary
        // provisions whole, so a reference there cannot be followed article by article.
        for occurrence in oldOccurrences where occurrence.part == .body {
            guard let unit = unit(of: occurrence.division.rawValue, among: becomes.keys) else { continue }
            oldByPlace[place(occurrence, unit: unit), default: []].append(occurrence)
        }
        var seen: [String: Int] = [:]
        var stale: [StaleReference] = []
        for occurrence in finder.occurrences(in: new) where occurrence.part == .body {
            guard let unit = unit(of: occurrence.division.rawValue, among: was.keys), let oldUnit = was[unit] else {
                continue
            }
            let key = place(occurrence, unit: unit, as: oldUnit)
            let ordinal = seen[key, default: 0]
            seen[key] = ordinal + 1
            // Only where the words around it did not change either: a reworded provision was amended on purpose.
            guard let before = oldByPlace[key], before.indices.contains(ordinal),
                before[ordinal].words == occurrence.words,
                let oldTarget = before[ordinal].fromEId?.rawValue
            else { continue }
            // What the old target became, as an eId of the new version (a chapter or a schedule keeps its own).
            let expected: String? =
                if let oldTargetUnit = Self.unit(of: oldTarget, among: becomes.keys) {
                    becomes[oldTargetUnit].map { $0 + oldTarget.dropFirst(oldTargetUnit.count) }
                } else {
                    oldTarget
                }
            let actual = occurrence.fromEId?.rawValue
            guard expected != actual, !(expected == nil && actual == nil) else { continue }
            stale.append(
                StaleReference(
                    at: occurrence.reference.at, text: occurrence.reference.text, names: occurrence.reference.target,
                    named: expected.flatMap { citations[$0] }, location: occurrence.reference.location))
        }
        return stale
    }

    /// The unit among `units` that `eId` is or stands in (the longest that is a prefix at a step boundary).
    private static func unit(of eId: String, among units: Dictionary<String, String>.Keys) -> String? {
        var candidate = eId
        while true {
            if units.contains(candidate) { return candidate }
            guard let range = candidate.range(of: "__", options: .backwards) else { return nil }
            candidate = String(candidate[..<range.lowerBound])
        }
    }

    /// Where a reference stands below its unit and what it says, with the unit named as in the old version.
    private static func place(_ occurrence: Occurrence, unit: String, as oldUnit: String? = nil) -> String {
        (oldUnit ?? unit) + occurrence.division.rawValue.dropFirst(unit.count) + "|" + occurrence.reference.text
    }
}

extension StaleReferences {
    /// Whether a citation's words name their target by themselves: an article or grouping numbered absolutely, or a
    /// relative word (前条, 次項, 前号). A paragraph or item written alone (第二項) may have taken its article from the
    /// element before it in a list (第十条第一項又は第二項), which its own words do not say.
    private static func saysItsWholeTarget(_ cited: CitedProvision) -> Bool {
        switch cited.anchor {
        case .absolute: true
        case .article(let offset), .paragraph(let offset), .item(let offset): offset != 0
        case .group: true
        case .sameAsLast, .external: false
        }
    }

    /// The references of one version whose words name another provision than the one they link to: in a law
    /// consolidated by `enact apply` (the words are what the amending act left; the link followed the provision), the
    /// knock-on amendment the act forgot. Japanese citations; a relative 同条 or 同項, which names what was cited
    /// before it, is not followed.
    public static func find(in resolved: ResolvedDocument) -> [StaleReference] {
        guard resolved.document.isJapanese else { return [] }
        let index = ProvisionIndex(resolved)
        let citations = index.citations(of: resolved)
        let scanner = JapaneseCitationScanner()
        var stale: [StaleReference] = []
        resolved.document.walkDivisions { division, context in
            let origin = Origin(division, context, index: index)
            for inline in division.content {
                guard case .reference(let reference) = inline, case .label(let label) = reference.target,
                    let words = reference.text, !words.hasPrefix("同"), let target = resolved.targets[label],
                    let scanned = scanner.scan(words).first, scanned.range == 0..<words.count,
                    Self.saysItsWholeTarget(scanned.from),
                    // 第三条 in 附則第二条及び第三条 took 附則 from the element before it.
                    words.hasPrefix("附則") == target.eId.rawValue.hasPrefix("suppl")
                else { continue }
                var resolver = Resolver(index: index, origin: origin)
                let (found, from, _) = resolver.resolve(scanned)
                guard found.external == nil, from?.eId != target.eId else { continue }
                stale.append(
                    StaleReference(
                        at: origin.citation, text: words, names: found.target,
                        named: citations[target.eId.rawValue] ?? target.citation, location: division.location))
            }
        }
        return stale
    }
}
