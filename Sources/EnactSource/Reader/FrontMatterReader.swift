import EnactCore
import Yams

/// Reads the YAML front matter of a source file into ``Metadata``, with a diagnostic at the line and column
/// of every problem: YAML syntax, unknown keys, wrong types, invalid codes, dates and identifiers.
struct FrontMatterReader {
    let file: String
    /// The line of the file on which the YAML text starts (the line after the opening `---`).
    let firstLine: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
    }

    mutating func read(_ yaml: String) -> Metadata {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            diagnostics.append(
                YAMLDiagnostics(file: file, firstLine: firstLine).syntaxError(
                    error, in: "front matter", id: .frontMatter))
            return Metadata()
        }
        guard let root else { return Metadata() }
        guard let mapping = root.mapping else {
            report(.frontMatter, "front matter must be a mapping of keys to values", at: root)
            return Metadata()
        }
        var metadata = Metadata()
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else {
                report(.frontMatter, "front matter keys must be plain strings", at: keyNode)
                continue
            }
            assign(key, value, keyNode: keyNode, to: &metadata)
        }
        return metadata
    }

    private mutating func assign(_ key: String, _ value: Node, keyNode: Node, to metadata: inout Metadata) {
        switch key {
        case "title": metadata.title = text(value, key)
        case "short-title": metadata.shortTitle = text(value, key)
        case "kind": metadata.kind = choice(value, key)
        case "jurisdiction": metadata.jurisdiction = code(value)
        case "language": metadata.language = language(value)
        case "tradition": metadata.tradition = choice(value, key)
        case "number": metadata.number = text(value, key)
        case "session": metadata.session = text(value, key)
        case "dates": metadata.dates = dates(value)
        case "sponsors": metadata.sponsors = list(value, key)
        case "status": metadata.status = choice(value, key)
        case "work": metadata.work = work(value)
        case "dictionary": metadata.dictionary = text(value, key)
        default:
            report(
                .unknownMetadata, "unknown front matter key '\(key)'; known keys: \(FrontMatterKey.all)", at: keyNode)
        }
    }

    private mutating func text(_ node: Node, _ key: String) -> String? {
        guard let scalar = node.scalar else {
            report(.frontMatter, "'\(key)' must be a single text value", at: node)
            return nil
        }
        guard !scalar.string.isEmpty else {
            report(.frontMatter, "'\(key)' is empty", at: node)
            return nil
        }
        return scalar.string
    }

    private mutating func choice<Value: RawRepresentable & CaseIterable>(_ node: Node, _ key: String) -> Value?
    where Value.RawValue == String {
        guard let raw = text(node, key) else { return nil }
        guard let value = Value(rawValue: raw) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            report(.frontMatter, "'\(key)' must be one of \(allowed), not '\(raw)'", at: node)
            return nil
        }
        return value
    }

    private mutating func code(_ node: Node) -> String? {
        guard let raw = text(node, "jurisdiction") else { return nil }
        guard raw.count == 2, raw.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            report(
                .frontMatter, "'jurisdiction' must be an ISO 3166-1 alpha-2 code such as JP or US, not '\(raw)'",
                at: node)
            return nil
        }
        return raw
    }

    private mutating func language(_ node: Node) -> String? {
        guard let raw = text(node, "language") else { return nil }
        let subtags = raw.split(separator: "-", omittingEmptySubsequences: false)
        let valid =
            subtags.first.map { (2...3).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isLowercase } } ?? false
            && subtags.dropFirst().allSatisfy {
                (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            }
        guard valid else {
            report(.frontMatter, "'language' must be a BCP 47 tag such as ja or en-US, not '\(raw)'", at: node)
            return nil
        }
        return raw
    }

    private mutating func work(_ node: Node) -> WorkIdentifier? {
        guard let raw = text(node, "work") else { return nil }
        guard let identifier = WorkIdentifier(raw) else {
            report(
                .frontMatter, "'work' must be an identifier path such as /akn/jp/bill/2026/name, not '\(raw)'",
                at: node)
            return nil
        }
        return identifier
    }

    private mutating func list(_ node: Node, _ key: String) -> [String] {
        guard let sequence = node.sequence else {
            report(.frontMatter, "'\(key)' must be a list", at: node)
            return []
        }
        return sequence.compactMap { text($0, key) }
    }

    private mutating func dates(_ node: Node) -> Metadata.Dates {
        var dates = Metadata.Dates()
        guard let mapping = node.mapping else {
            report(.frontMatter, "'dates' must be a mapping such as 'drafted: 2026-11-26'", at: node)
            return dates
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let date = self.date(value, key)
            guard Metadata.Dates.keys.contains(key) else {
                let known = Metadata.Dates.keys.joined(separator: ", ")
                report(.unknownMetadata, "unknown date '\(key)'; known dates: \(known)", at: keyNode)
                continue
            }
            dates[key] = date
        }
        return dates
    }

    private mutating func date(_ node: Node, _ key: String) -> LegalDate? {
        guard let raw = text(node, key) else { return nil }
        guard let date = LegalDate(iso: raw) else {
            report(.frontMatter, "'\(key)' must be a date written yyyy-mm-dd, not '\(raw)'", at: node)
            return nil
        }
        return date
    }

    private mutating func report(_ id: DiagnosticID, _ message: String, at node: Node) {
        diagnostics.append(
            Diagnostic(id, message, at: YAMLDiagnostics(file: file, firstLine: firstLine).location(of: node)))
    }
}

/// The keys of the front matter, in canonical order.
enum FrontMatterKey {
    static let all = [
        "title", "short-title", "kind", "jurisdiction", "language", "tradition", "number", "session", "dates",
        "sponsors", "status", "work", "dictionary",
    ].joined(separator: ", ")
}
