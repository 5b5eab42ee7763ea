import EnactCore

/// Where a division sits in a document: its part (main or a group of supplementary provisions) and the index of
/// each division on the way down.
struct ProvisionPath: Hashable, Sendable {
    var part: DivisionContext.Part
    var indices: [Int]

    var parent: ProvisionPath? { placement?.container }

    /// The container this path's division sits in and its index there; nil for the path of a part itself.
    var placement: (container: ProvisionPath, index: Int)? {
        guard let index = indices.last else { return nil }
        return (ProvisionPath(part: part, indices: Array(indices.dropLast())), index)
    }

    func child(_ index: Int) -> ProvisionPath {
        ProvisionPath(part: part, indices: indices + [index])
    }
}

extension Document {
    /// The divisions directly under `parent` (the path of a division, or an empty path for the part itself).
    func children(of parent: ProvisionPath) -> [Division] {
        var divisions = topLevel(parent.part)
        for index in parent.indices { divisions = divisions[index].children }
        return divisions
    }

    /// The division at `path`; nil for the path of a part itself, which names no division. Setting nil changes
    /// nothing.
    subscript(path: ProvisionPath) -> Division? {
        get { path.placement.map { children(of: $0.container)[$0.index] } }
        set {
            guard let newValue, let (container, index) = path.placement else { return }
            modifyChildren(of: container) { $0[index] = newValue }
        }
    }

    /// Changes the divisions directly under `parent` in place.
    mutating func modifyChildren(of parent: ProvisionPath, _ change: (inout [Division]) -> Void) {
        func descend(_ divisions: inout [Division], _ indices: ArraySlice<Int>) {
            guard let first = indices.first else { return change(&divisions) }
            descend(&divisions[first].children, indices.dropFirst())
        }
        switch parent.part {
        case .body: descend(&body, parent.indices[...])
        case .supplementary(let group): descend(&supplementaryProvisions[group].divisions, parent.indices[...])
        }
    }

    private func topLevel(_ part: DivisionContext.Part) -> [Division] {
        switch part {
        case .body: body
        case .supplementary(let group): supplementaryProvisions[group].divisions
        }
    }
}
