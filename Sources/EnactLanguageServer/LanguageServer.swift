import EnactCore
import EnactSource
import Foundation

/// The Language Server Protocol for Enact drafts (`.enact`): the findings of `enact check` as the editor's
/// diagnostics on open and on every change; hover, go to definition and find references for labels and defined
/// terms; the outline; rename of a label; completion of labels after `{ref:#` and of terms after `{term:`; and a
/// quick fix that points a dangling reference at the nearest label.
///
/// A value that takes one message at a time and gives the messages to send back, so that it is tested without a
/// process; ``LanguageServerLoop`` runs it on a byte stream.
public struct LanguageServer: Sendable {
    /// A draft open in the editor: its text, what Enact found in it, and where its markup is (found when a feature
    /// first needs it, not on every keystroke).
    private struct OpenDraft {
        var text: String
        var analysis: DraftAnalysis
        var markup: DraftMarkup?
    }

    /// The drafts open in the editor, by URI.
    private var drafts: [String: OpenDraft] = [:]
    /// The amendments open in the editor, by URI.
    private var amendments: [String: String] = [:]
    /// The partner drafts read from their files, by path, with the time they were last modified.
    private var partnersOnDisk: [String: (modified: Date, document: Document)] = [:]
    private var shutdownRequested = false

    /// Set once the client sent `exit`: the process's exit status (0 after `shutdown`, 1 otherwise).
    public private(set) var exitStatus: Int32?

    public init() {}

    /// The messages to send in reply to `message`: a response to a request, and notifications (diagnostics).
    public mutating func handle(_ message: JSONValue) -> [JSONValue] {
        let method = message["method"]?.string ?? ""
        let parameters = message["params"] ?? .null
        guard let id = message["id"] else {
            return notification(method, parameters)
        }
        if shutdownRequested, method != "exit" {
            return [Self.error(id, code: -32600, "the server is shutting down")]
        }
        switch method {
        case "initialize": return [Self.result(id, Self.capabilities)]
        case "shutdown":
            shutdownRequested = true
            return [Self.result(id, .null)]
        case "textDocument/hover": return [Self.result(id, hover(parameters))]
        case "textDocument/definition": return [Self.result(id, definition(parameters))]
        case "textDocument/references": return [Self.result(id, references(parameters))]
        case "textDocument/documentSymbol":
            return [Self.result(id, .array(draft(parameters)?.analysis.symbols() ?? []))]
        case "textDocument/rename": return [rename(id, parameters)]
        case "textDocument/completion": return [Self.result(id, completion(parameters))]
        case "textDocument/codeAction": return [Self.result(id, codeActions(parameters))]
        default: return [Self.error(id, code: -32601, "method not found: \(method)")]
        }
    }

    private mutating func notification(_ method: String, _ parameters: JSONValue) -> [JSONValue] {
        let document = parameters["textDocument"]
        switch method {
        case "exit":
            exitStatus = shutdownRequested ? 0 : 1
            return []
        case "textDocument/didOpen":
            guard let uri = document?["uri"]?.string, let text = document?["text"]?.string else { return [] }
            return update(uri, text: text)
        case "textDocument/didChange":
            // The server asks for whole texts (TextDocumentSyncKind.Full): the last change is the document.
            guard let uri = document?["uri"]?.string,
                let text = parameters["contentChanges"]?.array?.last?["text"]?.string
            else { return [] }
            return update(uri, text: text)
        case "textDocument/didClose":
            guard let uri = document?["uri"]?.string else { return [] }
            drafts[uri] = nil
            amendments[uri] = nil
            return [Self.publish(uri, [])]
        default:
            return []
        }
    }

    // MARK: Diagnostics

    private mutating func update(_ uri: String, text: String) -> [JSONValue] {
        let file = Self.path(of: uri)
        if uri.hasSuffix(".amend") {
            amendments[uri] = text
            return [checkAmendment(uri, text: text)]
        }
        let analysis = DraftAnalysis(file: file, text: text, partner: Self.partner(of: uri).flatMap { partner($0) })
        drafts[uri] = OpenDraft(text: text, analysis: analysis)
        // The open amendments of this draft are checked again against it as it now reads.
        let title = analysis.resolved?.document.metadata.title
        let amending = amendments.filter {
            title != nil && AmendmentAnalysis.frontMatterValue("amends", in: $0.value) == title
        }
        return [Self.publish(uri, analysis.findings, about: file, positions: analysis.positions)]
            + amending.sorted { $0.key < $1.key }.map { checkAmendment($0, text: $1) }
    }

    /// The diagnostics of an amendment: its sentences read against the draft it amends and applied.
    private func checkAmendment(_ uri: String, text: String) -> JSONValue {
        let file = Self.path(of: uri)
        let open = drafts.map { (file: Self.path(of: $0.key), text: $0.value.text) }
        let findings = AmendmentAnalysis.findings(file: file, text: text, openDrafts: open)
        return Self.publish(uri, findings, about: file, positions: TextPositions(text))
    }

