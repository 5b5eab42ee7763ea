import EnactAkomaNtoso
import EnactJapaneseLaw
import EnactUSLM

/// The formats Enact reads and writes: the one place that says what each is called, which files are in it, what
/// it is validated against and whether Enact reads it, writes it or both.
///
/// | format        | name    | reads | writes | extension   | official schema                  | Enact profile    |
/// |---------------|---------|-------|--------|-------------|----------------------------------|------------------|
/// | Enact source  | `enact` | yes   | yes    | `.enact`    |                                  |                  |
/// | Akoma Ntoso   | `akn`   | yes   | yes    | `.akn.xml`  | `akomantoso30.xsd`               | `enact-akn.sch`  |
/// | USLM 1        | `uslm1` | yes   | yes    | `.xml`      | `USLM.xsd`                       |                  |
/// | USLM 2        | `uslm`  | yes   | yes    | `.uslm.xml` | `uslm-2.1.0.xsd`                 | `enact-uslm.sch` |
/// | Japan law XML | `jplaw` | yes   | yes    | `.jplaw.xml`| `XMLSchemaForJapaneseLaw_v3.xsd` | `enact-jplaw.sch`|
/// | Markdown      | `markdown` |    | yes    | `.md`       |                                  |                  |
/// | HTML          | `html`  |       | yes    | `.html`     |                                  |                  |
/// | amendment     | `amend` | with its base | yes | `.amend` |                                  |                  |
/// | 改め文 as printed | `kaisei` | with its base | yes | `.txt` |                               |                  |
/// | Word          | `docx`  |       | printed | `.docx`    | (OOXML, checked by LibreOffice)  |                  |
/// | PDF           | `pdf`   |       | printed | `.pdf`     |                                  |                  |
///
/// Detection (``detect(contentsOf:)``), reading (``DocumentLoader``) and writing (``writer(options:)``) dispatch on
/// this type and nowhere else; amendments in the XML formats are written by the amendment forms for the same cases.
/// The printed formats (``isPrinted``) are files of bytes, written by the print module (EnactPrint) for the
/// formats this type names.
public enum DocumentFormat: String, CaseIterable, Sendable, Hashable {
    /// Enact's plain-text source format (docs/source-format.md).
    case source = "enact"
    /// Akoma Ntoso 3.0 (OASIS LegalDocML); 2.0 and the 3.0 drafts are read too.
    case akomaNtoso = "akn"
    /// USLM 1.x, the format of the US Code (`uscDoc`).
    case uslm1 = "uslm1"
    /// USLM 2.x, the format of US bills, public laws, the Statutes at Large and the CFR.
    case uslm2 = "uslm"
    /// Japan's standard law XML (法令標準XML).
    case japaneseLaw = "jplaw"
    /// Markdown for people.
    case markdown
    /// A standalone HTML page for people.
    case html
    /// Enact's amending provisions (`.amend`), read against the document they amend (docs/amend.md).
    case amendment = "amend"
    /// The 改め文 of an amending act as it is printed (the act's article heading, one sentence a line, the provisions
    /// it quotes as a statute prints them), read against the law it amends and written from any amendment.
    case enactedAmendment = "kaisei"
    /// A Word file (WordprocessingML) in the tradition's printed layout.
    case docx
    /// A PDF of the Word file, printed by LibreOffice.
    case pdf

    /// The format's name on the command line (`--to akn`, `--from uslm1`).
    public var name: String { rawValue }

    /// The format as people call it.
    public var title: String {
        switch self {
        case .source: "Enact source"
        case .akomaNtoso: "Akoma Ntoso"
        case .uslm1: "USLM 1"
        case .uslm2: "USLM 2"
        case .japaneseLaw: "Japanese law XML"
        case .markdown: "Markdown"
        case .html: "HTML"
        case .amendment: "an Enact amendment"
        case .enactedAmendment: "改め文 as printed"
        case .docx: "Word"
        case .pdf: "PDF"
        }
    }

    /// The format named `name` on the command line.
    public init?(name: String) {
        self.init(rawValue: name)
    }

    /// The extension of files Enact writes in the format (`akn.xml` for `act.akn.xml`).
    public var fileExtension: String {
        switch self {
        case .source: "enact"
        case .akomaNtoso: "akn.xml"
        case .uslm1: "xml"
        case .uslm2: "uslm.xml"
        case .japaneseLaw: "jplaw.xml"
        case .markdown: "md"
        case .html: "html"
        case .amendment: "amend"
        case .enactedAmendment: "txt"
        case .docx: "docx"
        case .pdf: "pdf"
        }
    }

    /// Whether the format is XML, parsed safely and validated against schemas.
    public var isXML: Bool {
        switch self {
        case .akomaNtoso, .uslm1, .uslm2, .japaneseLaw: true
        case .source, .markdown, .html, .amendment, .enactedAmendment, .docx, .pdf: false
        }
    }

    /// Whether the format is a printed form, a file of bytes that the print module writes.
    public var isPrinted: Bool { self == .docx || self == .pdf }

    /// Whether ``DocumentLoader`` reads documents in the format.
    public var isReadable: Bool {
        switch self {
        case .source, .akomaNtoso, .uslm1, .uslm2, .japaneseLaw: true
        case .markdown, .html, .amendment, .enactedAmendment, .docx, .pdf: false
        }
    }

    /// Whether Enact writes documents in the format: ``writer(options:)`` its text, or the print module its bytes.
    public var isWritable: Bool {
        switch self {
        case .source, .akomaNtoso, .uslm1, .uslm2, .japaneseLaw, .markdown, .html, .docx, .pdf: true
        case .amendment, .enactedAmendment: false
        }
    }

    /// The formats Enact writes documents in, by name, for help texts: `enact, akn, uslm, jplaw, markdown, html`.
    public static var writableNames: String {
        allCases.filter(\.isWritable).map(\.name).joined(separator: ", ")
    }

    /// The formats Enact reads documents in, by name, for help texts.
    public static var readableNames: String {
        allCases.filter(\.isReadable).map(\.name).joined(separator: ", ")
    }

    /// The official schema's file name, looked up under the schema folder (`--schemas`, `ENACT_SCHEMA_PATH`).
    public var schemaFileName: String? {
        switch self {
        case .akomaNtoso: AkomaNtosoFormat.schemaFileName
        case .uslm1: USLMFormat.Version.one.schemaFileName
        case .uslm2: USLMFormat.Version.two.schemaFileName
        case .japaneseLaw: JapaneseLawFormat.schemaFileName
        case .source, .markdown, .html, .amendment, .enactedAmendment, .docx, .pdf: nil
        }
    }

    /// The file name of Enact's Schematron profile of the format, in the project's `Schemas` folder.
    public var profileFileName: String? {
        switch self {
        case .akomaNtoso: AkomaNtosoFormat.profileFileName
        case .uslm1: USLMFormat.Version.one.profileFileName
        case .uslm2: USLMFormat.Version.two.profileFileName
        case .japaneseLaw: JapaneseLawFormat.profileFileName
        case .source, .markdown, .html, .amendment, .enactedAmendment, .docx, .pdf: nil
        }
    }
}
