import EnactCore
import Foundation

/// The section-by-section concordance of a bill with a reference instrument (a model statute, a foreign act):
/// for each provision of the reference, the bill's provisions that correspond to it, declared in the bill's
/// source (`@corresponds-to`) or found automatically, and what has no counterpart on either side.
public struct Concordance: Sendable {
    /// A provision of the bill that corresponds to a reference provision.
    public struct Match: Sendable, Codable, Hashable {
        public var bill: AlignedDivision
        /// Declared in the bill's source, or found by text similarity.
        public var isDeclared: Bool
        /// For automatic matches, the cosine similarity of the two texts' weighted words; 1 for declared ones.
        public var score: Double
        /// The declared targets inside the reference provision (`/us/usc/t22/s3308/d`).
        public var targets: [String]
    }

    /// One provision of the reference and its counterparts in the bill.
    public struct Entry: Sendable, Codable, Hashable {
        public var reference: AlignedDivision
        /// The reference provision's identifier (`/us/usc/t22/s3301`).
        public var identifier: String
        public var matches: [Match]
        /// The subdivisions of a provision whose counterparts are declared for some of its subdivisions only
        /// (`/us/usc/t22/s3302/c`) that no counterpart covers (§ 3302(a) and (b)).
        public var uncovered: [Part] = []

        /// Whether the provision, or a part of it, has no counterpart.
        public var lacksCounterpart: Bool { matches.isEmpty || !uncovered.isEmpty }
    }

    /// A subdivision of a reference provision.
    public struct Part: Sendable, Codable, Hashable {
        /// `/us/usc/t22/s3302/a`.
        public var identifier: String
        /// As printed: `(a)`.
        public var designation: String
        public var heading: String?
    }

    /// The lowest similarity at which an automatic match is shown unless asked otherwise: below it, shared
    /// vocabulary (the parties' names, "the State", "measures") outweighs shared subject matter.
    public static let defaultMinimumScore = 0.2
    /// The lowest similarity the matcher considers at all.
    public static let automaticThreshold = 0.08
    /// A provision also matches every other reference provision scoring at least this share of its best match.
    public static let runnerUpShare = 0.6

    public let entries: [Entry]
    /// The lowest similarity of the automatic matches shown.
    public let minimumScore: Double
    /// Provisions of the bill that correspond to nothing in the reference.
    public let unmatchedBill: [AlignedDivision]
    /// Declared correspondences that name no provision of the reference.
    public let danglingDeclarations: [DanglingDeclaration]

    /// - Parameters:
    ///   - declared: whether to use the bill's declared correspondences (off to measure the automatic matching
    ///     against them).
    ///   - codification: where the reference's sections were codified, so that correspondences declared to the
    ///     codified sections count for the act as enacted.
    ///   - minimumScore: the lowest similarity of an automatic match kept (at least ``automaticThreshold``).
    public init(
        bill: ResolvedDocument, reference: ResolvedDocument, declared: Bool = true, codification: Codification? = nil,
        minimumScore: Double = Concordance.defaultMinimumScore
    ) {
        self.minimumScore = max(Self.automaticThreshold, minimumScore)
        // Provisions only: a preamble states reasons and corresponds to nothing section by section.
        // The supplementary provisions count as one provision each: an act's effective-date section corresponds to one.
        let billParts = AlignedDivision.units(of: bill, normalizingWhitespace: true)
        let billUnits =
            (billParts.body
            + billParts.supplementary.map { unit in
                var unit = unit
                unit.order += billParts.body.count
                return unit
            }).filter { $0.eId != AlignedDivision.preambleID }
        let referenceUnits = AlignedDivision.units(of: reference, normalizingWhitespace: true).body.filter {
            $0.eId != AlignedDivision.preambleID
        }
        let work = reference.document.metadata.work?.description ?? ""
        let identifiers = referenceUnits.map { Self.identifier(of: $0, work: work) }
        var matches = [[Match]](repeating: [], count: referenceUnits.count)
        var matchedBill = Set<Int>()
        if declared {
            for (billIndex, unit) in billUnits.enumerated() {
                for (referenceIndex, identifier) in identifiers.enumerated() {
                    let targets = unit.correspondsTo.filter { declared in
                        let target = codification?.enacted(declared) ?? declared
                        return target == identifier || target.hasPrefix(identifier + "/")
                    }
                    guard !targets.isEmpty else { continue }
                    matches[referenceIndex].append(Match(bill: unit, isDeclared: true, score: 1, targets: targets))
                    matchedBill.insert(billIndex)
                }
            }
        }
        if bill.document.isJapanese == reference.document.isJapanese {
            // Main provisions only: a group of supplementary provisions mixes effective dates, transitional
            // measures and reviews, and has no single counterpart to find by its words.
            let provisions = billUnits.prefix(billParts.body.count { $0.eId != AlignedDivision.preambleID })
            let vectors = WeightedWords(
                provisions.map { [$0.heading ?? "", $0.text] } + referenceUnits.map { [$0.heading ?? "", $0.text] })
            for (billIndex, unit) in provisions.enumerated() where !matchedBill.contains(billIndex) {
                let scored = referenceUnits.indices.map { ($0, vectors.cosine(billIndex, provisions.count + $0)) }
                guard let best = scored.map(\.1).max(), best >= max(Self.automaticThreshold, minimumScore) else {
                    continue
                }
                for (referenceIndex, score) in scored
                where score >= max(Self.automaticThreshold, minimumScore, best * Self.runnerUpShare) {
                    matches[referenceIndex].append(Match(bill: unit, isDeclared: false, score: score, targets: []))
                }
                matchedBill.insert(billIndex)
            }
        }
        let parts = Self.parts(of: reference, work: work)
        entries = referenceUnits.indices.map { index in
            var entry = Entry(
                reference: referenceUnits[index], identifier: identifiers[index],
                matches: matches[index].sorted { $0.bill.order < $1.bill.order })
            let targets = entry.matches.flatMap(\.targets).map { codification?.enacted($0) ?? $0 }
            // A provision declared in part only: the parts no declaration reaches have no counterpart.
            if !targets.isEmpty, !targets.contains(entry.identifier) {
                entry.uncovered = (parts[entry.reference.eId] ?? []).map { part in
                    var part = part
                    part.identifier = entry.identifier + part.identifier
                    return part
                }.filter { part in
                    !targets.contains { $0 == part.identifier || $0.hasPrefix(part.identifier + "/") }
                }
            }
            return entry
        }
        unmatchedBill = billUnits.indices.filter { !matchedBill.contains($0) }.map { billUnits[$0] }
        danglingDeclarations = declared ? DanglingDeclaration.find(bill: bill, reference: reference, work: work) : []
    }