    /// The notification publishing the findings about `file` (those about another file, a partner, are left out).
    private static func publish(_ uri: String, _ findings: [Diagnostic], about file: String, positions: TextPositions)
        -> JSONValue
    {
        let diagnostics = findings.filter { $0.location == nil || $0.location?.file == file }.map {
            diagnostic($0, positions: positions)
        }
        return publish(uri, diagnostics)
    }

    private static func diagnostic(_ finding: Diagnostic, positions: TextPositions) -> JSONValue {
        let severity =
            switch finding.severity {
            case .error: 1
            case .warning: 2
            case .note: 3
            }
        return [
            "range": positions.range(from: finding.location ?? SourceLocation(file: "", line: 1, column: 1)),
            "severity": .integer(severity), "code": .string(finding.id.rawValue), "source": "enact",
            "message": .string(finding.message),
        ]
    }

    private static func publish(_ uri: String, _ diagnostics: [JSONValue]) -> JSONValue {
        [
            "jsonrpc": "2.0", "method": "textDocument/publishDiagnostics",
            "params": ["uri": .string(uri), "diagnostics": .array(diagnostics)],
        ]
    }

    /// The document of a partner draft: open in the editor, or read from its file (once for each version of it on
    /// disk, not on every keystroke in the draft).
    private mutating func partner(_ uri: String) -> (file: String, document: Document)? {
        let path = Self.path(of: uri)
        if let open = drafts[uri]?.analysis.document { return (path, open) }
        let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        if let cached = partnersOnDisk[path], cached.modified == modified { return (path, cached.document) }
        guard let modified, let text = try? String(contentsOfFile: path, encoding: .utf8),
            let document = try? SourceReader().parse(text, file: path).document
        else { return nil }
        partnersOnDisk[path] = (modified, document)
        return (path, document)
    }

    /// The other language version of a draft by the naming convention of parallel drafts: `act.ja.enact` and
    /// `act.en.enact`.
    static func partner(of uri: String) -> String? {
        for (one, other) in [(".ja.enact", ".en.enact"), (".en.enact", ".ja.enact")] where uri.hasSuffix(one) {
            let candidate = String(uri.dropLast(one.count)) + other
            if FileManager.default.fileExists(atPath: path(of: candidate)) { return candidate }
        }
        return nil
    }

    /// The file path of a `file:` URI (percent-decoded), or the URI itself.
    static func path(of uri: String) -> String {
        guard uri.hasPrefix("file://") else { return uri }
        let path = String(uri.dropFirst("file://".count))
        return path.removingPercentEncoding ?? path
    }

    // MARK: Features

    /// The open draft a request is about, with its markup found.
    private mutating func draft(_ parameters: JSONValue) -> (analysis: DraftAnalysis, markup: DraftMarkup)? {
        guard let uri = parameters["textDocument"]?["uri"]?.string, var draft = drafts[uri] else { return nil }
        if draft.markup == nil {
            draft.markup = DraftMarkup(lines: draft.analysis.positions.lines)
            drafts[uri] = draft
        }
        return draft.markup.map { (draft.analysis, $0) }
    }

    /// The draft and the markup at the request's position.
    private mutating func markup(_ parameters: JSONValue) -> (DraftAnalysis, DraftMarkup, DraftMarkup.Occurrence)? {
        guard let (analysis, markup) = draft(parameters), let line = parameters["position"]?["line"]?.int,
            let character = parameters["position"]?["character"]?.int
        else { return nil }
        let scalar = analysis.positions.scalar(line: line, utf16: character)
        return markup.occurrence(at: line, scalar).map { (analysis, markup, $0) }
    }

    private func location(_ uri: String, _ occurrence: DraftMarkup.Occurrence, in analysis: DraftAnalysis) -> JSONValue
    {
        ["uri": .string(uri), "range": analysis.positions.range(occurrence)]
    }

    private mutating func hover(_ parameters: JSONValue) -> JSONValue {
        guard let (analysis, _, occurrence) = markup(parameters), let text = analysis.hover(at: occurrence) else {
            return .null
        }
        return [
            "contents": ["kind": "markdown", "value": .string(text)], "range": analysis.positions.range(occurrence),
        ]
    }

    private mutating func definition(_ parameters: JSONValue) -> JSONValue {
        guard let uri = parameters["textDocument"]?["uri"]?.string,
            let (analysis, markup, occurrence) = markup(parameters)
        else { return .null }
        let declaration = markup.related(to: occurrence).first { $0.kind == .label || $0.kind == .definition }
        return declaration.map { location(uri, $0, in: analysis) } ?? .null
    }

