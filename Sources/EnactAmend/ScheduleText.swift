import EnactCore
import EnactXML

/// Words changed in a 別表 (schedule), as 「別表第一中「A」を「B」に改める」 changes them: in its lines of text, and in
/// an appendix kept whole from law XML both in the text other formats show and in the markup law XML writes back.
enum ScheduleText {
    /// Why words cannot be changed.
    enum Problem: Error, Equatable {
        /// The words do not occur.
        case notFound
        /// They occur more than once where one place is meant (「A」の下に「B」を加える).
        case ambiguous(Int)
        /// They occur in the text but not as one run of characters in the markup (across cells or ruby).
        case acrossMarkup
    }

    /// The schedule an address names (`別表`, `別表第二`): by its number as statutes print it, or by the title an
    /// appendix read from law XML carries.
    static func index(of address: String, in document: Document) -> Int? {
        let designations = Designations(document)
        let matches = document.schedules.indices.filter { index in
            let schedule = document.schedules[index]
            if designations.scheduleNumber(schedule.number ?? DivisionNumber(1)) == address { return true }
            guard let heading = schedule.heading else { return false }
            return heading == address || heading.hasPrefix(address + "（") || heading.hasPrefix(address + "\u{3000}")
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Replaces `old` by `new` in the schedule: every occurrence, or — when `unique` — the only one.
    static func replace(_ old: String, with new: String, in schedule: inout Schedule, unique: Bool) throws(Problem) {
        let count = schedule.lines.reduce(0) { total, line in
            total + line.reduce(0) { $0 + occurrences(of: old, in: text(of: $1)) }
        }
        guard count > 0, !old.isEmpty else { throw .notFound }
        if unique, count > 1 { throw .ambiguous(count) }
        for (row, line) in schedule.lines.enumerated() {
            for (column, inline) in line.enumerated() {
                switch inline {
                case .text(let text):
                    schedule.lines[row][column] = .text(text.replacingOccurrences(of: old, with: new))
                case .preserved(var kept):
                    let inText = occurrences(of: old, in: kept.text)
                    guard inText > 0 else { continue }
                    let (escapedOld, escapedNew) = (XMLTextWriter.escaped(old), XMLTextWriter.escaped(new))
                    guard occurrences(of: escapedOld, in: kept.markup) == inText else { throw .acrossMarkup }
                    kept.text = kept.text.replacingOccurrences(of: old, with: new)
                    kept.markup = kept.markup.replacingOccurrences(of: escapedOld, with: escapedNew)
                    schedule.lines[row][column] = .preserved(kept)
                default:
                    continue
                }
            }
        }
    }

    private static func text(of inline: Inline) -> String {
        if case .preserved(let kept) = inline { kept.text } else { inline.plainText }
    }

    private static func occurrences(of needle: String, in text: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        return text.components(separatedBy: needle).count - 1
    }
}
