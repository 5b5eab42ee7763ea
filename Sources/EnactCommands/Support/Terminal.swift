import Foundation

/// Standard output and error, with colour only where a terminal shows it.
struct Terminal: Sendable {
    let handle: FileHandle
    let descriptor: Int32

    static let standardOutput = Terminal(handle: .standardOutput, descriptor: STDOUT_FILENO)
    static let standardError = Terminal(handle: .standardError, descriptor: STDERR_FILENO)

    var isInteractive: Bool { isatty(descriptor) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    func write(_ text: String) {
        handle.write(Data(text.utf8))
    }
}

/// When to colour output.
enum ColorChoice: String, CaseIterable, Sendable {
    case auto
    case always
    case never

    func enabled(for terminal: Terminal) -> Bool {
        switch self {
        case .auto: terminal.isInteractive
        case .always: true
        case .never: false
        }
    }
}
