import ArgumentParser
import EnactCore

/// Options shared by commands that print diagnostics.
struct DiagnosticOptions: ParsableArguments {
    @Option(name: .customLong("color"), help: "When to colour diagnostics: auto (on a terminal), always or never.")
    var color: ColorChoice = .auto

    var printer: DiagnosticPrinter { DiagnosticPrinter(color: color.enabled(for: .standardError)) }

    /// Prints the diagnostics of a failure on standard error.
    func report(_ diagnostics: [Diagnostic]) {
        Terminal.standardError.write(printer.text(diagnostics))
    }
}

extension ColorChoice: ExpressibleByArgument {}
