import EnactCore
import Foundation

/// The legislative XML formats Enact reads and writes, recognised by root element and namespace.
public enum XMLFormat: String, Sendable, CaseIterable {
    /// Akoma Ntoso 3.0 (OASIS LegalDocML).
    case akomaNtoso = "akn"
    /// USLM 1.x, the format of the US Code (`uscDoc`).
    case uslm1 = "uslm1"
    /// USLM 2.x, the format of US bills, public laws and the Statutes at Large.
    case uslm2 = "uslm"
    /// Japan's standard law XML (法令標準XML), `<Law>` without a namespace.
    case japaneseLaw = "jplaw"

    public static let akomaNtosoNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    public static let uslm1Namespace = "http://xml.house.gov/schemas/uslm/1.0"
    public static let uslm2Namespace = "http://schemas.gpo.gov/xml/uslm"

    /// The official schema's file name, looked up in the schema directory.
    public var schemaFileName: String {
        switch self {
        case .akomaNtoso: "akomantoso30.xsd"
        case .uslm1: "USLM.xsd"
        case .uslm2: "uslm-2.1.0.xsd"
        case .japaneseLaw: "XMLSchemaForJapaneseLaw_v3.xsd"
        }
    }

    /// The format of a root element, or nil when it is none of Enact's.
    public static func detect(rootName: String, namespace: String?) -> XMLFormat? {
        switch (namespace, rootName) {
        case (akomaNtosoNamespace?, "akomaNtoso"): .akomaNtoso
        case (uslm1Namespace?, _): .uslm1
        case (uslm2Namespace?, _): .uslm2
        case (nil, "Law"): .japaneseLaw
        default: nil
        }
    }
}

/// Finds the official schemas in a directory tree such as ../shared/reference.
public struct SchemaCatalog: Sendable {
    public let directory: String

    /// The environment variable that names the schema directory.
    public static let environmentVariable = "ENACT_SCHEMA_PATH"

    public init(directory: String) {
        self.directory = directory
    }

    /// The catalog named by `--schemas` or by `ENACT_SCHEMA_PATH`, if either is set.
    public static func configured(_ option: String?) -> SchemaCatalog? {
        let directory = option ?? ProcessInfo.processInfo.environment[environmentVariable]
        guard let directory, !directory.isEmpty else { return nil }
        return SchemaCatalog(directory: directory)
    }

    /// The path of the format's schema under the directory; throws with what to set when it is not there.
    public func schemaPath(for format: XMLFormat) throws(DiagnosticError) -> String {
        let root = URL(fileURLWithPath: directory)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if url.lastPathComponent == format.schemaFileName { return url.path }
        }
        throw DiagnosticError(
            Diagnostic(
                .noSchema,
                "no \(format.schemaFileName) under \(directory); point --schemas or \(Self.environmentVariable) at the folder holding the official schemas",
                at: nil))
    }
}
