import Foundation

/// Runs the ``LanguageServer`` on standard input and output: framed JSON-RPC messages in, replies and
/// notifications out, until the client says `exit` or closes the stream.
public struct LanguageServerLoop {
    public init() {}

    /// Serves until `exit` (returning its status) or the end of input (status 1, as after an exit without
    /// shutdown).
    public func run(input: FileHandle = .standardInput, output: FileHandle = .standardOutput) -> Int32 {
        var server = LanguageServer()
        var framing = MessageFraming()
        while true {
            do {
                while let body = try framing.next() {
                    let replies: [JSONValue]
                    do {
                        replies = server.handle(try JSONValue.parse(body))
                    } catch {
                        replies = [LanguageServer.error(.null, code: -32700, "the message is not JSON: \(error)")]
                    }
                    for reply in replies { output.write(MessageFraming.frame(reply.data)) }
                    if let status = server.exitStatus { return status }
                }
            } catch {
                FileHandle.standardError.write(Data("enact lsp: \(error)\n".utf8))
                return 2
            }
            let data = input.availableData
            if data.isEmpty { return 1 }
            framing.append(data)
        }
    }
}
