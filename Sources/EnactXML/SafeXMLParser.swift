import CLibXML2
import EnactCore
import Foundation

/// Parses untrusted XML with libxml2 safely: no network, no entity substitution, no DTD loading, no XInclude,
/// limits on size and depth, and every libxml2 error and warning as a diagnostic with file, line and column.
///
/// A document that declares entities is refused before libxml2 sees it: legislative XML needs no DTD, and even
/// unexpanded entities can make text extraction blow up quadratically.
struct SafeXMLParser {
    let limits: XMLLimits

    /// A parsed document; frees libxml2's tree when released.
    final class ParsedDocument {
        let pointer: xmlDocPtr

        init(_ pointer: xmlDocPtr) {
            self.pointer = pointer
        }

        deinit { xmlFreeDoc(pointer) }

        var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
    }

    /// Parses `bytes`; throws every error found. Warnings that do not stop parsing are returned.
    func parse(_ bytes: [UInt8], file: String) throws(DiagnosticError) -> (ParsedDocument, [Diagnostic]) {
        LibXML.initialise()
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard bytes.count <= limits.maximumBytes else {
            throw DiagnosticError(.error("xml-too-large", "file is larger than the limit of \(limits.maximumBytes) bytes", at: start))
        }
        guard !bytes.isEmpty else { throw DiagnosticError(.error("xml", "empty file: no root element", at: start)) }
        if let offset = Self.offset(of: Array("<!ENTITY".utf8), in: bytes) {
            throw DiagnosticError(.error(
                "xml-entity-declaration", "entity declarations are not accepted: legislative XML needs no DTD",
                at: location(ofOffset: offset, in: bytes, file: file)))
        }
        let collector = ErrorCollector(file: file)
        xmlSetStructuredErrorFunc(collector.context, ErrorCollector.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                    xmlReadMemory(characters, Int32(buffer.count), nil, nil, enact_xml_safe_options())
                }
            }
        }
        guard let document, !collector.hasErrors else {
            if let document { xmlFreeDoc(document) }
            var errors = collector.diagnostics.filter { $0.severity == .error }
            if errors.isEmpty { errors = [.error("xml", "the file is not well-formed XML", at: start)] }
            throw DiagnosticError(errors)
        }
        let parsed = ParsedDocument(document)
        guard let root = parsed.root else { throw DiagnosticError(.error("xml", "no root element", at: start)) }
        if let tooDeep = Self.firstNode(deeperThan: limits.maximumDepth, under: root) {
            throw DiagnosticError(.error(
                "xml-too-deep", "elements nest deeper than the limit of \(limits.maximumDepth)",
                at: SourceLocation(file: file, line: Int(xmlGetLineNo(tooDeep)), column: 1)))
        }
        return (parsed, collector.diagnostics)
    }

    /// The first element nested deeper than `limit`, found without recursion.
    private static func firstNode(deeperThan limit: Int, under root: xmlNodePtr) -> xmlNodePtr? {
        guard limit < 256 else { return nil }
        var stack: [(xmlNodePtr, Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            if depth > limit { return node }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { stack.append((current, depth + 1)) }
                child = current.pointee.next
            }
        }
        return nil
    }

    static func offset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private func location(ofOffset offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 } + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}

/// One-time setup of libxml2.
enum LibXML {
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialise() {
        _ = initialised
    }
}