    private mutating func references(_ parameters: JSONValue) -> JSONValue {
        guard let uri = parameters["textDocument"]?["uri"]?.string,
            let (analysis, markup, occurrence) = markup(parameters)
        else { return .null }
        let includeDeclaration = parameters["context"]?["includeDeclaration"]?.bool ?? true
        let related = markup.related(to: occurrence).filter { other in
            includeDeclaration || (other.kind != .label && other.kind != .definition)
        }
        return .array(related.map { location(uri, $0, in: analysis) })
    }

    private mutating func rename(_ id: JSONValue, _ parameters: JSONValue) -> JSONValue {
        guard let uri = parameters["textDocument"]?["uri"]?.string,
            let (analysis, markup, occurrence) = markup(parameters),
            occurrence.kind == .label || occurrence.kind == .reference
        else { return Self.error(id, code: -32602, "only a label ({#name} or {ref:#name}) can be renamed") }
        guard let newName = parameters["newName"]?.string, newName.wholeMatch(of: /[A-Za-z_][A-Za-z0-9._-]*/) != nil
        else {
            return Self.error(
                id, code: -32602,
                "a label begins with an ASCII letter or _ and continues with letters, digits, -, _ and .")
        }
        if markup.labels.contains(where: { $0.name == newName }) {
            return Self.error(id, code: -32602, "the label \(newName) is taken")
        }
        let edits = markup.related(to: occurrence).map { other -> JSONValue in
            ["range": analysis.positions.range(other), "newText": .string(newName)]
        }
        return Self.result(id, ["changes": .object([uri: .array(edits)])])
    }

    private mutating func completion(_ parameters: JSONValue) -> JSONValue {
        guard let (analysis, markup) = draft(parameters), let line = parameters["position"]?["line"]?.int,
            let character = parameters["position"]?["character"]?.int, analysis.positions.lines.indices.contains(line)
        else { return [] }
        let scalar = analysis.positions.scalar(line: line, utf16: character)
        let before = String(String.UnicodeScalarView(analysis.positions.lines[line].unicodeScalars.prefix(scalar)))
        if let match = before.firstMatch(of: /\{ref:#([A-Za-z0-9._-]*)$/) {
            let typed = String(match.output.1)
            return .array(
                markup.labels.filter { $0.name.hasPrefix(typed) }.map { label in
                    [
                        "label": .string(label.name), "kind": 18,  // Reference
                        "detail": .string(analysis.resolved?.targets[label.name]?.citation ?? ""),
                    ]
                })
        }
        if let match = before.firstMatch(of: /\{term:([^}|]*)$/) {
            let typed = ResolvedDocument.normalisedTerm(String(match.output.1))
            var seen: Set<String> = []
            return .array(
                markup.definitions.filter { ResolvedDocument.normalisedTerm($0.name).hasPrefix(typed) }
                    .compactMap { definition in
                        guard seen.insert(definition.name).inserted else { return nil }
                        return ["label": .string(definition.name), "kind": 14]  // Keyword
                    })
        }
        return []
    }

    /// For each dangling reference among the diagnostics the editor sends, a fix that points it at the nearest
    /// label (by edit distance), when one is near enough.
    private mutating func codeActions(_ parameters: JSONValue) -> JSONValue {
        guard let uri = parameters["textDocument"]?["uri"]?.string, let (analysis, markup) = draft(parameters) else {
            return []
        }
        let labels = markup.labels.map(\.name)
        var actions: [JSONValue] = []
        for diagnostic in parameters["context"]?["diagnostics"]?.array ?? []
        where diagnostic["code"]?.string == DiagnosticID.danglingReference.rawValue {
            guard let line = diagnostic["range"]?["start"]?["line"]?.int else { continue }
            for reference in markup.occurrences
            where reference.kind == .reference && reference.line == line && !labels.contains(reference.name) {
                guard let nearest = NearestLabel.find(reference.name, among: labels) else { continue }
                let edit: JSONValue = ["range": analysis.positions.range(reference), "newText": .string(nearest)]
                actions.append([
                    "title": .string("Refer to {#\(nearest)}"), "kind": "quickfix", "diagnostics": [diagnostic],
                    "isPreferred": true, "edit": ["changes": .object([uri: [edit]])],
                ])
            }
        }
        return .array(actions)
    }

    // MARK: Messages

    static let capabilities: JSONValue = [
        "capabilities": [
            "positionEncoding": "utf-16",
            "textDocumentSync": ["openClose": true, "change": 1],
            "hoverProvider": true, "definitionProvider": true, "referencesProvider": true,
            "documentSymbolProvider": true, "renameProvider": true,
            "completionProvider": ["triggerCharacters": ["#", ":"]],
            "codeActionProvider": ["codeActionKinds": ["quickfix"]],
        ],
        "serverInfo": ["name": "enact"],
    ]

    static func result(_ id: JSONValue, _ result: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "result": result]
    }

    static func error(_ id: JSONValue, code: Int, _ message: String) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "error": ["code": .integer(code), "message": .string(message)]]
    }
}
