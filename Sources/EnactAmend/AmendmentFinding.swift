import EnactCore

/// A sentence of an amendment that could not be applied, with why in the terms consolidators use.
public struct AmendmentFinding: Sendable, Hashable {
    /// Why a sentence cannot be applied.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        /// The provision, or the words quoted, are not in the text (「第九十九条」 in a law of ninety articles).
        case notFound = "not-found"
        /// The address or words name more than one place and the convention does not say which.
        case ambiguous
        /// The change collides with what is there: a number already taken, a 目次 where one exists.
        case overlap
        /// A sentence Enact does not read, or a quotation it cannot place.
        case unsupported
    }

    public var reason: Reason
    /// The error, at the sentence's line.
    public var diagnostic: Diagnostic

    /// The finding a diagnostic of the amendment area states.
    public init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
        reason = Self.reason(of: diagnostic.id)
    }

    /// The one place deciding which reason each amendment diagnostic gives.
    static func reason(of id: DiagnosticID) -> Reason {
        switch id {
        case .amendmentTarget, .amendmentText: .notFound
        case .amendmentAmbiguous: .ambiguous
        case .amendmentCollision: .overlap
        default: .unsupported
        }
    }
}
