import EnactCore

/// USLM element names and identifier paths for Enact's divisions.
///
/// Identifiers follow the US Code's pattern: big levels take a prefix and their number (`t1`, `ch2`), the
/// basic unit stands directly under the document whatever groups it (`/us/usc/t22/s3301`, `/…/art3`), and
/// levels below it take their number alone (`/s3/b/1/A`). Documents of other jurisdictions are placed under
/// their work identifier without the `/akn` prefix.
enum USLMIdentifiers {
    /// The work an identifier path belongs to: `/us/usc/t4` for `/us/usc/t4/ch1/s1`, `/us/pl/96/8` for
    /// `/us/pl/96/8/s2`, `/us/bill/116/hr/2157` for `/us/bill/116/hr/2157/tI/s101`, `/us/cfr/t27` for
    /// `/us/cfr/t27/ch2`; nil for a path of no collection USLM names.
    static func work(containing path: String) -> WorkIdentifier? {
        let segments = path.split(separator: "/")
        guard segments.first == "us", segments.count >= 3 else { return nil }
        let length: Int
        switch segments[1] {
        case "usc", "cfr", "fr": length = 3
        case "pl", "pvtl", "stat", "comp": length = 4
        case "bill", "resolution", "amendment": length = 5
        default: return nil
        }
        guard segments.count >= length else { return nil }
        return WorkIdentifier("/" + segments.prefix(length).joined(separator: "/"))
    }

    /// The identifier path of the document: `/us/bill/119/hr/2026`, `/jp/bill/2026/japan-taiwan-relations`.
    static func base(for work: WorkIdentifier) -> String {
        let segments = work.isAkomaNtoso ? Array(work.segments.dropFirst()) : work.segments
        return "/" + segments.joined(separator: "/")
    }

    /// The element (and class) a kind becomes. USLM has no 節・款・目: in the Japanese tradition they are
    /// generic `level`s with the kind as class.
    static func element(for kind: DivisionKind, in tradition: Tradition) -> (name: String, className: String?) {
        if tradition.id == .jp, [.section, .subsection, .division].contains(kind) { return ("level", kind.rawValue) }
        switch kind {
        case .subsubparagraph, .subitem3, .point: return ("level", kind.rawValue)
        case .subitem2: return ("subsubitem", nil)
        default: return (kind.rawValue, nil)
        }
    }

    /// The identifier path of every division, schedule and group of supplementary provisions, by eId.
    static func paths(for document: Document, base: String) -> [EId: String] {
        let tradition = document.tradition
        var paths: [EId: String] = [:]
        var parents: [String] = []
        for part in [DivisionContext.Part.body]
            + document.supplementaryProvisions.indices.map({ DivisionContext.Part.supplementary($0) })
        {
            var root = base
            if case .supplementary(let index) = part {
                root += "/suppl\(index + 1)"
                paths[Document.supplementaryEId(index)] = root
            }
            parents = [root]
            document.walk(
                part: part,
                { division, context in
                    let parent = division.kind == tradition.unitKind ? root : (parents.last ?? root)
                    let path = parent + "/" + component(division, tradition: tradition)
                    paths[context.eId] = path
                    parents.append(path)
                },
                leave: { _, _ in
                    parents.removeLast()
                })
        }
        for (index, schedule) in document.schedules.enumerated() {
            paths[Document.scheduleEId(schedule, index: index)] =
                base + "/schedule\(schedule.number?.description ?? String(index + 1))"
        }
        return paths
    }

    /// `tI`, `ch2`, `s3A`, `art3`, `b`, `1`, `A`.
    private static func component(_ division: Division, tradition: Tradition) -> String {
        let prefix: String? =
            switch division.kind {
            case .title: "t"
            case .subtitle: "st"
            case .chapter: "ch"
            case .subchapter: "sch"
            case .part: "pt"
            case .subpart: "spt"
            case .division: "d"
            case .subdivision: "sd"
            case .section: tradition.id == .jp ? "sec" : "s"
            case .article: "art"
            default: nil
            }
        return (prefix ?? "") + tradition.numeral(of: division)
    }
}
