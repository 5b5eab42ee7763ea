import EnactCore
import EnactDiff

extension DivisionChange {
    /// `modified+renumbered`, or `unchanged`.
    public var kindsDescription: String { kinds.isEmpty ? "unchanged" : kinds.map(\.rawValue).joined(separator: "+") }

    /// `第三条 → 第四条`, `section 5 → section 5, section 5a`.
    public var citations: String {
        let old = self.old.map(\.citation).joined(separator: ", ")
        let new = self.new.map(\.citation).joined(separator: ", ")
        if old.isEmpty { return new }
        if new.isEmpty || new == old { return old }
        return "\(old) → \(new)"
    }
}
