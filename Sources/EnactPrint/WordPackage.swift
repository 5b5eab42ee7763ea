import EnactCore
import EnactXML
import Foundation
import ZIPFoundation

/// A Word file (an OOXML WordprocessingML package): the parts a word processor opens without repair — content
/// types, package relationships, the main document, its styles and settings, and the core properties — zipped.
///
/// The content types come first and stored, carrying ``GeneratedMarker``, so that Enact recognises a file it wrote
/// from its first bytes and refuses to overwrite any other without `--force`. The parts are dated at a fixed
/// moment so that the same document gives the same bytes.
public struct WordPackage: Sendable {
    /// The main document part (`word/document.xml`).
    public var document: String
    /// The style sheet (`word/styles.xml`).
    public var styles: String
    /// The title recorded in the core properties.
    public var title: String
    /// The language of the text (`ja-JP`, `en-US`), recorded in the settings for proofing.
    public var language: String

    public init(document: String, styles: String, title: String, language: String) {
        self.document = document
        self.styles = styles
        self.title = title
        self.language = language
    }

    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The parts, in the order they are zipped.
    var parts: [(path: String, content: String)] {
        [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRels),
            ("word/_rels/document.xml.rels", documentRels), ("word/document.xml", document),
            ("word/styles.xml", styles), ("word/settings.xml", settings), ("docProps/core.xml", coreProperties),
        ]
    }

    /// The package as the bytes of a `.docx` file.
    public func data() throws(DiagnosticError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            // 1980-01-01, the earliest moment a ZIP entry can hold.
            let moment = Date(timeIntervalSince1970: 315_532_800)
            for (index, part) in parts.enumerated() {
                let bytes = Data(part.content.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: moment,
                    compressionMethod: index == 0 ? .none : .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard let data = archive.data else { throw Archive.ArchiveError.unreadableArchive }
            return data
        } catch {
            throw DiagnosticError(
                Diagnostic(
                    .unwritableOutput, "cannot build the Word file: \(error)",
                    at: SourceLocation(file: title, line: 1, column: 1)))
        }
    }

    private var contentTypes: String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!-- \(GeneratedMarker.text) -->
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/word/document.xml" ContentType="\(main).document.main+xml"/>
              <Override PartName="/word/styles.xml" ContentType="\(main).styles+xml"/>
              <Override PartName="/word/settings.xml" ContentType="\(main).settings+xml"/>
              <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
            </Types>

            """
    }

    private var packageRels: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="\(Self.packageRelationships)">
          <Relationship Id="rId1" Type="\(Self.relationshipTypes)/officeDocument" Target="word/document.xml"/>
          <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
        </Relationships>

        """
    }

    private var documentRels: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="\(Self.packageRelationships)">
          <Relationship Id="rId1" Type="\(Self.relationshipTypes)/styles" Target="styles.xml"/>
          <Relationship Id="rId2" Type="\(Self.relationshipTypes)/settings" Target="settings.xml"/>
        </Relationships>

        """
    }

    private var settings: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="\(Self.mainNamespace)">
          <w:defaultTabStop w:val="420"/>
          <w:characterSpacingControl w:val="compressPunctuation"/>
          <w:themeFontLang w:val="\(XMLTextWriter.escapedAttribute(language))"/>
        </w:settings>

        """
    }

    private var coreProperties: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/">
          <dc:title>\(XMLTextWriter.escaped(title))</dc:title>
          <dc:creator>Enact</dc:creator>
          <cp:keywords>\(PDFEngine.keyword)</cp:keywords>
          <dc:language>\(XMLTextWriter.escaped(language))</dc:language>
        </cp:coreProperties>

        """
    }
}
