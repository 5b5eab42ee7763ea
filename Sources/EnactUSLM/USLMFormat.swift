import EnactXML

/// What identifies USLM: the namespaces of its two major versions, their official schemas and Enact's profile.
public enum USLMFormat {
    /// Elements inside text (`<content>`, `<recital>`) that Enact keeps whole where they stand: quoted provisions,
    /// tables, levels and footnotes.
    public static let keptInText: Set<String> = [
        "quotedContent", "table", "list", "paragraph", "subparagraph", "clause", "subclause", "item", "subitem",
        "section", "subsection", "level", "figure", "img", "note", "footnote",
    ]

    /// Elements USLM places beside `<main>` rather than in it: front and back matter.
    public static let besideMain: Set<String> = [
        "preface", "coverPage", "page", "officialTitleAmendment", "attestation", "endorsement", "backMatter",
        "legislativeHistory", "endMarker", "signatures",
    ]

    /// The format's name in Enact's registry of formats (USLM 2), which kept markup carries.
    public static let name = "uslm"
    /// The version of a USLM document.
    public enum Version: Sendable, CaseIterable {
        /// USLM 1.x, the format of the US Code (`uscDoc`).
        case one
        /// USLM 2.x, the format of bills, public laws, the Statutes at Large and the CFR.
        case two

        /// The namespace of the version.
        public var namespace: String {
            switch self {
            case .one: "http://xml.house.gov/schemas/uslm/1.0"
            case .two: "http://schemas.gpo.gov/xml/uslm"
            }
        }

        /// The name in Enact's registry of formats, which markup kept from a document of this version carries:
        /// only a writer of the same version writes it back.
        public var formatName: String {
            switch self {
            case .one: "uslm1"
            case .two: USLMFormat.name
            }
        }

        /// The official schema's file name.
        public var schemaFileName: String {
            switch self {
            case .one: "USLM.xsd"
            case .two: "uslm-2.1.0.xsd"
            }
        }

        /// Enact's Schematron profile, for the version Enact writes.
        public var profileFileName: String? {
            switch self {
            case .one: nil
            case .two: "enact-uslm.sch"
            }
        }
    }

    /// The version a root element's namespace names, if it is USLM; any root element of the namespace is.
    public static func version(ofNamespace namespace: String?) -> Version? {
        Version.allCases.first { $0.namespace == namespace }
    }
}

extension USLMFormat {
    /// What a round trip must keep of a USLM document: its levels, the numbers it prints (`<num>`), and the text
    /// outside its metadata.
    public static let vocabulary = DocumentInventory.Vocabulary(
        units: [
            "title", "subtitle", "chapter", "subchapter", "part", "subpart", "division", "subdivision", "section",
            "subsection", "paragraph", "subparagraph", "clause", "subclause", "item", "subitem", "subsubitem", "level",
            "appropriations",
        ],
        designations: ["num"],
        excluded: ["meta"])
}
