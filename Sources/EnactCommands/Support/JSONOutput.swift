import Foundation

/// Writes a value as the JSON the commands print: pretty, keys sorted, slashes as they are (`/us/usc/t22`).
enum JSONOutput {
    static func write(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Terminal.standardOutput.write(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
    }
}
