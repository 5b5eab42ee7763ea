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
