import EnactCore

/// How an amendment names each provision of a document, the way drafters cite it: a unit by its own label
/// (`第三条`, `section 4`, without the chapters around it), a division inside a unit by the unit's label and the
/// labels below it (`第三条第二項第一号`, `section 4(b)(1)`), a grouping by the groupings above it (`第二章第一節`),
/// and anything in a group of supplementary provisions after that group's title (`附則第二条`).
///
/// Unnumbered divisions, and everything inside them, have no address; an address shared by two divisions names
/// neither.
struct ProvisionAddresses {
    let designations: ProvisionDesignations
    private(set) var paths: [String: [ProvisionPath]] = [:]
    private(set) var addresses: [ProvisionPath: String] = [:]

    init(_ document: Document) {
        designations = ProvisionDesignations(document)
        let tradition = designations.tradition, wording = designations.wording
        let separator = tradition.citationSeparator(in: wording)
        // In Japanese, the items of an article of one paragraph are cited without it (第四条第二号): that is an
        // address of theirs too, besides 第四条第一項第二号.
        let citesSoleParagraph = tradition.id == .jp
        func visit(
            _ divisions: [Division], parent: ProvisionPath, parentAddress: String?, prefix: String, insideUnit: Bool,
            aliasParent: String? = nil
        ) {
            let paragraphs = divisions.count { $0.kind == tradition.firstSubunitKind }
            for (index, division) in divisions.enumerated() {
                let path = parent.child(index)
                var address: String?
                if let number = division.number {
                    let label = tradition.citationDesignation(of: division.kind, number: number, in: wording)
                    if tradition.role(of: division.kind) == .unit {
                        address = prefix + label
                    } else if let parentAddress {
                        address = parentAddress + separator + label
                    } else if !insideUnit {
                        address = prefix + label
                    }
                }
                if let address {
                    paths[address, default: []].append(path)
                    addresses[path] = address
                }
                var alias: String?
                if let aliasParent, let number = division.number {
                    alias =
                        aliasParent + separator
                        + tradition.citationDesignation(of: division.kind, number: number, in: wording)
                    if let alias, alias != address { paths[alias, default: []].append(path) }
                }
                let isUnit = insideUnit || tradition.role(of: division.kind) == .unit
                // Groupings chain their labels; a division inside an unaddressable unit has no address.
                let childParent = (isUnit || address != nil) ? address : nil
                let isSoleParagraph =
                    citesSoleParagraph && division.kind == tradition.firstSubunitKind && paragraphs == 1
                let childAlias = isSoleParagraph ? parentAddress : alias
                visit(
                    division.children, parent: path, parentAddress: childParent, prefix: prefix, insideUnit: isUnit,
                    aliasParent: childAlias)
            }
        }
        visit(
            document.body, parent: ProvisionPath(part: .body, indices: []), parentAddress: nil, prefix: "",
            insideUnit: false)
        let printed = Designations(document)
        for (group, provisions) in document.supplementaryProvisions.enumerated() {
            let title = printed.supplementaryTitle(provisions)
            let groupPath = ProvisionPath(part: .supplementary(group), indices: [])
            paths[title, default: []].append(groupPath)
            addresses[groupPath] = title
            visit(
                provisions.divisions, parent: ProvisionPath(part: .supplementary(group), indices: []),
                parentAddress: nil,
                prefix: title + separator, insideUnit: false)
        }
    }

    /// The division an address names, when exactly one does.
    func path(of address: String) -> ProvisionPath? {
        guard let found = paths[address], found.count == 1 else { return nil }
        return found[0]
    }

    /// A division's address, when it has one that names it alone.
    func address(of path: ProvisionPath) -> String? {
        guard let address = addresses[path], paths[address]?.count == 1 else { return nil }
        return address
    }

    /// The label a division would have with `number` (`第十条`, `section 10`, `(c)`).
    func designation(of kind: DivisionKind, number: DivisionNumber) -> String {
        designations.designation(of: kind, number: number)
    }

    /// The number a label shows for a division of `kind`; nil when the label is not one of that kind.
    func number(fromDesignation label: String, kind: DivisionKind) -> DivisionNumber? {
        designations.number(fromDesignation: label, kind: kind)
    }

    /// The title of a group of supplementary provisions as amendments name it (`附則`, `附則（平成二十九年法律第四号）`).
    static func title(of group: SupplementaryProvisions, in document: Document) -> String {
        Designations(document).supplementaryTitle(group)
    }
}
