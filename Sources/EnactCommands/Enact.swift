import ArgumentParser
import EnactFormats
import Foundation

/// The `enact` command: parses arguments, runs a subcommand and exits like diff(1): 0 clean or same,
/// 1 findings or differences, 2 trouble (unusable input, usage error).
public struct Enact: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "enact",
        abstract:
            "A legislative drafting toolkit: check, format, generate, render, import, validate, diff, compare and amend bills.",
        discussion: """
            Exit status: 0 clean, 1 findings, 2 trouble (unreadable input or a usage error).

            Limits on input, each overridable by an environment variable (docs/limits.md): ENACT_MAX_INPUT_BYTES \
            (256 MiB), ENACT_MAX_DEPTH (256), ENACT_MAX_DIVISIONS (1,000,000), ENACT_MAX_SECONDS (600).

            Examples:
              enact check Drafts/japan-taiwan-relations-act.ja.enact
              enact render Drafts/japan-taiwan-relations-act.en.enact --to html -o out/act.html
              enact new relations-act --params Templates/relations-act/examples/japan-taiwan.en.yaml --dry-run
              enact amend Drafts/japan-taiwan-relations-act.ja.enact Drafts/japan-taiwan-relations-act.revised.ja.enact --style jp
            """,
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, FormatCommand.self, RenderCommand.self, ValidateCommand.self, ImportCommand.self,
            DumpCommand.self,
            NewCommand.self, TemplatesCommand.self, DiffCommand.self, CompareCommand.self, AmendCommand.self,
            ApplyCommand.self,
            RenderAmendmentCommand.self, VerifyAmendmentsCommand.self,
            BenchCommand.self, ExplainCommand.self, RoundTripCommand.self, RefsCommand.self, GitDiffCommand.self,
            LSPCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line and exits with the conventional status.
    public static func runAndExit(_ arguments: [String]? = nil) -> Never {
        // A write past the file size limit (ulimit -f) fails with an error Enact reports, instead of killing it.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot(arguments)
            // Every command but the language server, which serves an editor for as long as it is open, is held to
            // the time limit.
            if !(command is LSPCommand) { InputLimits.current.startWatchdog() }
            try command.run()
            Foundation.exit(0)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            let message = fullMessage(for: error)
            if status == .success {
                print(message)
                Foundation.exit(0)
            }
            if !message.isEmpty { Terminal.standardError.write(message + "\n") }
            Foundation.exit(ExitStatus.trouble.rawValue)
        }
    }
}

/// The exit statuses of every command.
enum ExitStatus: Int32 {
    case clean = 0
    case findings = 1
    case trouble = 2

    var code: ExitCode { ExitCode(rawValue) }
}
