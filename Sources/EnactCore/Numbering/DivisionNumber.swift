/// The number of a division as a value: a main number and any branch numbers.
///
/// 第十二条の二 is `[12, 2]`, Article 12-2 is `[12, 2]`, section 3A is `[3, 1]`; 第十条の二の二 is
/// `[10, 2, 2]`. Numbers order by component (`12 < 12-2 < 12-3 < 13`). How a number is written depends on
/// the document's tradition and language: see ``NumberFormat``.
public struct DivisionNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The main number followed by branch numbers; every component is at least 1.
    public let components: [Int]

    /// Creates a number; nil when there is no component or one is below 1.
    public init?(_ components: [Int]) {
        guard !components.isEmpty, components.allSatisfy({ $0 >= 1 }) else { return nil }
        self.components = components
    }

    /// A number with no branch.
    public init(_ main: Int) {
        components = [max(1, main)]
    }

    public var main: Int { components[0] }
    public var branches: ArraySlice<Int> { components.dropFirst() }
    public var hasBranches: Bool { components.count > 1 }

    /// The number that follows this one for an automatically numbered sibling: branches are dropped.
    public var successor: DivisionNumber { DivisionNumber(main + 1) }

    /// The plain form `12-2`, used in identifiers.
    public var description: String { components.map(String.init).joined(separator: "-") }

    public static func < (lhs: DivisionNumber, rhs: DivisionNumber) -> Bool {
        lhs.components.lexicographicallyPrecedes(rhs.components)
    }
}

extension DivisionNumber: Codable {
    public init(from decoder: any Decoder) throws {
        let components = try decoder.singleValueContainer().decode([Int].self)
        guard let number = DivisionNumber(components) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "invalid division number \(components)"))
        }
        self = number
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(components)
    }
}
