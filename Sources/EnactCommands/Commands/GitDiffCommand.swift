import ArgumentParser
import EnactCore
import EnactDiff
import EnactFormats
import EnactReports
import Foundation

/// `enact git-diff`: `enact diff` as git's external diff driver, so that `git diff` and `git log -p` show
/// section-level changes of drafts and XML documents.
struct GitDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-diff",
        abstract: "Section-level diff as git's external diff driver (git passes the seven arguments).",
        discussion: """
            git runs a diff driver with PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE; a file added or \
            deleted is /dev/null on its side. Prints a header naming the path, then what 'enact diff' prints: \
            moves, renumbering, splits and merges, then the changed words. A version Enact cannot read (a draft \
            in the middle of an edit) is reported on standard error and the file is shown by git's own line diff. \
            Exit status 0 whenever a diff was shown, as git expects of a driver.

            Set-up (in the repository):
              .gitattributes:  *.enact diff=enact
                               *.akn.xml diff=enact
                               *.jplaw.xml diff=enact
              git config diff.enact.command "enact git-diff"
            git diff uses it; git log -p and git show use it with --ext-diff.

            Example (what git runs):
              enact git-diff Drafts/act.enact /tmp/old.enact 1a2b 100644 Drafts/act.enact 3c4d 100644
            """)

    @Argument(help: "The path of the file in the repository.")
    var path: String
    @Argument(help: "The old version's file (/dev/null when the file is new).")
    var oldFile: String
    @Argument(help: "The old version's object name.")
    var oldHex: String
    @Argument(help: "The old version's mode.")
    var oldMode: String
    @Argument(help: "The new version's file (/dev/null when the file was deleted).")
    var newFile: String
    @Argument(help: "The new version's object name.")
    var newHex: String
    @Argument(help: "The new version's mode.")
    var newMode: String

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        Terminal.standardOutput.write("enact diff a/\(path) b/\(path)\n")
        do throws(DiagnosticError) {
            let (old, new) = try versions()
            let diff = DocumentDiff(old: old, new: new)
            let report = DiffTextReport(color: diagnostics.color.enabled(for: .standardOutput)).text(
                diff, sides: DiffSides(old: "a/\(path)", new: "b/\(path)"))
            Terminal.standardOutput.write(report)
        } catch {
            diagnostics.report(error.diagnostics)
            lineDiff()
        }
    }

    /// The two versions, each read once; a side that is /dev/null (a file added or deleted) is an empty document
    /// of the other's kind.
    private func versions() throws(DiagnosticError) -> (ResolvedDocument, ResolvedDocument) {
        let old = oldFile == "/dev/null" ? nil : try diagnostics.load(oldFile).resolved
        let new = newFile == "/dev/null" ? nil : try diagnostics.load(newFile).resolved
        func empty(like other: ResolvedDocument?) -> ResolvedDocument {
            ResolvedDocument(Document(metadata: other?.document.metadata ?? Metadata(), tableOfContents: .none))
        }
        return (old ?? empty(like: new), new ?? empty(like: old))
    }

    /// git's own line diff of the two versions, for a version Enact cannot read.
    private func lineDiff() {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "diff", "--no-index", "--no-ext-diff", "--", oldFile, newFile]
        try? git.run()
        git.waitUntilExit()
    }
}
