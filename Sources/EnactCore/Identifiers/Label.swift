/// Labels name divisions for cross-references: an ASCII letter or `_`, then ASCII letters, digits, `-`, `_` and
/// `.` (the characters of the identifiers real XML documents give their provisions, such as `art_3.1_p1`).
public enum Label {
    public static func isValid(_ label: some StringProtocol) -> Bool {
        var bytes = label.utf8.makeIterator()
        guard let first = bytes.next(), isLetter(first) || first == UInt8(ascii: "_") else { return false }
        while let byte = bytes.next() {
            guard
                isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            else { return false }
        }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
