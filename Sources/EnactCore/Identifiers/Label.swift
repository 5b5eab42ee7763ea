/// Labels name divisions for cross-references: a letter, then letters, digits, `-` and `_`.
public enum Label {
    public static func isValid(_ label: some StringProtocol) -> Bool {
        guard let first = label.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return label.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
        }
    }
}
