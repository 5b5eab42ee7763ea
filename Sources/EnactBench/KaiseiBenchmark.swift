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

        public var name: String
        /// How many 改正規定 lines the 改め文 has.
        public var sentences: Int
        public var outcome: Outcome
        /// Why not a match: the first difference or the error, with its line.
        public var detail: String?
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
        var results: [Result] = []
        for name in names {
            let path = "\(folder)/\(name)"
            let base = try DocumentLoader().load("\(path)/base.xml").document
            let expected = try DocumentLoader().load("\(path)/expected.xml").document
            let text = (try? String(contentsOfFile: "\(path)/amendment.txt", encoding: .utf8)) ?? ""
            var result = Result(
                name: name, sentences: EnactedAmendment.sentenceCount(text), outcome: .match, detail: nil)
            do throws(DiagnosticError) {
                let amendment = try EnactedAmendment.read(text, against: base, file: "\(name)/amendment.txt")
                do throws(DiagnosticError) {
                    let applied = try AmendmentApplier().apply(amendment, to: base)
                    // The main provisions: e-Gov's revision also carries the amending act's own 附則.
                    let mine = ComparableDocument(applied).mainProvisions
                    let theirs = ComparableDocument(expected).mainProvisions
                    if let difference = mine.firstDifference(from: theirs)
                        ?? contentsDifference(applied, expected)
                    {
                        result.outcome = .mismatch
                        result.detail = difference
                    }
                } catch {
                    result.outcome = .cannotApply
                    result.detail = error.diagnostics.first?.description
                }
            } catch {
                result.outcome = .unsupported
                result.detail = error.diagnostics.first?.description
            }
            results.append(result)
        }
        return results
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
