import CLibXML2
import EnactCore
import Foundation

/// Parses untrusted XML with libxml2 safely: no network, no entity substitution, no DTD loading, no XInclude,
/// limits on size and depth, and every libxml2 error and warning as a diagnostic with file, line and column.
///
/// Input is pushed to libxml2 in chunks, so a huge or endless file is never held whole in memory and parsing
/// stops at the first fatal error. A document that declares an entity or names an external DTD is refused as
/// soon as the declaration is seen: legislative XML needs no DTD, and even unexpanded entities can make text
/// extraction blow up quadratically. XInclude elements are refused, not processed.
struct SafeXMLParser {
    let limits: XMLLimits

    static let chunkSize = 1 << 20
    static let xincludeNamespaces = ["http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude"]

    /// A parsed document; frees libxml2's tree when released.
    final class ParsedDocument {
        let pointer: xmlDocPtr

        init(_ pointer: xmlDocPtr) {
            self.pointer = pointer
        }

        deinit { xmlFreeDoc(pointer) }

        var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
    }

    /// Parses bytes held in memory.
    func parse(_ bytes: [UInt8], file: String) throws(DiagnosticError) -> (ParsedDocument, [Diagnostic]) {
        guard bytes.count <= limits.maximumBytes else { throw tooLarge(file) }
        var offset = 0
        return try parse(file: file) { buffer in
            let count = min(buffer.count, bytes.count - offset)
            _ = UnsafeMutableBufferPointer(rebasing: buffer[0..<count]).initialize(from: bytes[offset..<offset + count])
            offset += count
            return count
        }
    }

    /// Parses a file, reading it in chunks.
    func parse(contentsOf path: String) throws(DiagnosticError) -> (ParsedDocument, [Diagnostic]) {
        let here = SourceLocation(file: path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DiagnosticError(Diagnostic(.noSuchFile, "no such file", at: here))
        }
        guard !isDirectory.boolValue else {
            throw DiagnosticError(Diagnostic(.isADirectory, "is a directory, not an XML file", at: here))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DiagnosticError(Diagnostic(.unreadableFile, "cannot read the file (permissions?)", at: here))
        }
        defer { try? handle.close() }
        var total = 0
        var failure: DiagnosticError?
        let result = try parse(file: path) { buffer in
            guard failure == nil, let data = try? handle.read(upToCount: buffer.count), !data.isEmpty else { return 0 }
            total += data.count
            if total > limits.maximumBytes {
                failure = tooLarge(path)
                return 0
            }
            _ = data.copyBytes(to: buffer)
            return data.count
        }
        if let failure { throw failure }
        return result
    }

    private func tooLarge(_ file: String) -> DiagnosticError {
        DiagnosticError(
            Diagnostic(
                .fileTooLarge, "file is larger than the limit of \(limits.maximumBytes) bytes",
                at: SourceLocation(file: file, line: 1, column: 1)))
    }

