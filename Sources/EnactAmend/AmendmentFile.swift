import EnactCore
import Foundation
import EnactSource
import Yams

/// The text form of an amendment: YAML front matter, then one instruction per line in the controlled
/// language of its style, each quoted structure indented by four spaces under its instruction.
///
/// ```
/// ---
/// title: 行政手続法の一部を改正する法律案
/// amends: 行政手続法
/// style: jp
/// ---
/// 第三条第一項中「行政庁」を「行政機関」に改める。
///
/// 第五条の次に次の一条を加える。
///     @第五条の二（…）
///     …
/// ```
public struct AmendmentFile: Sendable {
    /// The designations of the document the amendment is written against (its tradition and language).
    let designations: ProvisionDesignations
    /// The US Code title the base is, when it is one (its sections are cited as the Code cites them).
    let codeTitle: Int?
    /// The base's metadata, for writing quoted provisions as its source does.
    let metadata: Metadata
    static let indent = "    "

    /// - Parameter base: the document the amendment amends (its numbering and language decide how labels read).
    public init(for base: Document) {
        designations = ProvisionDesignations(base)
        codeTitle = base.metadata.unitedStatesCodeTitle
        metadata = base.metadata
    }

    /// The amendment as text; `marked` adds a front-matter comment saying Enact wrote it (so that it may be
    /// regenerated over without `--force`).
    public func print(_ amendment: Amendment, marked: Bool = false) -> String {
        var output = "---\n"
        if marked { output += "# \(GeneratedMarker.text) amend; edit freely, then apply with `enact apply`\n" }
        output += "title: \(Self.yamlScalar(amendment.title))\n"
        output += "amends: \(Self.yamlScalar(amendment.target))\n"
        output += "style: \(amendment.style.rawValue)\n"
        if let number = amendment.number { output += "number: \(Self.yamlScalar(number))\n" }
        if let date = amendment.date { output += "date: \(date)\n" }
        if let work = amendment.work { output += "work: \(work)\n" }
        output += "---\n"
        for (position, sentence) in sentences(amendment).enumerated() {
            if position > 0 { output += "\n" }
            output += sentence.text + "\n"
            if let quoted = sentence.quoted { output += indented(quoted) }
        }
        return output
    }

    /// A sentence as drafters write it: its text, the index of its last instruction and what that one quotes.
    public struct Sentence: Sendable {
        public var text: String
        public var lastInstruction: Int
        public var quoted: QuotedStructure?
    }

    /// The amendment's sentences as drafters write them: consecutive changes to one provision's text joined, and
    /// in the Japanese style renumberings joined with each other and the insertion after them.
    public func sentences(_ amendment: Amendment) -> [Sentence] {
        let instructions = amendment.instructions
        let japanese = JapanesePhrasing(designations: designations)
        var sentences: [Sentence] = []
        var index = 0
        while index < instructions.count {
            var end = index + 1
            if let address = instructions[index].textAddress {
                while end < instructions.count, instructions[end].textAddress == address { end += 1 }
            }
            if amendment.style == .jp, JapanesePhrasing.isRenumbering(instructions[index]) {
                while end < instructions.count, JapanesePhrasing.isRenumbering(instructions[end]) { end += 1 }
                if end < instructions.count, case .insert = instructions[end] { end += 1 }
            }
            let run = Array(instructions[index..<end])
            let instruction = instructions[end - 1]
            let text: String
            if run.count > 1, instruction.textAddress == nil {
                text = japanese.joinedRenumbering(run)
            } else if run.count > 1 {
                text =
                    amendment.style == .jp
                    ? japanese.joinedSentence(run)
                    : USPhrasing(designations: designations, codeTitle: codeTitle).joinedSentence(run)
            } else {
                text = sentence(instruction, style: amendment.style)
            }
            sentences.append(Sentence(text: text, lastInstruction: end - 1, quoted: instruction.quotation))
            index = end
        }
        return sentences
    }

    /// The quoted structure's lines, indented under their instruction.
    private func indented(_ quoted: QuotedStructure) -> String {
        let source = QuotedStructureSource(metadata: metadata).source(of: quoted)
        return source.split(separator: "\n", omittingEmptySubsequences: false).dropLast(source.hasSuffix("\n") ? 1 : 0)
            .map { $0.isEmpty ? "\n" : Self.indent + $0 + "\n" }.joined()
    }

