/// Assigns numbers to automatically numbered divisions and schedules.
///
/// An automatic division gets one more than the main number of the previous division of the same kind in its
/// scope, or 1; explicit numbers are kept as written. So 第十条の二 followed by an automatic article gives
/// 第十一条. The scope of the basic unit (条, section) is the whole part: articles run on through chapters,
/// and the supplementary provisions number theirs from 1 again. Every other kind is numbered among its
/// siblings.
///
/// - Complexity: O(n) in the number of divisions.
public enum NumberingResolver {
    /// Returns the document with every automatic number assigned.
    public static func resolve(_ document: Document) -> Document {
        var document = document
        let unit = document.tradition.unitKind
        var lastUnit: DivisionNumber?
        document.body = number(document.body, unit: unit, lastUnit: &lastUnit)
        for index in document.supplementaryProvisions.indices {
            lastUnit = nil
            document.supplementaryProvisions[index].divisions = number(
                document.supplementaryProvisions[index].divisions, unit: unit, lastUnit: &lastUnit)
        }
        var lastSchedule: DivisionNumber?
        for index in document.schedules.indices {
            if document.schedules[index].numbering == .automatic || document.schedules[index].number == nil {
                document.schedules[index].number = lastSchedule?.successor ?? DivisionNumber(1)
            }
            lastSchedule = document.schedules[index].number
        }
        return document
    }

    private static func number(_ siblings: [Division], unit: DivisionKind, lastUnit: inout DivisionNumber?) -> [Division] {
        var last: [DivisionKind: DivisionNumber] = [:]
        return siblings.map { sibling in
            var division = sibling
            let previous = division.kind == unit ? lastUnit : last[division.kind]
            if division.numbering == .automatic || division.number == nil {
                division.number = previous?.successor ?? DivisionNumber(1)
            }
            if division.kind == unit { lastUnit = division.number } else { last[division.kind] = division.number }
            division.children = number(division.children, unit: unit, lastUnit: &lastUnit)
            return division
        }
    }
}
