import ArgumentParser
import EnactLanguageServer

/// `enact lsp`: the language server for editors.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Serve the Language Server Protocol on standard input and output, for editors.",
        discussion: """
            An editor starts 'enact lsp' and talks JSON-RPC 2.0 to it (Content-Length framing). For Enact drafts \
            (.enact) it publishes every 'enact check' finding (parse errors included) on open and on every change, \
            with its range and rule id, and those of 'enact check --parallel' against the other language version \
            when it exists beside the draft (act.ja.enact and act.en.enact); hover on a {ref:#label} shows the \
            citation it prints and its target's heading and first line, on a term its definition; go to \
            definition and find references work for labels and defined terms; the outline lists chapters and \
            articles with their printed numbers; a label is renamed everywhere; labels are completed after {ref:# \
            and terms after {term:; a quick fix points a dangling reference at the nearest label. An amendment (.amend) \
            is read against the draft its 'amends:' names (open, or beside it) and applied, each sentence that \
            cannot be applied a diagnostic with its reason.

            Set-up for VS Code, Neovim and Emacs: docs/editors.md. Unlike the other commands, the server is not \
            stopped by the time limit (ENACT_MAX_SECONDS): it serves for as long as the editor is open.

            Exit status: 0 after shutdown and exit, 1 when the client exits without shutdown or closes the stream, \
            2 on a stream that does not follow the protocol's framing.

            Example (what an editor runs):
              enact lsp
            """)

    func run() throws {
        let status = LanguageServerLoop().run()
        if status != 0 { throw ExitCode(status) }
    }
}
