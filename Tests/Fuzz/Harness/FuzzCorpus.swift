import Foundation

/// The seed inputs of each target, taken from the test fixtures, the drafts and templates, and
/// ../shared/reference (read in place, never copied into the repository), and the regression inputs under
/// Tests/Fuzz/Regressions.
public enum FuzzCorpus {
    /// The seed files of `target`: paths relative to the package root, or under `reference`.
    public static func seeds(for target: FuzzTarget, packageRoot: String, reference: String) -> [String] {
        func files(_ folder: String, _ extensions: Set<String>) -> [String] {
            let enumerator = FileManager.default.enumerator(atPath: folder)
            var found: [String] = []
            while let name = enumerator?.nextObject() as? String {
                if extensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append(folder + "/" + name)
                }
            }
            return found.sorted()
        }
        switch target {
        case .source, .diff, .amend:
            return files(packageRoot + "/Drafts", ["enact"])
                + files(packageRoot + "/Tests/EnactSourceTests/Fixtures", ["enact"])
                + files(packageRoot + "/Tests/EnactAmendTests/Fixtures", ["enact"])
        case .parameters: return files(packageRoot + "/Templates", ["yaml"])
        case .akn: return files(reference + "/akn/documents", ["xml"])
        case .uslm: return files(reference + "/uslm/documents", ["xml"])
        case .jplaw: return files(reference + "/jplaw/documents", ["xml"])
        case .apply:
            return files(packageRoot + "/Drafts", ["amend"])
                + files(packageRoot + "/Tests/EnactCommandsTests/Golden", ["amend"])
        }
    }

    /// Seed inputs as fed to the target: pairs of documents for the two-document targets (each seed with the
    /// next, joined by a NUL byte), files as they are otherwise.
    public static func inputs(for target: FuzzTarget, packageRoot: String, reference: String) -> [(
        name: String, bytes: [UInt8]
    )] {
        let seeds = seeds(for: target, packageRoot: packageRoot, reference: reference)
        let contents = seeds.compactMap { path in FileManager.default.contents(atPath: path).map { (path, [UInt8]($0)) }
        }
        guard target == .diff || target == .amend else { return contents }
        return contents.indices.map { index in
            let (name, first) = contents[index]
            let second = contents[(index + 1) % contents.count].1
            return (name + " + next", first + [0] + second)
        }
    }

    /// The inputs that once made a target fail, kept as regression tests.
    public static func regressions(for target: FuzzTarget, packageRoot: String) -> [(name: String, bytes: [UInt8])] {
        let folder = packageRoot + "/Tests/Fuzz/Regressions/" + target.rawValue
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        return names.compactMap { name in
            FileManager.default.contents(atPath: folder + "/" + name).map { (name, [UInt8]($0)) }
        }
    }
}
