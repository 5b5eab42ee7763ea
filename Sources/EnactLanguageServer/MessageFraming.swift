import Foundation

/// The framing of JSON-RPC messages on a byte stream, as the Language Server Protocol specifies it: a header
/// `Content-Length: N` (other headers ignored), an empty line, then N bytes of JSON.
public struct MessageFraming: Sendable {
    /// The bytes received and not yet taken as messages.
    private var buffer = Data()

    /// The largest message accepted: 64 MB.
    public static let maximumLength = 64 << 20

    public init() {}

    /// A message's bytes framed for sending.
    public static func frame(_ body: Data) -> Data {
        Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// Adds received bytes.
    public mutating func append(_ data: Data) {
        buffer.append(data)
    }

    /// The next whole message's body, if one has been received; throws on a header without a valid length.
    public mutating func next() throws(FramingError) -> Data? {
        guard let end = buffer.range(of: Data("\r\n\r\n".utf8)) else {
            if buffer.count > 8192 { throw FramingError("a header longer than 8 KB without its end") }
            return nil
        }
        let header = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "content-length" {
                length = Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        guard let length, length >= 0, length <= Self.maximumLength else {
            throw FramingError("a header without a valid Content-Length: \(header)")
        }
        guard buffer.count - (end.upperBound - buffer.startIndex) >= length else { return nil }
        let body = buffer[end.upperBound..<(end.upperBound + length)]
        buffer = Data(buffer[(end.upperBound + length)...])
        return Data(body)
    }

    /// A stream that does not follow the framing.
    public struct FramingError: Error, Sendable, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}
