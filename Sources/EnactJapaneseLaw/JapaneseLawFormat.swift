import EnactXML

/// What identifies Japan's standard law XML (法令標準XML): a `<Law>` root without a namespace, the official schema
/// and Enact's profile.
public enum JapaneseLawFormat {
    /// The format's name in Enact's registry of formats, which kept markup carries.
    public static let name = "jplaw"
    /// The root element.
    public static let rootName = "Law"
    /// The official schema's file name.
    public static let schemaFileName = "XMLSchemaForJapaneseLaw_v3.xsd"
    /// Enact's Schematron profile of the format, in the project's `Schemas` folder.
    public static let profileFileName = "enact-jplaw.sch"

    /// Whether a root element is Japanese law XML.
    public static func recognises(rootName: String, namespace: String?) -> Bool {
        rootName == Self.rootName && namespace == nil
    }
}

extension JapaneseLawFormat {
    /// What a round trip must keep of a law: its structural elements, the titles and numbers it prints, and all
    /// its text.
    public static let vocabulary = DocumentInventory.Vocabulary(
        units: [
            "Part", "Chapter", "Section", "Subsection", "Division", "Article", "Paragraph", "Item", "Subitem1",
            "Subitem2", "Subitem3", "Subitem4", "Subitem5", "Subitem6", "Subitem7", "Subitem8", "Subitem9",
            "Subitem10", "SupplProvision", "AppdxTable", "AppdxNote", "AppdxStyle", "AppdxFormat", "AppdxFig",
            "Appdx", "TableStruct", "TableRow", "TableColumn", "List", "Sublist1", "Sublist2", "Sublist3",
            "Preamble", "EnactStatement", "FigStruct", "Remarks", "TOC",
        ],
        designations: [
            "PartTitle", "ChapterTitle", "SectionTitle", "SubsectionTitle", "DivisionTitle", "ArticleTitle",
            "ParagraphNum", "ItemTitle", "Subitem1Title", "Subitem2Title", "Subitem3Title", "Subitem4Title",
            "Subitem5Title", "Subitem6Title", "Subitem7Title", "Subitem8Title", "Subitem9Title", "Subitem10Title",
            "SupplProvisionLabel", "AppdxTableTitle", "AppdxNoteTitle", "AppdxStyleTitle", "AppdxFormatTitle",
            "AppdxFigTitle", "ArticleRange",
        ],
        excluded: [])
}
