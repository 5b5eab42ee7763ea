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

    /// The attributes without a namespace, by name.
    public var plainAttributes: [String: String] {
        var result: [String: String] = [:]
        var property = node.pointee.properties
        while let current = property {
            if current.pointee.ns == nil, let raw = current.pointee.name {
                let name = String(cString: raw)
                result[name] = attribute(name)
            }
            property = current.pointee.next
        }
        return result
    }

    /// Whether two views are of the same element.
    public func isSame(as other: XMLElement) -> Bool { node == other.node }

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
    public var serialized: String { serialized(upgrade: nil) }

    /// The element as XML markup moved to another version of its vocabulary: the namespace `upgrade.from`
    /// becomes `upgrade.to`, and attributes without a namespace are renamed as `upgrade.attributes` says (an
    /// attribute whose new name the element already has is dropped).
    public func serialized(upgrade: NamespaceUpgrade?) -> String {
        // A copy in a document of its own declares the namespaces (and prefixes) it uses, which its ancestors
        // declared in the original.
        guard let document = xmlNewDoc("1.0") else { return "" }
        defer { xmlFreeDoc(document) }
        guard let copy = xmlDocCopyNode(node, document, 1), let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        xmlDocSetRootElement(document, copy)
        xmlReconciliateNs(document, copy)
        if let upgrade { Self.apply(upgrade, to: copy) }
        xmlNodeDump(buffer, document, copy, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    private static func apply(_ upgrade: NamespaceUpgrade, to root: xmlNodePtr) {
        var declaration = root.pointee.nsDef
        while let current = declaration {
            if let href = current.pointee.href, String(cString: href) == upgrade.from {
                enact_xml_free(UnsafeMutablePointer(mutating: href))
                current.pointee.href = UnsafePointer(xmlCharStrdup(upgrade.to))
            }
            declaration = current.pointee.next
        }
        rename(in: root, upgrade)
    }

    private static func rename(in node: xmlNodePtr, _ upgrade: NamespaceUpgrade) {
        let names = upgrade.attributes
        if let raw = node.pointee.name, let required = upgrade.required[String(cString: raw)] {
            for (name, value) in required.sorted(by: { $0.key < $1.key }) where xmlHasProp(node, name) == nil {
                xmlSetProp(node, name, value)
            }
        }
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard current.pointee.ns == nil, let raw = current.pointee.name,
                let renamed = names[String(cString: raw)]
            else { continue }
            if xmlHasProp(node, renamed) != nil {
                xmlRemoveProp(current)
            } else {
                xmlNodeSetName(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self), renamed)
            }
        }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { rename(in: current, upgrade) }
            child = current.pointee.next
        }
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

/// A move of kept markup from one version of a vocabulary to another: Akoma Ntoso 2.0's `id` is 3.0's `eId`.
public struct NamespaceUpgrade: Sendable {
    public var from: String
    public var to: String
    /// Attributes renamed (old name to new).
    public var attributes: [String: String]

    /// Attributes the new version requires that the old one lacked, with the value given where missing (by
    /// element name, then attribute name).
    public var required: [String: [String: String]]

    public init(
        from: String, to: String, attributes: [String: String] = [:], required: [String: [String: String]] = [:]
    ) {
        self.from = from
        self.to = to
        self.attributes = attributes
        self.required = required
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
