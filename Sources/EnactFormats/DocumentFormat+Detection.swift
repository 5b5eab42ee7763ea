import EnactAkomaNtoso
import EnactCore
import EnactJapaneseLaw
import EnactUSLM
import EnactXML
import Foundation

extension DocumentFormat {
    /// The format of an XML document, from its root element and namespace.
    public static func detect(_ xml: ParsedXML) throws(DiagnosticError) -> DocumentFormat {
        let name = xml.rootName
        let namespace = xml.rootNamespace
        if AkomaNtosoFormat.recognises(rootName: name, namespace: namespace) { return .akomaNtoso }
        switch USLMFormat.version(ofNamespace: namespace) {
        case .one: return .uslm1
        case .two: return .uslm2
        case nil: break
        }
        if JapaneseLawFormat.recognises(rootName: name, namespace: namespace) { return .japaneseLaw }
        throw DiagnosticError(
            Diagnostic(
                .unknownXmlFormat,
                "root element <\(name)>\(namespace.map { " in namespace \($0)" } ?? "") is not Akoma Ntoso, USLM or Japanese law XML",
                at: SourceLocation(file: xml.file, line: xml.rootLine, column: 1)))
    }

    /// The XML format a file's first bytes show without parsing it (its root element's name and default
    /// namespace), for choosing among many files; nil when they show none of Enact's. ``detect(_:)`` decides for
    /// a document that is read.
    public static func detect(xmlPrefix prefix: [UInt8]) -> DocumentFormat? {
        let text = String(decoding: prefix, as: UTF8.self)
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let first = rest.first, first != "?", first != "!" else { continue }
            let tag = rest.prefix { $0 != ">" }
            let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" && $0 != ">" })
            var namespace: String?
            if let range = tag.range(of: "xmlns=\"") {
                namespace = String(tag[range.upperBound...].prefix { $0 != "\"" })
            } else if let range = tag.range(of: "xmlns='") {
                namespace = String(tag[range.upperBound...].prefix { $0 != "'" })
            }
            let local = String(name.split(separator: ":").last ?? "")
            if AkomaNtosoFormat.recognises(rootName: local, namespace: namespace) { return .akomaNtoso }
            switch USLMFormat.version(ofNamespace: namespace) {
            case .one: return .uslm1
            case .two: return .uslm2
            case nil: break
            }
            return JapaneseLawFormat.recognises(rootName: local, namespace: namespace) ? .japaneseLaw : nil
        }
        return nil
    }

    /// The format of a file from its first bytes (and its name): XML when it starts with `<` (which of the XML
    /// formats is decided by ``detect(_:)`` once it is parsed), an amendment when its front matter says what it
    /// `amends:` or its name ends in `.amend`, a printed form when it is a ZIP (Word) or PDF file, Enact source
    /// otherwise.
    static func sniff(_ prefix: [UInt8], file: String) -> Sniffed {
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .printed(.docx) }
        if prefix.starts(with: Array("%PDF".utf8)) { return .printed(.pdf) }
        let text = String(decoding: prefix, as: UTF8.self)
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.first == "<" { return .xml }
        if file.hasSuffix("." + DocumentFormat.amendment.fileExtension) { return .amendment }
        if start.hasPrefix("---") {
            let frontMatter = start.dropFirst(3).components(separatedBy: "\n---").first ?? ""
            if frontMatter.contains("\namends:") { return .amendment }
        }
        return .source
    }

    /// The format of an amendment's text: an Enact amendment opens with its front matter, an amending act's law
    /// XML with its markup, a printed 改め文 with the heading of the amending article (「第五条　医師法（…）の一部を次の
    /// ように改正する。」) or its first sentence.
    public static func amendmentFormat(of text: String) -> DocumentFormat {
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.hasPrefix("---") { return .amendment }
        return start.hasPrefix("<") ? .japaneseLaw : .enactedAmendment
    }

    /// What the first bytes of a file show.
    enum Sniffed {
        case xml, source, amendment
        /// A Word file or a PDF, which Enact prints but does not read.
        case printed(DocumentFormat)
    }
}
