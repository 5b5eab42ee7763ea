import EnactCore

/// A reference found in the text of a document, with what it resolves to.
public struct FoundReference: Hashable, Sendable, Codable {
    /// The citation of the provision the reference stands in: 第十二条第三項.
    public var at: String
    /// The reference as written: 前条第二項.
    public var text: String
    /// The absolute citation of what it names in the same document (第十一条第二項; both ends of a range, 第五条から
    /// 第八条まで), or of the provision of another law it names; nil when it names nothing that exists.
    public var target: String?
    /// The other law it cites, with its work identifier when it has one: 民法（明治二十九年法律第八十九号） /akn/jp/act/1896/89.
    public var external: ExternalLaw?
    /// Whether it names a provision that exists (in this document) or another law.
    public var resolved: Bool
    /// The eId of the provision named in this document, for links.
    public var targetEId: String?
    /// Where the provision it stands in was read from.
    public var location: SourceLocation?

    /// Another law a reference cites.
    public struct ExternalLaw: Hashable, Sendable, Codable {
        public var title: String?
        public var number: String?
        public var work: String?
    }
}
