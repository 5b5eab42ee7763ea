import EnactAmend
import EnactCore
import EnactSource
import Foundation
import Yams

/// The findings of an amendment (`.amend`) as the editor holds it: its sentences read against the draft it amends
/// and applied one after another, each that cannot be read or applied a finding at its line with its reason
/// (`not-found`, `ambiguous`, `overlap`, `unsupported`), as `enact apply` reports them.
///
/// The amended draft is the one whose title the amendment's `amends:` names, among the drafts open in the editor
/// and the `.enact` files in the amendment's folder.
enum AmendmentAnalysis {
    static func findings(file: String, text: String, openDrafts: [(file: String, text: String)]) -> [Diagnostic] {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let title = frontMatterValue("amends", in: text) else {
            return [Diagnostic(.amendmentFrontMatter, "the front matter does not say what it 'amends:'", at: start)]
        }
        guard let (baseFile, base) = amended(title, beside: file, among: openDrafts) else {
            return [
                Diagnostic(
                    .amendmentFrontMatter,
                    "no draft titled '\(title)' is open or beside this amendment, so its sentences cannot be checked",
                    at: start)
            ]
        }
        do {
            let amendment = try AmendmentFile(for: base).read(text, file: file, keepingUnread: true)
            let (_, findings) = AmendmentApplier().applyEverySentence(amendment, to: base)
            return amendment.unread
                + findings.map { finding in
                    Diagnostic(
                        finding.diagnostic.id,
                        "\(finding.reason.rawValue): \(finding.diagnostic.message) (in \(baseFile))",
                        at: finding.diagnostic.location)
                }
        } catch {
            return error.diagnostics
        }
    }

    /// The draft titled `title`: an open one, or a `.enact` file in the amendment's folder.
    private static func amended(_ title: String, beside file: String, among open: [(file: String, text: String)])
        -> (String, Document)?
    {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let onDisk = names.filter { $0.hasSuffix(".enact") }.sorted().compactMap { name -> (String, String)? in
            let path = folder.appendingPathComponent(name).path
            guard !open.contains(where: { $0.file == path }) else { return nil }
            return (try? String(contentsOfFile: path, encoding: .utf8)).map { (path, $0) }
        }
        for (path, text) in open + onDisk where frontMatterValue("title", in: text) == title {
            if let document = try? SourceReader().parse(text, file: path).document { return (path, document) }
        }
        return nil
    }

    /// The text value of a front matter key (`amends:`, `title:`), read with the YAML parser the readers use;
    /// nil when the text has no front matter or the key no text value.
    static func frontMatterValue(_ key: String, in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let closing = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }),
            let mapping = try? Yams.load(yaml: lines[1..<closing].joined(separator: "\n")) as? [String: Any]
        else { return nil }
        return mapping[key] as? String
    }
}
