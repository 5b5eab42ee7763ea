import CLibXML2
import EnactCore

/// A read-only view of an element of a ``ParsedXML`` document, for readers; it keeps its document alive.
public struct XMLElement: @unchecked Sendable {
    let node: xmlNodePtr
    let owner: ParsedXML

    /// The local name.
    public var name: String { node.pointee.name.map { String(cString: $0) } ?? "" }

    /// The namespace URI, if the element is in one.
    public var namespace: String? { node.pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// The line the element starts on.
    public var line: Int { Int(xmlGetLineNo(node)) }

    /// Where the element is, for diagnostics.
    public var location: SourceLocation { SourceLocation(file: owner.file, line: max(1, line), column: 1) }

    /// The value of an attribute without namespace (or, with `namespace`, in that namespace).
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        let value: UnsafeMutablePointer<xmlChar>? =
            namespace.map { xmlGetNsProp(node, name, $0) } ?? xmlGetNoNsProp(node, name)
        guard let value else { return nil }
        defer { enact_xml_free(value) }
        return String(cString: value)
    }

    /// The child elements and text, in order.
    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: result.append(.element(XMLElement(node: current, owner: owner)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { result.append(.text(String(cString: content))) }
            default: break
            }
            child = current.pointee.next
        }
        return result
    }

    /// The child elements, in order.
    public var elements: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: current, owner: owner)) }
            child = current.pointee.next
        }
        return result
    }

    /// The first child element with a local name.
    public func element(_ name: String) -> XMLElement? {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, let raw = current.pointee.name, String(cString: raw) == name {
                return XMLElement(node: current, owner: owner)
            }
            child = current.pointee.next
        }
        return nil
    }

    /// The element as XML markup, as the document wrote it (namespace declarations of its ancestors aside): for
    /// keeping what a model has no place for and writing it back unchanged.
    public var serialized: String {
        // A copy in a document of its own declares the namespaces (and prefixes) it uses, which its ancestors
        // declared in the original.
        guard let document = xmlNewDoc("1.0") else { return "" }
        defer { xmlFreeDoc(document) }
        guard let copy = xmlDocCopyNode(node, document, 1), let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        xmlDocSetRootElement(document, copy)
        xmlReconciliateNs(document, copy)
        xmlNodeDump(buffer, document, copy, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// All the text inside the element, in document order.
    public var text: String {
        var result = ""
        collectText(node, into: &result)
        return result
    }

    private func collectText(_ node: xmlNodePtr, into result: inout String) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { result += String(cString: content) }
            case XML_ELEMENT_NODE: collectText(current, into: &result)
            default: break
            }
            child = current.pointee.next
        }
    }
}

/// A child of an element: another element or a run of text.
public enum XMLNode: @unchecked Sendable {
    case element(XMLElement)
    case text(String)
}

extension ParsedXML {
    /// The root element.
    public var root: XMLElement? {
        document.root.map { XMLElement(node: $0, owner: self) }
    }
}
