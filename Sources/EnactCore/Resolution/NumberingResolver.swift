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

    private static func number(_ siblings: [Division], unit: DivisionKind, lastUnit: inout DivisionNumber?)
        -> [Division]
    {
        var last = [DivisionNumber?](repeating: nil, count: DivisionKind.allCases.count)
        var divisions = siblings
        for index in divisions.indices {
            let kind = divisions[index].kind
            let previous = kind == unit ? lastUnit : last[kind.ordinal]
            if divisions[index].numbering == .automatic || divisions[index].number == nil {
                divisions[index].number = previous?.successor ?? DivisionNumber(1)
            }
            if kind == unit { lastUnit = divisions[index].number } else { last[kind.ordinal] = divisions[index].number }
            if !divisions[index].children.isEmpty {
                divisions[index].children = number(divisions[index].children, unit: unit, lastUnit: &lastUnit)
            }
        }
        return divisions
    }
}
