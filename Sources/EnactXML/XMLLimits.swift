/// Limits on untrusted XML input. libxml2's own protections (no network, no DTD loading, no entity
/// substitution, no huge-document mode) always apply in addition.
public struct XMLLimits: Sendable, Hashable {
    /// The largest input accepted, in bytes (default 256 MiB).
    public var maximumBytes: Int
    /// The deepest element nesting accepted (default 256, libxml2's own limit without huge mode; lower values
    /// are enforced after parsing).
    public var maximumDepth: Int

    public init(maximumBytes: Int = 256 * 1024 * 1024, maximumDepth: Int = 256) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
    }
}
