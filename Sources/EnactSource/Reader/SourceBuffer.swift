import EnactCore

/// The bytes of a source file with its path, and the conversion of byte offsets to line and column.
struct SourceBuffer {
    let file: String
    let bytes: [UInt8]

    /// The location of a byte offset: 1-based line, and 1-based column counted in Unicode scalars.
    func location(ofOffset offset: Int) -> SourceLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return SourceLocation(file: file, line: line, column: column(from: lineStart, to: end))
    }

    /// The location of an offset on a line whose number and start offset are known (no rescan from the top).
    func location(line: Int, lineStart: Int, offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column(from: lineStart, to: offset))
    }

    /// The text of a byte range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func column(from start: Int, to end: Int) -> Int {
        var column = 1
        var index = start
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }
}
