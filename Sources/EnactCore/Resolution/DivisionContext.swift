/// Where a division stands while a document is walked: its part, eId and ancestors.
public struct DivisionContext: Sendable {
    /// The part of the document a division belongs to.
    public enum Part: Hashable, Sendable {
        /// The main provisions (本則).
        case body
        /// The supplementary provisions group with this index (附則).
        case supplementary(Int)
    }

    public var part: Part
    public var eId: EId
    /// The kinds and numbers from the outermost ancestor down to the parent.
    public var ancestors: [(kind: DivisionKind, number: DivisionNumber?)]
    /// The index of the division among its siblings.
    public var siblingIndex: Int
    /// How many siblings of the same kind the division has, itself included.
    public var sameKindSiblingCount: Int

    /// The kind of the parent, nil at the top of a part.
    public var parentKind: DivisionKind? { ancestors.last?.kind }
    public var depth: Int { ancestors.count }
}

extension Document {
    /// The eId of a group of supplementary provisions.
    public static func supplementaryEId(_ index: Int) -> EId {
        EId(parent: nil, prefix: "suppl", number: DivisionNumber(index + 1))
    }

    /// The eId of a schedule.
    public static func scheduleEId(_ schedule: Schedule, index: Int) -> EId {
        EId(parent: nil, prefix: "sched", number: schedule.number ?? DivisionNumber(index + 1))
    }

    /// Calls `visit` for every division of the body and of the supplementary provisions, depth first,
    /// parents before children, with its context.
    public func walkDivisions(_ visit: (Division, DivisionContext) throws -> Void) rethrows {
        try walkDivisions(visit, leave: { _, _ in })
    }

    /// Calls `visit` on entering and `leave` on leaving every division (after its children), depth first.
    public func walkDivisions(
        _ visit: (Division, DivisionContext) throws -> Void, leave: (Division, DivisionContext) throws -> Void
    ) rethrows {
        try walk(part: .body, visit, leave: leave)
        for index in supplementaryProvisions.indices {
            try walk(part: .supplementary(index), visit, leave: leave)
        }
    }

    /// Walks the divisions of one part, calling `visit` on entering and `leave` on leaving each.
    public func walk(
        part: DivisionContext.Part, _ visit: (Division, DivisionContext) throws -> Void,
        leave: (Division, DivisionContext) throws -> Void
    ) rethrows {
        switch part {
        case .body:
            var ancestors: [(kind: DivisionKind, number: DivisionNumber?)] = []
            var used: Set<EId> = []
            var copies: [EId: Int] = [:]
            try Self.walk(
                body, part: .body, parent: nil, ancestors: &ancestors, used: &used, copies: &copies, visit, leave)
        case .supplementary(let index):
            var ancestors: [(kind: DivisionKind, number: DivisionNumber?)] = []
            var used: Set<EId> = []
            var copies: [EId: Int] = [:]
            try Self.walk(
                supplementaryProvisions[index].divisions, part: part, parent: Self.supplementaryEId(index),
                ancestors: &ancestors, used: &used, copies: &copies, visit, leave)
        }
    }

    private static func walk(
        _ divisions: [Division], part: DivisionContext.Part, parent: EId?,
        ancestors: inout [(kind: DivisionKind, number: DivisionNumber?)], used: inout Set<EId>,
        copies: inout [EId: Int],
        _ visit: (Division, DivisionContext) throws -> Void, _ leave: (Division, DivisionContext) throws -> Void
    ) rethrows {
        var kindCounts: [DivisionKind: Int] = [:]
        for division in divisions { kindCounts[division.kind, default: 0] += 1 }
        for (index, division) in divisions.enumerated() {
            // A number used twice (an error `enact check` reports, or an imported document) must not give two
            // elements one identifier: the later ones get a suffix.
            // The next suffix to try is remembered per identifier, so that thousands of unnumbered siblings
            // (before resolution) take linear time, not quadratic.
            let base = EId(parent: parent, kind: division.kind, number: division.number)
            var eId = base
            if used.contains(base) {
                var copy = copies[base] ?? 1
                repeat {
                    copy += 1
                    eId = EId(rawValue: base.rawValue + "_\(copy)")
                } while used.contains(eId)
                copies[base] = copy
            }
            used.insert(eId)
            let context = DivisionContext(
                part: part, eId: eId, ancestors: ancestors, siblingIndex: index,
                sameKindSiblingCount: kindCounts[division.kind] ?? 1)
            try visit(division, context)
            if !division.children.isEmpty {
                ancestors.append((division.kind, division.number))
                defer { ancestors.removeLast() }
                try walk(
                    division.children, part: part, parent: eId, ancestors: &ancestors, used: &used, copies: &copies,
                    visit, leave)
            }
            try leave(division, context)
        }
    }
}

extension Document {
    /// The document with `edit` applied to every division of the main and supplementary provisions, given the
    /// context it has in `numbered` — this document or the same document with its numbers resolved, whose walk
    /// visits the same divisions in the same order.
    public func rewritingDivisions(
        contextsFrom numbered: Document? = nil, _ edit: (inout Division, DivisionContext) -> Void
    ) -> Document {
        var contexts: [DivisionContext] = []
        (numbered ?? self).walkDivisions { _, context in contexts.append(context) }
        var result = self
        var position = 0
        func rewrite(_ divisions: inout [Division]) {
            for index in divisions.indices where position < contexts.count {
                edit(&divisions[index], contexts[position])
                position += 1
                rewrite(&divisions[index].children)
            }
        }
        rewrite(&result.body)
        for group in result.supplementaryProvisions.indices {
            rewrite(&result.supplementaryProvisions[group].divisions)
        }
        return result
    }
}
