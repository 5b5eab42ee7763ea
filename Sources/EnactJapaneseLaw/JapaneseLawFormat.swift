/// What identifies Japan's standard law XML (法令標準XML): a `<Law>` root without a namespace, the official schema
/// and Enact's profile.
public enum JapaneseLawFormat {
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
