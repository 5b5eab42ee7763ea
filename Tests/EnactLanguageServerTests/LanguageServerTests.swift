import EnactCore
import EnactLanguageServer
import EnactSource
import EnactTestSupport
import Foundation
import Testing

/// `enact lsp` driven as an editor drives it, on the flagship: initialize, open, hover, definition, references,
/// outline, rename, completion, a change that breaks a reference (a diagnostic and its quick fix) and the change
/// that mends it, shutdown and exit.
struct LanguageServerTests {
    private static let path = Fixtures.path(Fixtures.flagshipJapanese)
    private static let uri = URL(fileURLWithPath: path).absoluteString

    /// The protocol's position (UTF-16) of the first occurrence of `needle` on 0-based line `line`, plus `offset`
    /// characters.
    private static func position(of needle: String, line: Int, in text: String, offset: Int = 0) throws -> JSONValue {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let range = try #require(lines[line].range(of: needle))
        let character = lines[line][..<range.lowerBound].utf16.count + offset
        return ["line": .integer(line), "character": .integer(character)]
    }

    @Test func anEditorSessionOnTheFlagship() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let resolved = ResolvedDocument(try SourceReader().read(contentsOf: Self.path))
        let target = try #require(resolved.targets["designation-first"])
        let document: JSONValue = ["uri": .string(Self.uri)]
        let client = try LanguageServerClient()

        let initialized = try client.request("initialize", ["processId": .null, "rootUri": .null, "capabilities": [:]])
        #expect(initialized["result"]?["capabilities"]?["hoverProvider"]?.bool == true)
        client.notify("initialized", [:])
        client.notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": .string(Self.uri), "languageId": "enact", "version": 1, "text": .string(text)]])
        #expect(try client.diagnostics(for: Self.uri).isEmpty, "the flagship and its English version are clean")

        // Hover on {ref:#designation-first} (line 47): the citation it prints, its target's heading and text.
        let onReference = try Self.position(of: "{ref:#designation-first}", line: 46, in: text, offset: 8)
        let hover = try client.request("textDocument/hover", ["textDocument": document, "position": onReference])
        let shown = try #require(hover["result"]?["contents"]?["value"]?.string)
        #expect(shown.contains(target.citation))
        #expect(shown.contains("（指定）"))
        // Hover on a term: its definition.
        let onTerm = try Self.position(of: "{term:協会}", line: 103, in: text, offset: 7)
        let termHover = try client.request("textDocument/hover", ["textDocument": document, "position": onTerm])
        #expect(termHover["result"]?["contents"]?["value"]?.string?.contains("の規定による指定を受けた者をいう") == true)

        // Go to definition: the label on the division's line.
        let definition = try client.request(
            "textDocument/definition", ["textDocument": document, "position": onReference])
        #expect(definition["result"]?["range"]?["start"]?["line"]?.int == 183)

