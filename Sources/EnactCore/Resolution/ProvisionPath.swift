/// Where a division sits in a document: its part (main or a group of supplementary provisions) and the index of
/// each division on the way down. A path that names nothing (an index past the end) reads as nothing and edits
/// nothing: it never traps.
public struct ProvisionPath: Hashable, Sendable {
    public var part: DivisionContext.Part
    public var indices: [Int]

    public init(part: DivisionContext.Part, indices: [Int]) {
        self.part = part
        self.indices = indices
    }

    /// The path of the container the division sits in; nil for the path of a part itself.
    public var parent: ProvisionPath? { placement?.container }

    /// The container this path's division sits in and its index there; nil for the path of a part itself.
    public var placement: (container: ProvisionPath, index: Int)? {
        guard let index = indices.last else { return nil }
        return (ProvisionPath(part: part, indices: Array(indices.dropLast())), index)
    }

    /// The path of the division's child at `index`.
    public func child(_ index: Int) -> ProvisionPath {
        ProvisionPath(part: part, indices: indices + [index])
    }
}

extension Document {
    /// The divisions directly under `parent` (the path of a division, or an empty path for the part itself); none
    /// when the path names nothing.
    public func children(of parent: ProvisionPath) -> [Division] {
        var divisions = topLevel(parent.part)
        for index in parent.indices {
            guard divisions.indices.contains(index) else { return [] }
            divisions = divisions[index].children
        }
        return divisions
    }

    /// The division at `path`; nil for the path of a part itself, or of nothing. Setting nil, or setting a path
    /// that names nothing, changes nothing.
    public subscript(path: ProvisionPath) -> Division? {
        get {
            guard let (container, index) = path.placement else { return nil }
            let siblings = children(of: container)
            return siblings.indices.contains(index) ? siblings[index] : nil
        }
        set {
            guard let newValue, let (container, index) = path.placement else { return }
            modifyChildren(of: container) { siblings in
                if siblings.indices.contains(index) { siblings[index] = newValue }
            }
        }
    }

    /// Changes the divisions directly under `parent` in place; nothing when the path names nothing.
    public mutating func modifyChildren(of parent: ProvisionPath, _ change: (inout [Division]) -> Void) {
        func descend(_ divisions: inout [Division], _ indices: ArraySlice<Int>) {
            guard let first = indices.first else { return change(&divisions) }
            guard divisions.indices.contains(first) else { return }
            descend(&divisions[first].children, indices.dropFirst())
        }
        switch parent.part {
        case .body: descend(&body, parent.indices[...])
        case .supplementary(let group):
            guard supplementaryProvisions.indices.contains(group) else { return }
            descend(&supplementaryProvisions[group].divisions, parent.indices[...])
        }
    }

    private func topLevel(_ part: DivisionContext.Part) -> [Division] {
        switch part {
        case .body: body
        case .supplementary(let group):
            supplementaryProvisions.indices.contains(group) ? supplementaryProvisions[group].divisions : []
        }
    }
}
