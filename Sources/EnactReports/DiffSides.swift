import EnactCore
import EnactDiff

/// The names the reports give both documents.
public struct DiffSides: Sendable {
    public var old: String
    public var new: String

    public init(old: String, new: String) {
        self.old = old
        self.new = new
    }
}