    /// One instruction's sentence in pieces (words, quotations, amending verbs), for XML forms.
    public func parts(_ instruction: AmendmentInstruction, style: AmendmentStyle) -> [SentencePart] {
        switch style {
        case .jp: JapanesePhrasing(designations: designations).parts(instruction)
        case .us: USPhrasing(designations: designations, codeTitle: codeTitle).parts(instruction)
        }
    }

    /// The quotation marks of a style (「」 or “ ”).
    public static func quotationMarks(_ style: AmendmentStyle) -> (open: Character, close: Character) {
        let marks = style == .jp ? QuotationMarks.japanese : QuotationMarks.english
        return (marks.open, marks.close)
    }

    /// One instruction as a sentence of its style.
    public func sentence(_ instruction: AmendmentInstruction, style: AmendmentStyle) -> String {
        switch style {
        case .jp: JapanesePhrasing(designations: designations).sentence(instruction)
        case .us: USPhrasing(designations: designations, codeTitle: codeTitle).sentence(instruction)
        }
    }

    /// Reads an amendment; every line that is not an instruction of its style is an error at that line. With
    /// `keepingUnread`, such lines are the amendment's ``Amendment/unread`` sentences instead (the front matter must
    /// still be read).
    public func read(_ text: String, file: String, keepingUnread: Bool = false) throws(DiagnosticError) -> Amendment {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard lines.first == "---", let closing = lines.dropFirst().firstIndex(of: "---") else {
            throw DiagnosticError([
                Diagnostic(
                    .amendmentFrontMatter,
                    "an amendment starts with front matter between '---' lines (title, amends, style)",
                    at: SourceLocation(file: file, line: 1, column: 1))
            ])
        }
        let header = try frontMatter(lines[1..<closing].joined(separator: "\n"), file: file)
        var instructions: [AmendmentInstruction] = []
        var locations: [SourceLocation?] = []
        var diagnostics: [Diagnostic] = []
        var index = closing + 1
        while index < lines.count {
            let line = lines[index]
            let location = SourceLocation(file: file, line: index + 1, column: 1)
            index += 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if line.hasPrefix(" ") || line.hasPrefix("\t") {
                diagnostics.append(
                    Diagnostic(
                        .amendmentQuotation, "indented text must follow an instruction that quotes provisions",
                        at: location))
                continue
            }
            // Spaces after the sentence (a full-width one too) are not part of it.
            let sentence = line.trimmingCharacters(in: .whitespaces)
            var parsed: [AmendmentInstruction]?
            switch header.style {
            case .jp:
                parsed = JapanesePhrasing(designations: designations).instructions(sentence)
            case .us:
                if let address = USPhrasing.clausesOpening(Substring(sentence)) {
                    // `Section 3 is amended—` and its numbered clauses, one a line, the last ending in a full stop.
                    var clauses: [AmendmentInstruction] = []
                    var finished = false
                    while !finished, index < lines.count,
                        let clauseSentence = USPhrasing.clauseSentence(
                            Substring(lines[index].trimmingCharacters(in: .whitespaces)), address: address),
                        let clause = USPhrasing(designations: designations, codeTitle: codeTitle).instruction(
                            clauseSentence)
                    {
                        finished = lines[index].trimmingCharacters(in: .whitespaces).hasSuffix(".")
                        clauses.append(clause)
                        index += 1
                    }
                    parsed = finished ? clauses : nil
                } else {
                    parsed = USPhrasing(designations: designations, codeTitle: codeTitle).instruction(sentence).map {
                        [$0]
                    }
                }
            }
            guard let sentenceInstructions = parsed, var instruction = sentenceInstructions.last else {
                diagnostics.append(
                    Diagnostic(
                        .amendmentInstruction, "not an instruction in the \(header.style.rawValue) style: '\(line)'",
                        at: location))
                // What it quotes goes with it.
                while index < lines.count, lines[index].hasPrefix(Self.indent) || lines[index].isEmpty { index += 1 }
                continue
            }
            for earlier in sentenceInstructions.dropLast() {
                instructions.append(earlier)
                locations.append(location)
            }
            var quoted: [Substring] = []
            while index < lines.count, lines[index].hasPrefix(Self.indent) || lines[index].isEmpty {
                quoted.append(lines[index].dropFirst(min(Self.indent.count, lines[index].count)))
                index += 1
            }
            while quoted.last?.isEmpty == true { quoted.removeLast() }
            if instruction.quotation != nil {
                guard !quoted.isEmpty else {
                    diagnostics.append(
                        Diagnostic(
                            .amendmentQuotation,
                            "this instruction must be followed by the quoted provisions, indented by four spaces",
                            at: location))
                    continue
                }
                instruction = instruction.carrying(
                    QuotedStructure(
                        source: quoted.joined(separator: "\n") + "\n", summary: instruction.quotation?.summary))
            } else if !quoted.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        .amendmentQuotation,
                        "this instruction quotes no provisions; the indented text after it is not expected",
                        at: location.nextLine))
                continue
            }
            instructions.append(instruction)
            locations.append(location)
        }
        guard diagnostics.isEmpty || keepingUnread else { throw DiagnosticError(diagnostics) }
        var amendment = Amendment(
            title: header.title, target: header.target, style: header.style, instructions: instructions,
            locations: locations,
            number: header.number, date: header.date, work: header.work)
        amendment.unread = diagnostics
        return amendment
    }

    /// What the front matter says.
    private struct Header {
        var title: String
        var target: String
        var style: AmendmentStyle
        var number: String?
        var date: LegalDate?
        var work: WorkIdentifier?
    }

    private static let keys = ["title", "amends", "style", "number", "date", "work"]

    private func frontMatter(_ yaml: String, file: String) throws(DiagnosticError) -> Header {
        let yamlDiagnostics = YAMLDiagnostics(file: file, firstLine: 2)
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            throw DiagnosticError([yamlDiagnostics.syntaxError(error, in: "front matter", id: .amendmentFrontMatter)]
            )
        }
        guard let mapping = node?.mapping else {
            throw DiagnosticError([
                Diagnostic(
                    .amendmentFrontMatter, "the front matter must be a mapping with title, amends and style",
                    at: SourceLocation(file: file, line: 2, column: 1))
            ])
        }
        var values: [String: (String, SourceLocation)] = [:]
        for (key, value) in mapping {
            guard let name = key.string, Self.keys.contains(name) else {
                throw DiagnosticError([
                    Diagnostic(
                        .amendmentFrontMatter,
                        "unknown key '\(key.string ?? "?")' (expected \(Self.keys.joined(separator: ", ")))",
                        at: yamlDiagnostics.location(of: key))
                ])
            }
            values[name] = (value.string ?? "", yamlDiagnostics.location(of: value))
        }
        guard let styleValue = values["style"] else {
            throw DiagnosticError([
                Diagnostic(
                    .amendmentFrontMatter, "missing key 'style' (jp or us)",
                    at: SourceLocation(file: file, line: 1, column: 1))
            ])
        }
        guard let style = AmendmentStyle(rawValue: styleValue.0) else {
            throw DiagnosticError([
                Diagnostic(.amendmentFrontMatter, "style must be jp or us, not '\(styleValue.0)'", at: styleValue.1)
            ])
        }
        var date: LegalDate?
        if let (text, location) = values["date"] {
            guard let parsed = LegalDate(iso: text) else {
                throw DiagnosticError([
                    Diagnostic(.amendmentFrontMatter, "date must be YYYY-MM-DD, not '\(text)'", at: location)
                ])
            }
            date = parsed
        }
        var work: WorkIdentifier?
        if let (text, location) = values["work"] {
            guard let parsed = WorkIdentifier(text) else {
                throw DiagnosticError([
                    Diagnostic(
                        .amendmentFrontMatter,
                        "work must be an identifier such as /akn/jp/bill/2027/10, not '\(text)'", at: location)
                ])
            }
            work = parsed
        }
        return Header(
            title: values["title"]?.0 ?? "", target: values["amends"]?.0 ?? "", style: style,
            number: values["number"]?.0, date: date, work: work)
    }

    /// A YAML scalar for a title: double-quoted, with backslashes and quotes escaped.
    private static func yamlScalar(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension Metadata {
    /// The title number when the document is a title of the United States Code (work `/us/usc/t44` → 44).
    var unitedStatesCodeTitle: Int? {
        guard let segments = work?.segments, segments.count == 3, segments[0] == "us", segments[1] == "usc" else {
            return nil
        }
        return Int(segments[2].dropFirst())
    }
}
