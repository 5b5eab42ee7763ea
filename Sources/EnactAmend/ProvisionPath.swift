import EnactCore

/// Where a division sits in a document: its part (main or a group of supplementary provisions) and the index of
/// each division on the way down.
struct ProvisionPath: Hashable, Sendable {
    var part: DivisionContext.Part
    var indices: [Int]

    var parent: ProvisionPath? {
        indices.isEmpty ? nil : ProvisionPath(part: part, indices: Array(indices.dropLast()))
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

    subscript(path: ProvisionPath) -> Division {
        get { children(of: path.parent!)[path.indices.last!] }
        set { modifyChildren(of: path.parent!) { $0[path.indices.last!] = newValue } }
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