    private init(
        entries: [Entry], minimumScore: Double, unmatchedBill: [AlignedDivision],
        danglingDeclarations: [DanglingDeclaration]
    ) {
        self.entries = entries
        self.minimumScore = minimumScore
        self.unmatchedBill = unmatchedBill
        self.danglingDeclarations = danglingDeclarations
    }

    /// The concordance without its automatic matches.
    public func keepingDeclared() -> Concordance {
        let entries = entries.map { entry in
            var entry = entry
            entry.matches = entry.matches.filter(\.isDeclared)
            return entry
        }
        let declared = Set(entries.flatMap { $0.matches.map(\.bill.order) })
        let automatic = self.entries.flatMap { $0.matches.filter { !$0.isDeclared }.map(\.bill) }
        let unmatched = (unmatchedBill + automatic.filter { !declared.contains($0.order) })
        var seen = Set<Int>()
        return Concordance(
            entries: entries, minimumScore: minimumScore,
            unmatchedBill: unmatched.sorted { $0.order < $1.order }.filter { seen.insert($0.order).inserted },
            danglingDeclarations: danglingDeclarations)
    }

    /// The first-level subdivisions of each unit of a document, by the unit's eId, with identifiers relative to
    /// the unit's (`/a` for subsection (a)).
    static func parts(of resolved: ResolvedDocument, work: String) -> [String: [Part]] {
        let designations = Designations(resolved)
        let unitKind = resolved.tradition.unitKind
        var parts: [String: [Part]] = [:]
        resolved.document.walkDivisions { division, context in
            guard context.part == .body, context.parentKind == unitKind,
                let separator = context.eId.rawValue.range(of: "__", options: .backwards),
                let printed = designations.designation(of: division, context: context)
            else { return }
            let bare = printed.filter { $0.isLetter || $0.isNumber }
            guard !bare.isEmpty else { return }
            let unit = String(context.eId.rawValue[..<separator.lowerBound])
            parts[unit, default: []].append(
                Part(identifier: "/" + bare.lowercased(), designation: printed, heading: division.heading))
        }
        return parts
    }

    /// `/us/usc/t22/s3310a` for section 3310a of the work `/us/usc/t22`.
    static func identifier(of unit: AlignedDivision, work: String) -> String {
        identifier(numberComponents: unit.numberComponents, eId: unit.eId, work: work)
    }

    /// The identifier of the unit numbered `numberComponents` (`[3310, 1]`), or named by its `eId` when unnumbered.
    static func identifier(numberComponents: [Int], eId: String, work: String) -> String {
        guard let main = numberComponents.first else { return "\(work)/\(eId)" }
        let letters = numberComponents.dropFirst().map { branch in
            String(UnicodeScalar(UInt8(96 + min(max(branch, 1), 26))))
        }
        return "\(work)/s\(main)" + letters.joined()
    }
}

/// TF-IDF vectors of the words of several texts (lower-cased Latin words, or single ideographs), for cosine
/// similarity between any two of them.
struct WeightedWords {
    private let vectors: [[String: Double]]

    init(_ documents: [[String]]) {
        let counts = documents.map { parts -> [String: Double] in
            var counts: [String: Double] = [:]
            for part in parts {
                for token in Tokenizer.tokens(part.lowercased())
                where token.count > 2 || token.unicodeScalars.first.map({ $0.value >= 0x3000 }) == true {
                    guard let first = token.first, first.isLetter else { continue }
                    counts[Self.stem(token), default: 0] += 1
                }
            }
            return counts
        }
        var documentFrequency: [String: Double] = [:]
        for count in counts { for word in count.keys { documentFrequency[word, default: 0] += 1 } }
        let total = Double(documents.count)
        vectors = counts.map { count in
            var vector: [String: Double] = [:]
            for (word, frequency) in count {
                vector[word] = (1 + log(frequency)) * log(total / (documentFrequency[word] ?? 1))
            }
            let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? vector.mapValues { $0 / norm } : vector
        }
    }

    /// A crude English stem: common inflectional and derivational endings removed (`reports`, `reporting`,
    /// `reported` → `report`); Japanese characters unchanged.
    static func stem(_ token: Substring) -> String {
        var word = String(token)
        for suffix in ["ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "s", "al", "e"]
        where word.count > suffix.count + 3 && word.hasSuffix(suffix) {
            word.removeLast(suffix.count)
            break
        }
        return word
    }

    func cosine(_ a: Int, _ b: Int) -> Double {
        let (small, large) = vectors[a].count < vectors[b].count ? (vectors[a], vectors[b]) : (vectors[b], vectors[a])
        return small.reduce(0) { $0 + $1.value * (large[$1.key] ?? 0) }
    }
}