    /// Pushes what `read` delivers into libxml2 until it returns 0 or parsing fails.
    private func parse(file: String, read: (UnsafeMutableBufferPointer<UInt8>) -> Int) throws(DiagnosticError)
        -> (ParsedDocument, [Diagnostic])
    {
        LibXML.initialise()
        let start = SourceLocation(file: file, line: 1, column: 1)
        let collector = ErrorCollector(file: file)
        guard let context = xmlCreatePushParserCtxt(nil, nil, nil, 0, nil) else {
            throw DiagnosticError(Diagnostic(.xml, "cannot create an XML parser", at: start))
        }
        defer { xmlFreeParserCtxt(context) }
        xmlCtxtUseOptions(context, enact_xml_safe_options())
        context.pointee._private = collector.context
        context.pointee.sax.pointee.entityDecl = Self.refuseEntityDeclaration
        context.pointee.sax.pointee.internalSubset = Self.checkDoctype
        xmlSetStructuredErrorFunc(collector.context, ErrorCollector.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Self.chunkSize)
        defer { buffer.deallocate() }
        var sawInput = false
        while true {
            let count = read(buffer)
            if count == 0 { break }
            sawInput = true
            let status =
                buffer.baseAddress.map { base in
                    base.withMemoryRebound(to: CChar.self, capacity: count) {
                        xmlParseChunk(context, $0, Int32(count), 0)
                    }
                } ?? 0
            if status != 0 || context.pointee.wellFormed == 0 || collector.hasErrors { break }
        }
        if sawInput, context.pointee.wellFormed != 0, !collector.hasErrors { xmlParseChunk(context, nil, 0, 1) }
        let document = context.pointee.myDoc
        context.pointee.myDoc = nil
        guard sawInput else {
            if let document { xmlFreeDoc(document) }
            throw DiagnosticError(Diagnostic(.xml, "empty file: no root element", at: start))
        }
        guard let document, context.pointee.wellFormed != 0, !collector.hasErrors else {
            if let document { xmlFreeDoc(document) }
            var errors = collector.diagnostics.filter { $0.severity == .error }
            if errors.isEmpty { errors = [Diagnostic(.xml, "the file is not well-formed XML", at: start)] }
            throw DiagnosticError(errors)
        }
        let parsed = ParsedDocument(document)
        guard let root = parsed.root else { throw DiagnosticError(Diagnostic(.xml, "no root element", at: start)) }
        try checkTree(under: root, file: file)
        return (parsed, collector.diagnostics)
    }

    /// Refuses XInclude elements and nesting deeper than the limit, walking the tree without recursion.
    private func checkTree(under root: xmlNodePtr, file: String) throws(DiagnosticError) {
        var stack: [(xmlNodePtr, Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            let location = SourceLocation(file: file, line: Int(xmlGetLineNo(node)), column: 1)
            if depth > limits.maximumDepth {
                throw DiagnosticError(
                    Diagnostic(
                        .xmlTooDeep, "elements nest deeper than the limit of \(limits.maximumDepth)", at: location))
            }
            if let namespace = node.pointee.ns?.pointee.href.map({ String(cString: $0) }),
                Self.xincludeNamespaces.contains(namespace)
            {
                throw DiagnosticError(
                    Diagnostic(
                        .xmlXinclude, "XInclude is not processed: the document must be self-contained", at: location))
            }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { stack.append((current, depth + 1)) }
                child = current.pointee.next
            }
        }
    }

    // MARK: SAX hooks

    /// Reports an entity declaration and stops the parser.
    private static let refuseEntityDeclaration: entityDeclSAXFunc = { context, name, _, _, _, _ in
        let entity = name.map { String(cString: $0) } ?? "?"
        refuse(
            context, id: .xmlEntityDeclaration,
            "entity declarations are not accepted (entity '\(entity)'): legislative XML needs no DTD")
    }

    /// Refuses a DOCTYPE that names an external DTD; lets a bare one through to libxml2.
    private static let checkDoctype: internalSubsetSAXFunc = { context, name, externalID, systemID in
        guard externalID == nil, systemID == nil else {
            let system = systemID.map { String(cString: $0) } ?? ""
            refuse(context, id: .xmlExternalDtd, "external DTDs are not loaded (\(system)): remove the DOCTYPE")
            return
        }
        xmlSAX2InternalSubset(context, name, externalID, systemID)
    }

    private static func refuse(_ context: UnsafeMutableRawPointer?, id: DiagnosticID, _ message: String) {
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
            let collectorPointer = parser.pointee._private
        else { return }
        let collector = Unmanaged<ErrorCollector>.fromOpaque(collectorPointer).takeUnretainedValue()
        let line = Int(xmlSAX2GetLineNumber(context))
        collector.add(Diagnostic(id, message, at: SourceLocation(file: collector.file, line: max(1, line), column: 1)))
        xmlStopParser(parser)
    }
}

/// One-time setup of libxml2.
enum LibXML {
    private static let initialised: Bool = {
        xmlInitParser()
        // Schemas and documents may name other files; nothing is ever fetched from the network.
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
        return true
    }()

    static func initialise() {
        _ = initialised
    }
}
