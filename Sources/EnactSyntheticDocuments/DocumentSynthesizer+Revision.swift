import EnactCore
import EnactDiff

extension DocumentSynthesizer {
    /// The revision a synthesizer seeded with `seed` makes first.
    public static func revision(sections: Int, seed: UInt64) -> SyntheticRevision {
        var synthesizer = DocumentSynthesizer(seed: seed)
        return synthesizer.revision(sections: sections)
    }

    /// An act of `sections` sections and a seeded revision of it, with the changes that were made.
    public mutating func revision(sections: Int) -> SyntheticRevision {
        var random = self.random
        defer { self.random = random }
        let vocabulary = Self.revisionVocabulary
        typealias Signature = SyntheticRevision.Signature
        func sentence() -> String {
            (0..<(24 + random.below(40))).map { _ in vocabulary[random.below(vocabulary.count)] }.joined(separator: " ")
                + "."
        }
        // A section: its identity (to follow it through the edits), number and text.
        struct Section { var id: Int; var number: Int; var text: String }
        let original = (0..<sections).map { Section(id: $0, number: $0 + 1, text: sentence()) }
        var edited = original
        var touched = Set<Int>()
        var nextNumber = sections + 100_000
        var nextID = sections
        var plan: [(DivisionChange.Kind, Int)] = []
        for (kind, rate) in SyntheticRevision.ratesPerThousand {
            for _ in 0..<max(1, sections * rate / 1000) { plan.append((kind, random.below(sections))) }
        }
        // Splits and merges as id groups; the rest as ids.
        var splits: [Int: [Int]] = [:]
        var merges: [[Int]] = []
        var kinds: [Int: DivisionChange.Kind] = [:]
        var edits = 0
        for (kind, start) in plan {
            let span = kind == .renumbered ? 5 : (kind == .merged ? 2 : 1)
            let ids = Array(start..<min(sections, start + span))
            guard ids.count == span,
                ids.allSatisfy({ !touched.contains($0) && !touched.contains($0 - 1) && !touched.contains($0 + 1) })
            else { continue }
            touched.formUnion(ids)
            guard let position = edited.firstIndex(where: { $0.id == ids[0] }) else { continue }
            switch kind {
            case .modified:
                let original = edited[position].text.split(separator: " ").map(String.init)
                var words = original
                for _ in 0..<(1 + random.below(3)) {
                    words[random.below(words.count)] = vocabulary[random.below(vocabulary.count)] + "ed"
                }
                edited[position].text = words.joined(separator: " ")
                edits +=
                    words.indices.filter { words[$0] != original[$0] && ($0 == 0 || words[$0 - 1] == original[$0 - 1]) }
                    .count
                kinds[ids[0]] = .modified
            case .inserted:
                edits += 1
                edited.insert(Section(id: nextID, number: nextNumber, text: sentence()), at: position)
                kinds[nextID] = .inserted
                nextID += 1; nextNumber += 1
            case .deleted:
                edits += 1
                edited.remove(at: position)
                kinds[ids[0]] = .deleted
            case .moved:
                edits += 1
                let section = edited.remove(at: position)
                let target =
                    (position + edited.count / 3 + random.below(max(1, edited.count / 3))) % max(1, edited.count)
                edited.insert(section, at: target)
                kinds[ids[0]] = .moved
            case .renumbered:
                edits += 1
                for id in ids {
                    guard let at = edited.firstIndex(where: { $0.id == id }) else { continue }
                    edited[at].number += 50_000
                    kinds[id] = .renumbered
                }
            case .split:
                edits += 1
                let words = edited[position].text.split(separator: " ")
                let half = words.count / 2
                edited[position].text = words[..<half].joined(separator: " ") + "."
                edited.insert(
                    Section(id: nextID, number: nextNumber, text: words[half...].joined(separator: " ")),
                    at: position + 1)
                splits[ids[0]] = [ids[0], nextID]
                nextID += 1; nextNumber += 1
            case .merged:
                guard let second = edited.firstIndex(where: { $0.id == ids[1] }), second == position + 1 else {
                    continue
                }
                edited[position].text += " " + edited[second].text
                edited.remove(at: second)
                edits += 1
                merges.append(ids)
            }
        }
        let oldPosition = Dictionary(uniqueKeysWithValues: original.enumerated().map { ($1.id, $0) })
        let newPosition = Dictionary(uniqueKeysWithValues: edited.enumerated().map { ($1.id, $0) })
        var truth: [Signature] = []
        for (id, kind) in kinds {
            switch kind {
            case .inserted: truth.append(Signature(kind: kind, old: [], new: [newPosition[id] ?? -1]))
            case .deleted: truth.append(Signature(kind: kind, old: [oldPosition[id] ?? -1], new: []))
            default: truth.append(Signature(kind: kind, old: [oldPosition[id] ?? -1], new: [newPosition[id] ?? -1]))
            }
        }
        for (id, parts) in splits {
            truth.append(
                Signature(kind: .split, old: [oldPosition[id] ?? -1], new: parts.map { newPosition[$0] ?? -1 }))
        }
        for ids in merges {
            truth.append(
                Signature(kind: .merged, old: ids.map { oldPosition[$0] ?? -1 }, new: [newPosition[ids[0]] ?? -1]))
        }
        func document(_ sections: [Section]) -> Document {
            var metadata = Metadata()
            metadata.title = "Synthetic Act"
            metadata.jurisdiction = "US"
            metadata.language = "en"
            metadata.tradition = .us
            return Document(
                metadata: metadata,
                body: sections.map {
                    Division(
                        kind: .section, numbering: .explicit, number: DivisionNumber($0.number),
                        content: [.text($0.text)])
                })
        }
        return SyntheticRevision(old: document(original), new: document(edited), truth: truth, editCount: edits)
    }

    /// The words of the synthetic act's sentences.
    private static let revisionVocabulary = [
        "Minister", "shall", "may", "report", "Congress", "Taiwan", "cooperation", "trade", "security", "agency",
        "person", "entity", "section", "law", "program", "fund", "authority", "President", "office", "relations",
        "people", "territory", "assistance", "defense", "economic", "cultural", "exchange", "institute", "employee",
        "benefit", "property", "treaty", "agreement", "council", "committee", "provide", "ensure", "maintain",
        "promote", "establish", "determine", "consult", "notify", "require", "within", "after", "before", "under",
    ]
}
