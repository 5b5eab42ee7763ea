/// An element that encloses an imported document in its file, with what stands beside the document inside it,
/// kept whole: the `components` and `component` around the bill of an Akoma Ntoso `documentCollection`, the
/// collection's own cover and the other documents of the collection beside them. The writer of their format writes
/// each enclosure back around the document, in order, with the document in its place; other formats leave them out.
///
/// ```
/// <akomaNtoso>                    enclosure 1 (the root): before = [<documentCollection>…]
///   <documentCollection>…
///   <components eId="cmpnts">     enclosure 2: element components, after = [<component eId="cmpnts__cmp_2">…]
///     <component eId="cmp_1">     enclosure 3: element component
///       <bill>…                   the document
/// ```
public struct Enclosure: Hashable, Sendable, Codable {
    /// The enclosing element; nil for the file's root element, which its writer writes itself.
    public var element: SourceElement?
    /// Its children before the next enclosure (or the document), kept whole.
    public var before: [PreservedMarkup]
    /// Its children after them.
    public var after: [PreservedMarkup]

    public init(element: SourceElement?, before: [PreservedMarkup] = [], after: [PreservedMarkup] = []) {
        self.element = element
        self.before = before
        self.after = after
    }
}
