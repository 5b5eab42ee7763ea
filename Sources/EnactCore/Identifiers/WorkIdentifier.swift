/// An FRBR-style work identifier such as `/akn/jp/bill/2026/japan-taiwan-relations` or `/us/usc/t22/s3301`.
///
/// A work identifier is an absolute path of non-empty segments made of letters, digits and `-._~@!$&'()*+,;=:`
/// (the URI path characters), as Akoma Ntoso and USLM use them.
public struct WorkIdentifier: Hashable, Sendable, Codable, CustomStringConvertible {
    public let segments: [String]

    /// Parses an identifier; nil when it is not an absolute path of valid segments.
    public init?(_ text: String) {
        guard text.hasPrefix("/"), text.count > 1 else { return nil }
        let parts = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(WorkIdentifier.isAllowed) }) else {
            return nil
        }
        segments = parts
    }

    public var description: String { "/" + segments.joined(separator: "/") }

    /// Whether this is an Akoma Ntoso identifier (`/akn/…`).
    public var isAkomaNtoso: Bool { segments.first == "akn" }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let identifier = WorkIdentifier(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a work identifier: \(text)"))
        }
        self = identifier
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { return true }
        return "-._~@!$&'()*+,;=:".unicodeScalars.contains(scalar)
    }
}
