/// An Akoma Ntoso element identifier computed from a division's place in the tree: `chp_1__art_3__para_2`.
///
/// Each component is the kind's prefix and the number (`art_12-2` for 第十二条の二); components are joined
/// by `__` from the outermost division. Supplementary provisions start with `suppl_N`, schedules with
/// `sched_N`. eIds are unique within a document because sibling numbers are (which `enact check` enforces).
public struct EId: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The identifier of a division of `kind` numbered `number` under `parent` (nil at the top).
    public init(parent: EId?, kind: DivisionKind, number: DivisionNumber?) {
        self.init(parent: parent, prefix: kind.eIdPrefix, number: number)
    }

    /// The identifier of a component with an arbitrary prefix (`suppl`, `sched`) under `parent`.
    public init(parent: EId?, prefix: String, number: DivisionNumber?) {
        var text = parent.map { $0.rawValue + "__" } ?? ""
        text += prefix
        text += "_"
        if let number {
            for (index, component) in number.components.enumerated() {
                if index > 0 { text += "-" }
                text += String(component)
            }
        } else {
            text += "0"
        }
        rawValue = text
    }

    public var description: String { rawValue }

    public static func < (lhs: EId, rhs: EId) -> Bool { lhs.rawValue < rhs.rawValue }
}
