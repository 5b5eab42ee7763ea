import EnactLanguageServer
import EnactTestSupport
import Foundation

/// An editor's side of `enact lsp`: starts the process, sends framed requests and notifications, and reads what
/// the server sends back.
final class LanguageServerClient {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var framing = MessageFraming()
    private var nextID = 1
    /// The notifications received, in order.
    private(set) var notifications: [JSONValue] = []

    init(environment: [String: String] = [:]) throws {
        process.executableURL = EnactProcess.executable
        process.arguments = ["lsp"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Sends a request and waits for its response.
    func request(_ method: String, _ parameters: JSONValue) throws -> JSONValue {
        let id = nextID
        nextID += 1
        send(["jsonrpc": "2.0", "id": .integer(id), "method": .string(method), "params": parameters])
        while true {
            let message = try receive()
            if message["id"]?.int == id { return message }
            notifications.append(message)
        }
    }

    func notify(_ method: String, _ parameters: JSONValue) {
        send(["jsonrpc": "2.0", "method": .string(method), "params": parameters])
    }

    /// The next diagnostics published for `uri` (waiting for them when none is pending).
    func diagnostics(for uri: String) throws -> [JSONValue] {
        while true {
            if let index = notifications.firstIndex(where: {
                $0["method"]?.string == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.string == uri
            }) {
                return notifications.remove(at: index)["params"]?["diagnostics"]?.array ?? []
            }
            notifications.append(try receive())
        }
    }

    /// Waits for the process to end and gives its status.
    func exitStatus() -> Int32 {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }

    private func send(_ message: JSONValue) {
        input.fileHandleForWriting.write(MessageFraming.frame(message.data))
    }

    private func receive() throws -> JSONValue {
        while true {
            if let body = try framing.next() { return try JSONValue.parse(body) }
            let data = output.fileHandleForReading.availableData
            guard !data.isEmpty else { throw ClientError.closed }
            framing.append(data)
        }
    }

    enum ClientError: Error { case closed }
}
