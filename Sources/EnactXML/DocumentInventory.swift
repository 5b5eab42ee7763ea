import Foundation

/// What an XML document holds, as a round trip through Enact must keep it: its structural units counted by
/// element name, the designations it prints (`§ 1.`, `第一条`, `(a)`) in order, and its text. Each format module says
/// which of its elements are units and designations and which part of the document is text
/// (``Vocabulary``); this type only counts.
public struct DocumentInventory: Sendable, Equatable {
    /// How many elements of each structural kind (`section`, `Article`, `point` …).
    public var units: [String: Int]
    /// The designations as written, in document order, whitespace removed.
    public var designations: [String]
    /// The text, Unicode NFKC with every whitespace character removed, in document order.
    public var text: String

    /// A format's elements, as an inventory reads them.
    public struct Vocabulary: Sendable {
        /// The elements that are structural units.
        public var units: Set<String>
        /// The elements whose text is a designation as written.
        public var designations: Set<String>
        /// The elements whose text is not the document's (metadata Enact writes from its own model, such as
        /// `meta`); nothing inside them is counted.
        public var excluded: Set<String>
        public init(units: Set<String>, designations: Set<String>, excluded: Set<String>) {
            self.units = units
            self.designations = designations
            self.excluded = excluded
        }
    }

    public init(units: [String: Int] = [:], designations: [String] = [], text: String = "") {
        self.units = units
        self.designations = designations
        self.text = text
    }

    /// The inventory of the document under `root`, read with a format's vocabulary.
    public init(_ root: XMLElement, vocabulary: Vocabulary) {
        var units: [String: Int] = [:]
        var designations: [String] = []
        var text = ""
        func visit(_ element: XMLElement) {
            let name = element.name
            guard !vocabulary.excluded.contains(name) else { return }
            if vocabulary.units.contains(name) { units[name, default: 0] += 1 }
            if vocabulary.designations.contains(name) {
                let designation = Self.normalised(element.text)
                if !designation.isEmpty { designations.append(designation) }
            }
            for child in element.children {
                switch child {
                case .text(let run): text += run
                case .element(let inner): visit(inner)
                }
            }
        }
        visit(root)
        self.init(units: units, designations: designations, text: Self.normalised(text))
    }

    /// Text as the inventory compares it: NFKC, without whitespace.
    public static func normalised(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars
        where !scalar.properties.isWhitespace {
            result.append(scalar)
        }
        return String(result)
    }
}
