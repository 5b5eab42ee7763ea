/// What a document is: its titles, kind, jurisdiction, language, session, dates, sponsors, status and
/// FRBR work identifier.
///
/// Fields that a complete document needs (title, kind, jurisdiction, language, work) are optional here so
/// that an incomplete draft can still be read; `enact check` reports what is missing.
public struct Metadata: Hashable, Sendable, Codable {
    public var title: String?
    public var shortTitle: String?
    public var kind: DocumentKind?
    /// ISO 3166-1 alpha-2 code, upper case (`JP`, `US`).
    public var jurisdiction: String?
    /// BCP 47 language tag (`ja`, `en`, `en-US`).
    public var language: String?
    /// The drafting tradition, when it differs from the one the jurisdiction implies.
    public var tradition: TraditionID?
    /// The bill or act number as the legislature writes it.
    public var number: String?
    /// The legislative session (a Diet session, a Congress).
    public var session: String?
    public var dates: Dates
    public var sponsors: [String]
    public var status: DocumentStatus?
    /// The FRBR work identifier, e.g. `/akn/jp/bill/2026/japan-taiwan-relations`.
    public var work: WorkIdentifier?
    /// The version of the Standard Bilingual Dictionary an English translation of Japanese law follows.
    public var dictionary: String?

    public init(
        title: String? = nil, shortTitle: String? = nil, kind: DocumentKind? = nil, jurisdiction: String? = nil,
        language: String? = nil, tradition: TraditionID? = nil, number: String? = nil, session: String? = nil,
        dates: Dates = Dates(), sponsors: [String] = [], status: DocumentStatus? = nil,
        work: WorkIdentifier? = nil, dictionary: String? = nil
    ) {
        self.title = title
        self.shortTitle = shortTitle
        self.kind = kind
        self.jurisdiction = jurisdiction
        self.language = language
        self.tradition = tradition
        self.number = number
        self.session = session
        self.dates = dates
        self.sponsors = sponsors
        self.status = status
        self.work = work
        self.dictionary = dictionary
    }

    /// Whether the language tag names Japanese.
    public var isJapanese: Bool {
        guard let language else { return false }
        return language == "ja" || language.hasPrefix("ja-")
    }

    /// The dates in the life of a bill, and the date of the text at hand.
    public struct Dates: Hashable, Sendable, Codable {
        public var drafted: LegalDate?
        public var introduced: LegalDate?
        public var enacted: LegalDate?
        public var effective: LegalDate?
        /// The date of this version of the text as its publisher issued it, when the document gives no date in the
        /// life of the law itself (a US Code release point, a Code of Federal Regulations volume).
        public var published: LegalDate?

        public init(
            drafted: LegalDate? = nil, introduced: LegalDate? = nil, enacted: LegalDate? = nil,
            effective: LegalDate? = nil, published: LegalDate? = nil
        ) {
            self.drafted = drafted
            self.introduced = introduced
            self.enacted = enacted
            self.effective = effective
            self.published = published
        }

        /// The front-matter keys of the dates, in the order they are written.
        public static let keys = ["drafted", "introduced", "enacted", "effective", "published"]

        /// The date under a front-matter key; setting an unknown key does nothing.
        public subscript(key: String) -> LegalDate? {
            get {
                switch key {
                case "drafted": drafted
                case "introduced": introduced
                case "enacted": enacted
                case "effective": effective
                case "published": published
                default: nil
                }
            }
            set {
                switch key {
                case "drafted": drafted = newValue
                case "introduced": introduced = newValue
                case "enacted": enacted = newValue
                case "effective": effective = newValue
                case "published": published = newValue
                default: break
                }
            }
        }

        /// The dates present, with their keys, in the order they are written.
        public var present: [(key: String, date: LegalDate)] {
            Self.keys.compactMap { key in self[key].map { (key, $0) } }
        }

        /// The law's own date, the one that dates the work: enacted, else introduced, drafted, effective.
        public var principal: (key: String, date: LegalDate)? {
            ["enacted", "introduced", "drafted", "effective"].lazy.compactMap { key in self[key].map { (key, $0) } }
                .first
        }

        public var isEmpty: Bool { present.isEmpty }
    }
}

/// What kind of instrument a document is.
public enum DocumentKind: String, Hashable, Sendable, Codable, CaseIterable {
    case bill
    case act
    case amendment
}

/// Where a document stands in the legislative process.
public enum DocumentStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case draft
    case introduced
    case passed
    case enacted
    case inForce = "in-force"
    case repealed
}
