import EnactAmend
import EnactCore
import EnactFormats
import EnactJapaneseLaw
import Foundation

/// Real amendments applied: for each case of a kaisei folder (`base.xml`, the law before an amending act;
/// `amendment.txt`, the act's 改め文 as printed; `expected.xml`, e-Gov's revision after it), the 改め文 is read
/// (``EnactedAmendment``), applied to the base and the main provisions compared with the expected revision's.
public enum KaiseiBenchmark {
    /// What one case gave.
    public struct Result: Codable, Sendable {
        public enum Outcome: String, Codable, Sendable {
            /// The consolidated text is e-Gov's.
            case match
            /// Applied, but the result differs from e-Gov's revision.
            case mismatch
            /// Read, but an instruction could not be applied.
            case cannotApply = "cannot-apply"
            /// A sentence or quotation Enact does not read yet.
            case unsupported
        }

        /// What one sentence gave.
        public struct Sentence: Codable, Sendable {
            /// Its line in amendment.txt.
            public var line: Int
            /// Match or mismatch: its case's outcome (the sentences of a case are applied together and the
            /// result compared as a whole); cannot-apply or unsupported: its own finding.
            public var outcome: Outcome
            /// not-found, ambiguous, overlap or unsupported, for a sentence not applied.
            public var reason: AmendmentFinding.Reason?
            public var detail: String?
        }

        public var name: String
        /// How many 改正規定 lines the 改め文 has.
        public var sentences: Int
        public var outcome: Outcome
        /// Why not a match: the first difference or the first finding, with its line.
        public var detail: String?
        /// Every sentence's outcome, in order.
        public var sentenceResults: [Sentence]
    }

    /// The results of every case folder under `folder`, by name.
    public static func run(folder: String) throws(DiagnosticError) -> [Result] {
        let names =
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
                FileManager.default.fileExists(atPath: "\(folder)/\($0)/amendment.txt")
            }.sorted()
        guard !names.isEmpty else {
            throw DiagnosticError([
                Diagnostic(.noSuchFile, "no amendment cases (folders with amendment.txt) in \(folder)", at: nil)
            ])
        }
        return try names.map { name throws(DiagnosticError) in try run(case: name, in: folder) }
    }

    private static func run(case name: String, in folder: String) throws(DiagnosticError) -> Result {
        let path = "\(folder)/\(name)"
        let base = try DocumentLoader().load("\(path)/base.xml").document
        let expected = try DocumentLoader().load("\(path)/expected.xml").document
        let text = (try? String(contentsOfFile: "\(path)/amendment.txt", encoding: .utf8)) ?? ""
        let file = "\(name)/amendment.txt"
        let amendment = try EnactedAmendment.read(text, against: base, file: file, keepingUnread: true)
        let (applied, findings) = AmendmentApplier().applyEverySentence(amendment, to: base)
        var outcome = Result.Outcome.match
        var detail: String?
        if let unread = findings.first(where: { amendment.unread.contains($0.diagnostic) }) {
            (outcome, detail) = (.unsupported, unread.diagnostic.description)
        } else if let finding = findings.first {
            (outcome, detail) = (.cannotApply, finding.diagnostic.description)
        } else if let difference = ComparableDocument(applied).mainProvisions.firstDifference(
            from: ComparableDocument(expected).mainProvisions) ?? contentsDifference(applied, expected)
        {
            // e-Gov's revision also carries the amending act's own 附則, which the 改め文 does not make.
            (outcome, detail) = (.mismatch, difference)
        }
        let sentences = EnactedAmendment.sentenceLines(text).map { line in
            guard let finding = findings.first(where: { $0.diagnostic.location?.line == line }) else {
                let applied: Result.Outcome = outcome == .match ? .match : .mismatch
                return Result.Sentence(line: line, outcome: applied, reason: nil, detail: nil)
            }
            return Result.Sentence(
                line: line,
                outcome: amendment.unread.contains(finding.diagnostic) ? .unsupported : .cannotApply,
                reason: finding.reason, detail: finding.diagnostic.message)
        }
        return Result(
            name: name, sentences: sentences.count, outcome: outcome, detail: detail, sentenceResults: sentences)
    }

    /// How the printed 目次 of the result differs from the expected revision's, when that has one.
    private static func contentsDifference(_ mine: Document, _ theirs: Document) -> String? {
        func lines(_ document: Document) -> [String]? {
            guard case .kept(let kept) = document.tableOfContents else { return nil }
            return PrintedContents(kept)?.lines
        }
        guard let expected = lines(theirs) else { return nil }
        let found = lines(mine) ?? []
        guard let index = zip(found, expected).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
        else {
            return found.count == expected.count
                ? nil : "目次: \(found.count) entries where \(expected.count) expected"
        }
        return "目次: '\(found[index])' where '\(expected[index])' expected"
    }
}
