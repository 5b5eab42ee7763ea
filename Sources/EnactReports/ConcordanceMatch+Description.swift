import EnactCore
import EnactDiff
import Foundation

extension Concordance.Match {
    /// `第一条（目的） [declared]`, `Article 3 (Basic Principles) [automatic 0.31]`.
    public var description: String {
        let heading = bill.heading.map { " (\($0))" } ?? ""
        let how = isDeclared ? "declared" : String(format: "automatic %.2f", score)
        return "\(bill.citation)\(heading) [\(how)]"
    }
}

extension Concordance.Part {
    /// `(a) Defense articles and services`.
    public var description: String { designation + (heading.map { " " + $0 } ?? "") }
}

extension Concordance {
    /// The line that says which automatic matches are shown.
    public var automaticMatchesNote: String {
        String(format: "automatic matches (same language only) are shown from a similarity of %.2f", minimumScore)
    }
}
