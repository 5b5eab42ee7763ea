import EnactCore
import Mustache

/// Turns validated parameter values into what Mustache renders: text escaped for the Enact source format, and
/// numbers and dates that also offer the spellings statutes use (`{{interval.kanji}}`, `{{date.japanese}}`).
enum MustacheValues {
    static func context(_ values: [String: ParameterValue], _ parameters: [TemplateParameter]) -> [String: Any] {
        var context: [String: Any] = [:]
        for parameter in parameters {
            if let value = values[parameter.name] { context[parameter.name] = convert(value, parameter.type) }
        }
        return context
    }

    private static func convert(_ value: ParameterValue, _ type: ParameterType) -> Any {
        switch (value, type) {
        case (.string(let text), .text): return TemplateText(raw: text, source: escapedLines(text, markup: true))
        case (.string(let text), .enumeration(let choices)): return TemplateChoice(value: text, choices: choices)
        case (.string(let text), _): return TemplateText(raw: text, source: escapedLines(text, markup: false))
        case (.integer(let number), _): return TemplateNumber(value: number)
        case (.date(let text), _): return LegalDate(iso: text).map(TemplateDate.init) ?? text
        case (.boolean(let flag), _): return flag
        case (.list(let items), .list(let element)): return items.map { convert($0, element) }
        case (.record(let fields), .record(let declared)): return context(fields, declared)
        default: return ""
        }
    }

    /// Text as it may stand in a source line: `\`, `{` and `}` escaped unless `markup` keeps Enact inline
    /// markup; a line that would begin a directive or comment (`@`, `//`) escaped either way.
    static func escapedLines(_ text: String, markup: Bool) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var escaped =
                markup
                ? String(line)
                : line.reduce(into: "") { result, character in
                    if "\\{}".contains(character) { result.append("\\") }
                    result.append(character)
                }
            if escaped.hasPrefix("@") || escaped.hasPrefix("//") { escaped = "\\" + escaped }
            return escaped
        }
        return lines.joined(separator: "\n")
    }
}

/// A text parameter: `{{t}}` is the text escaped for a source line, `{{t.yaml}}` a YAML string for the
/// front matter.
struct TemplateText: CustomStringConvertible, MustacheParent {
    let raw: String
    let source: String
    var description: String { source }

    func child(named name: String) -> Any? {
        guard name == "yaml" else { return nil }
        var quoted = "\""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "\n": quoted += "\\n"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}

/// An enumeration parameter: `{{e}}` is the chosen word, and `{{#e.word}}…{{/e.word}}` a section kept only
/// when `word` is the one chosen.
struct TemplateChoice: CustomStringConvertible, MustacheParent {
    let value: String
    let choices: [String]
    var description: String { value }

    func child(named name: String) -> Any? {
        choices.contains(name) ? name == value : nil
    }
}

/// An integer parameter: `{{n}}` is `3`, `{{n.kanji}}` 三, `{{n.english}}` three (numbers above twenty in
/// figures, as statutes write them); `{{#n.one}}…{{/n.one}}` is kept only when the number is 1.
struct TemplateNumber: CustomStringConvertible, MustacheParent {
    let value: Int
    var description: String { String(value) }

    private static let words = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ]

    func child(named name: String) -> Any? {
        switch name {
        case "kanji": Numeral.kanji.format(value) ?? description
        case "english": Self.words.indices.contains(value) ? Self.words[value] : description
        case "one": value == 1
        default: nil
        }
    }
}

/// A date parameter: `{{d}}` is `2026-11-26`; `{{d.japanese}}` 令和八年十一月二十六日, `{{d.english}}`
/// November 26, 2026, `{{d.english_day_first}}` 26 November 2026, and `year`, `month`, `day`.
struct TemplateDate: CustomStringConvertible, MustacheParent {
    let date: LegalDate
    var description: String { date.description }

    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    func child(named name: String) -> Any? {
        let month = Self.months[date.month - 1]
        switch name {
        case "year": return TemplateNumber(value: date.year)
        case "month": return TemplateNumber(value: date.month)
        case "day": return TemplateNumber(value: date.day)
        case "english": return "\(month) \(date.day), \(date.year)"
        case "english_day_first": return "\(date.day) \(month) \(date.year)"
        case "japanese":
            guard let (era, year) = JapaneseEra.of(date), let kanji = Numeral.kanji.format(year) else { return nil }
            let yearText = year == 1 ? "元" : kanji
            return
                "\(era.japaneseName)\(yearText)年\(Numeral.kanji.format(date.month) ?? "")月\(Numeral.kanji.format(date.day) ?? "")日"
        default: return nil
        }
    }
}
