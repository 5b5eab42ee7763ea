/// ISO 639-2 three-letter codes, which Akoma Ntoso uses in FRBR expressions, for BCP 47 primary subtags.
enum LanguageCodes {
    private static let threeLetter: [String: String] = [
        "ja": "jpn", "en": "eng", "ko": "kor", "zh": "zho", "fr": "fra", "de": "deu", "es": "spa", "it": "ita",
        "pt": "por", "nl": "nld", "ar": "ara", "ru": "rus",
    ]

    /// `jpn` for `ja`, `eng` for `en-US`; a three-letter tag is kept; others are returned unchanged.
    static func iso6392(_ tag: String) -> String {
        let primary = String(tag.split(separator: "-").first ?? Substring(tag)).lowercased()
        return threeLetter[primary] ?? primary
    }
}
