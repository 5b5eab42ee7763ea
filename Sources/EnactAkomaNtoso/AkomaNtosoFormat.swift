import EnactXML

/// What identifies Akoma Ntoso: its namespaces, root element, official schema and Enact's profile.
public enum AkomaNtosoFormat {
    /// The namespace of Akoma Ntoso 3.0 (OASIS LegalDocML), which Enact writes.
    public static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    /// The format's name in Enact's registry of formats, which kept markup carries.
    public static let name = "akn"
    /// The root element.
    public static let rootName = "akomaNtoso"
    /// The official schema's file name.
    public static let schemaFileName = "akomantoso30.xsd"
    /// Enact's Schematron profile of the format, in the project's `Schemas` folder.
    public static let profileFileName = "enact-akn.sch"

    /// Whether a root element is Akoma Ntoso: 3.0, or a drafts of it (`…/akn/3.0/WD17`, `…/CSD13`) or 2.0
    /// (`http://www.akomantoso.org/2.0`), which real archives still publish and which read the same way.
    public static func recognises(rootName: String, namespace: String?) -> Bool {
        guard rootName == Self.rootName, let namespace else { return false }
        return namespace.hasPrefix(Self.namespace) || namespace.hasPrefix("http://www.akomantoso.org/")
    }

    /// Whether the namespace is an earlier version than the 3.0 that Enact reads and writes.
    static func isEarlierVersion(_ namespace: String?) -> Bool {
        namespace != Self.namespace
    }

    /// Whether the namespace is Akoma Ntoso 2.0's, whose elements carry `id` where 3.0's carry `eId`.
    static func isVersion2(_ namespace: String) -> Bool {
        namespace.hasPrefix("http://www.akomantoso.org/")
    }
}

extension AkomaNtosoFormat {
    /// What a round trip must keep of an Akoma Ntoso document: its hierarchy, the numbers it prints (`<num>`),
    /// and the text outside its metadata.
    public static let vocabulary = DocumentInventory.Vocabulary(
        units: [
            "book", "part", "subpart", "title", "subtitle", "chapter", "subchapter", "section", "subsection",
            "division", "subdivision", "article", "paragraph", "subparagraph", "clause", "subclause", "point",
            "indent", "alinea", "list", "rule", "subrule", "hcontainer", "tblock", "blockList", "item",
        ],
        designations: ["num"],
        excluded: ["meta"])
}
