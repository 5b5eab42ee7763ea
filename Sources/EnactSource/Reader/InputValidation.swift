import EnactCore

/// Checks that a file is text Enact can read: UTF-8 without a byte-order mark, with LF line ends.
///
/// With `repairing`, a byte-order mark and CRLF line ends are removed instead of reported (as `enact fmt`
/// does); invalid UTF-8 and NUL bytes are always errors.
enum InputValidation {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func validate(_ buffer: SourceBuffer, repairing: Bool) -> Result<SourceBuffer, DiagnosticError> {
        var bytes = buffer.bytes
        if bytes.starts(with: byteOrderMark) {
            guard repairing else {
                return .failure(
                    DiagnosticError(
                        Diagnostic(
                            .byteOrderMark, "file starts with a UTF-8 byte-order mark; remove it (enact fmt does)",
                            at: SourceLocation(file: buffer.file, line: 1, column: 1))))
            }
            bytes.removeFirst(byteOrderMark.count)
        }
        let repaired = SourceBuffer(file: buffer.file, bytes: bytes)
        let scan = scan(bytes)
        if let offset = scan.invalidUTF8 {
            return .failure(
                DiagnosticError(
                    Diagnostic(
                        .invalidUtf8, "invalid UTF-8 byte 0x\(String(bytes[offset], radix: 16, uppercase: true))",
                        at: repaired.location(ofOffset: offset))))
        }
        if let offset = scan.nul {
            return .failure(
                DiagnosticError(Diagnostic(.nulByte, "NUL byte in text", at: repaired.location(ofOffset: offset))))
        }
        guard let carriageReturn = scan.carriageReturn else { return .success(repaired) }
        guard repairing else {
            return .failure(
                DiagnosticError(
                    Diagnostic(
                        .crlfLineEnd,
                        "carriage return in line end; Enact sources use LF line ends (enact fmt converts them)",
                        at: repaired.location(ofOffset: carriageReturn))))
        }
        var withoutCR: [UInt8] = []
        withoutCR.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated()
        where !(byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")) {
            withoutCR.append(byte)
        }
        if let lone = withoutCR.firstIndex(of: UInt8(ascii: "\r")) {
            let fixed = SourceBuffer(file: buffer.file, bytes: withoutCR)
            return .failure(
                DiagnosticError(
                    Diagnostic(
                        .crlfLineEnd, "lone carriage return; Enact sources use LF line ends",
                        at: fixed.location(ofOffset: lone))))
        }
        return .success(SourceBuffer(file: buffer.file, bytes: withoutCR))
    }

    /// Where the first problem bytes are: a byte outside a well-formed UTF-8 sequence, a NUL, a carriage return.
    struct Scan {
        var invalidUTF8: Int?
        var nul: Int?
        var carriageReturn: Int?
    }

    /// Finds problem bytes in one pass; stops at the first invalid UTF-8 byte.
    static func scan(_ bytes: [UInt8]) -> Scan {
        var found = Scan()
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    if lead < 0x0E {
                        if lead == 0, found.nul == nil { found.nul = index }
                        if lead == 0x0D, found.carriageReturn == nil { found.carriageReturn = index }
                    }
                    index += 1
                    continue
                }
                guard let length = sequenceLength(buffer, at: index) else {
                    found.invalidUTF8 = index
                    return
                }
                index += length
            }
        }
        return found
    }

    /// The length of the well-formed multi-byte sequence starting at `index`, or nil.
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = buffer[index]
        let count = buffer.count
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return nil
        }
        guard index + length <= count else { return nil }
        for offset in 1..<length {
            let byte = buffer[index + offset]
            let (low, high) = offset == 1 ? (lower, upper) : (0x80, 0xBF)
            if byte < low || byte > high { return nil }
        }
        return length
    }
}
