import EnactCore
import EnactTestSupport
import Foundation
import Testing

/// The diagnostics catalogue is complete and is the only source of identifiers.
struct DiagnosticCatalogueTests {
    @Test(arguments: DiagnosticID.allCases)
    func everyIdentifierIsExplainedWithAnExample(id: DiagnosticID) {
        let entry = id.entry
        #expect(!entry.summary.isEmpty && !entry.explanation.isEmpty && !entry.example.isEmpty)
        #expect(entry.summary.first?.isUppercase == false, "summaries start lower-case: \(entry.summary)")
        #expect(entry.summary.last != ".", "summaries have no final period: \(entry.summary)")
        #expect(entry.example.contains("[\(id.rawValue)]"), "the example shows the diagnostic as printed")
    }

    @Test func everyIdentifierRaisedInTheSourcesIsInTheCatalogue() throws {
        let sources = try Self.librarySources()
        #expect(!sources.isEmpty)
        // Identifiers can only be cases of DiagnosticID; none may be made from a string, which would escape the catalogue.
        for (file, text) in sources where !file.hasSuffix("ExplainCommand.swift") {
            let makesOne = text.contains("DiagnosticID(rawValue:")
            #expect(!makesOne, "\(file) makes an identifier from a string")
            let spellsOne = text.firstMatch(of: Self.stringIdentifier) != nil
            #expect(!spellsOne, "\(file) spells an identifier as a string")
        }
        let ids = Set(DiagnosticID.allCases.map(\.rawValue))
        let raised = Self.raisedIdentifiers(in: sources)
        #expect(!raised.isEmpty)
        for name in raised {
            #expect(DiagnosticID.allCases.contains { Self.caseName($0) == name }, "\(name) is not in the catalogue")
        }
        #expect(ids.count == DiagnosticID.allCases.count)
    }

    @Test func everyIdentifierInTheCatalogueIsRaisedSomewhere() throws {
        #expect(Self.caseNames.count == DiagnosticID.allCases.count, "every case is read from DiagnosticID.swift")
        let code = try Self.librarySources().filter { !$0.key.contains("/Diagnostics/") }.values.joined()
        for id in DiagnosticID.allCases {
            #expect(code.contains(".\(Self.caseName(id))"), "\(id) is catalogued but never raised")
        }
    }

    @Test func theDiagnosticsPageIsTheCatalogue() throws {
        let page = try Fixtures.text("docs/diagnostics.md")
        #expect(
            page == DiagnosticExplanation.markdown(),
            "docs/diagnostics.md differs: regenerate it with 'enact explain --all --format markdown > docs/diagnostics.md'"
        )
        for id in DiagnosticID.allCases { #expect(page.contains("### `\(id.rawValue)`")) }
    }

    /// The Swift files of the library modules, by path.
    private static func librarySources() throws -> [String: String] {
        let root = Fixtures.packageRoot.appendingPathComponent("Sources")
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files[url.path] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    /// A string where a diagnostic's identifier goes.
    private static var stringIdentifier: Regex<Substring> {
        #/(?:Diagnostic\(\s*|Failure\(\s*id: |syntaxError\([^)]*id: )"/#
    }

    /// The case names passed where a diagnostic's identifier goes: `Diagnostic(.name`, `report(.name`,
    /// `Failure(id: .name`, `syntaxError(…, id: .name`, and `id = .name` (libxml2's domains).
    private static func raisedIdentifiers(in sources: [String: String]) -> Set<String> {
        let pattern =
            #/(?:Diagnostic\(\s*|report\(\s*|Failure\(\s*id: |syntaxError\([^)]*id: |\bid = )\.([a-z][A-Za-z0-9]*)/#
        var names: Set<String> = []
        for text in sources.values {
            for match in text.matches(of: pattern) { names.insert(String(match.1)) }
        }
        return names
    }

    /// The Swift name of a case (`danglingReference` for `dangling-reference`), as DiagnosticID.swift declares it.
    private static func caseName(_ id: DiagnosticID) -> String {
        caseNames[id.rawValue] ?? "?"
    }

    private static let caseNames: [String: String] = {
        let path = Fixtures.path("Sources/EnactCore/Diagnostics/DiagnosticID.swift")
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var names: [String: String] = [:]
        for match in text.matches(of: #/case ([A-Za-z0-9]+) = "([a-z0-9-]+)"/#) {
            names[String(match.2)] = String(match.1)
        }
        return names
    }()
}
