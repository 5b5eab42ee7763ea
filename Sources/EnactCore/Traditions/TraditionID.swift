/// The drafting traditions Enact knows: each fixes division kinds, nesting and number styles.
public enum TraditionID: String, Hashable, Sendable, Codable, CaseIterable {
    /// Japan: 編・章・節・款・目・条・項・号・イロハ.
    case jp
    /// United States: title … section, subsection (a), paragraph (1), subparagraph (A) …
    case us
    /// Australia (Commonwealth): Chapter > Part > Division > Subdivision > section 3 > (1) > (a) > (i) > (A).
    case au
    /// Republic of Korea (KLRI English): CHAPTER I, Article 1 (Purpose), (1), 1., (a).
    case kr
    /// Akoma Ntoso's generic hierarchy for any other jurisdiction.
    case akn

    /// The tradition a jurisdiction drafts in by default.
    public static func forJurisdiction(_ code: String?) -> TraditionID {
        switch code?.uppercased() {
        case "JP": .jp
        case "US": .us
        case "AU": .au
        case "KR": .kr
        default: .akn
        }
    }
}
