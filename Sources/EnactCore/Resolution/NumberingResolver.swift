/// Assigns numbers to automatically numbered divisions and schedules.
///
/// An automatic division gets one more than the main number of the previous sibling of the same kind, or 1;
/// explicit numbers are kept as written. So 第十条の二 followed by an automatic article gives 第十一条.
///
/// - Complexity: O(n) in the number of divisions.
public enum NumberingResolver {
    /// Returns the document with every automatic number assigned.
    public static func resolve(_ document: Document) -> Document {
        var document = document
        document.body = number(document.body)
        for index in document.supplementaryProvisions.indices {
            document.supplementaryProvisions[index].divisions = number(document.supplementaryProvisions[index].divisions)
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

    private static func number(_ siblings: [Division]) -> [Division] {
        var last: [DivisionKind: DivisionNumber] = [:]
        return siblings.map { sibling in
            var division = sibling
            if division.numbering == .automatic || division.number == nil {
                division.number = last[division.kind]?.successor ?? DivisionNumber(1)
            }
            last[division.kind] = division.number
            division.children = number(division.children)
            return division
        }
    }
}