        // Find references: every {ref:#designation-first} and the label itself.
        let written = text.matches(of: /\{ref:#designation-first[}|]/).count
        let references = try client.request(
            "textDocument/references",
            ["textDocument": document, "position": onReference, "context": ["includeDeclaration": true]])
        #expect(references["result"]?.array?.count == written + 1)

        // The outline: chapters with their articles, as printed.
        let symbols = try #require(
            try client.request("textDocument/documentSymbol", ["textDocument": document])["result"]?.array)
        #expect(symbols.first?["name"]?.string == "第一章　総則")
        #expect(symbols.first?["children"]?.array?.first?["name"]?.string == "第一条（目的）")

        // Rename a label: its declaration and every reference.
        let rename = try client.request(
            "textDocument/rename", ["textDocument": document, "position": onReference, "newName": "designation-main"])
        let edits = try #require(rename["result"]?["changes"]?[Self.uri]?.array)
        #expect(edits.count == written + 1)
        #expect(edits.allSatisfy { $0["newText"]?.string == "designation-main" })
        let badRename = try client.request(
            "textDocument/rename", ["textDocument": document, "position": onReference, "newName": "1st"])
        #expect(badRename["error"] != nil)

        // Completion of labels after {ref:# and of terms after {term:.
        var edited = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        edited[46] = "{ref:#desig"
        edited[103] = "{term:台"
        client.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(Self.uri), "version": 2],
                "contentChanges": [["text": .string(edited.joined(separator: "\n"))]],
            ])
        _ = try client.diagnostics(for: Self.uri)
        let labels = try client.request(
            "textDocument/completion",
            ["textDocument": document, "position": ["line": 46, "character": .integer("{ref:#desig".utf16.count)]])
        let labelNames = labels["result"]?.array?.compactMap { $0["label"]?.string } ?? []
        #expect(labelNames.contains("designation") && labelNames.contains("designation-first"))
        #expect(labelNames.allSatisfy { $0.hasPrefix("desig") })
        let terms = try client.request(
            "textDocument/completion",
            ["textDocument": document, "position": ["line": 103, "character": .integer("{term:台".utf16.count)]])
        let termNames = terms["result"]?.array?.compactMap { $0["label"]?.string } ?? []
        #expect(termNames.contains("台湾") && termNames.contains("台湾当局"))

        // A change that breaks a reference: a diagnostic at its line, and a fix pointing at the nearest label.
        var broken = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        broken[46] = broken[46].replacingOccurrences(of: "{ref:#designation-first}", with: "{ref:#designation-frist}")
        client.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(Self.uri), "version": 3],
                "contentChanges": [["text": .string(broken.joined(separator: "\n"))]],
            ])
        let diagnostics = try client.diagnostics(for: Self.uri)
        let dangling = try #require(diagnostics.first { $0["code"]?.string == "dangling-reference" })
        #expect(dangling["range"]?["start"]?["line"]?.int == 46)
        #expect(dangling["severity"]?.int == 1)
        let actions = try client.request(
            "textDocument/codeAction",
            [
                "textDocument": document, "range": dangling["range"] ?? .null,
                "context": ["diagnostics": [dangling]],
            ])
        let fix = try #require(actions["result"]?.array?.first)
        #expect(fix["title"]?.string == "Refer to {#designation-first}")
        #expect(fix["edit"]?["changes"]?[Self.uri]?.array?.first?["newText"]?.string == "designation-first")

        // The change that mends it: the diagnostic disappears.
        client.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(Self.uri), "version": 4],
                "contentChanges": [["text": .string(text)]],
            ])
        #expect(try client.diagnostics(for: Self.uri).isEmpty)

        #expect(try client.request("shutdown", .null)["result"] == .null)
        client.notify("exit", .null)
        #expect(client.exitStatus() == 0)
    }

    /// An amendment is read against the draft its `amends:` names and applied: the flagship's committee amendment
    /// is clean, a sentence naming an article the draft lacks is a `not-found` finding at its line.
    @Test func anAmendmentIsCheckedAgainstTheDraftItAmends() throws {
        let amendmentPath = Fixtures.path("Drafts/japan-taiwan-relations-act.amendment.ja.amend")
        let amendmentURI = URL(fileURLWithPath: amendmentPath).absoluteString
        let text = try String(contentsOfFile: amendmentPath, encoding: .utf8)
        var server = LanguageServer()
        func open(_ uri: String, _ text: String) -> [JSONValue] {
            server.handle([
                "jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": [
                    "textDocument": ["uri": .string(uri), "languageId": "enact", "version": 1, "text": .string(text)]
                ],
            ])
        }
        let clean = open(amendmentURI, text)
        #expect(clean.first?["params"]?["diagnostics"]?.array?.isEmpty == true, "\(clean)")
        let broken = text + "第九十九条を削る。\n"
        let line = broken.split(separator: "\n", omittingEmptySubsequences: false).count - 2
        let reply = server.handle([
            "jsonrpc": "2.0", "method": "textDocument/didChange",
            "params": [
                "textDocument": ["uri": .string(amendmentURI), "version": 2],
                "contentChanges": [["text": .string(broken)]],
            ],
        ])
        let diagnostics = reply.first?["params"]?["diagnostics"]?.array ?? []
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["range"]?["start"]?["line"]?.int == line)
        #expect(diagnostics.first?["message"]?.string?.hasPrefix("not-found:") == true)
    }

    /// The language server serves for as long as the editor is open: the time limit of the other commands
    /// (`ENACT_MAX_SECONDS`) does not stop it.
    @Test func theServerOutlivesTheTimeLimitOfOtherCommands() throws {
        let client = try LanguageServerClient(environment: ["ENACT_MAX_SECONDS": "1"])
        Thread.sleep(forTimeInterval: 2)
        let reply = try client.request("initialize", ["processId": .null, "rootUri": .null, "capabilities": [:]])
        #expect(reply["result"]?["capabilities"] != nil)
        #expect(try client.request("shutdown", .null)["result"] == .null)
        client.notify("exit", .null)
        #expect(client.exitStatus() == 0)
    }

    /// The server as a value: a request it does not know is an error, and exit without shutdown is status 1.
    @Test func anUnknownMethodIsAnErrorAndExitWithoutShutdownFails() {
        var server = LanguageServer()
        let reply = server.handle(["jsonrpc": "2.0", "id": 7, "method": "workspace/unknown", "params": [:]])
        #expect(reply.first?["error"]?["code"]?.int == -32601)
        #expect(server.handle(["jsonrpc": "2.0", "method": "exit"]).isEmpty)
        #expect(server.exitStatus == 1)
    }

    @Test func framingReadsMessagesSplitAcrossReads() throws {
        var framing = MessageFraming()
        let message = MessageFraming.frame(Data("{\"a\":1}".utf8))
        framing.append(message.prefix(10))
        #expect(try framing.next() == nil)
        framing.append(message.dropFirst(10) + message)
        #expect(try framing.next() == Data("{\"a\":1}".utf8))
        #expect(try framing.next() == Data("{\"a\":1}".utf8))
        #expect(try framing.next() == nil)
        var bad = MessageFraming()
        bad.append(Data("Content-Length: x\r\n\r\n".utf8))
        #expect(throws: MessageFraming.FramingError.self) { try bad.next() }
    }
}
