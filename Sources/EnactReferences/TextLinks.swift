import EnactCore

/// What an imported document's plain text gains as markup: its references linked to their targets
/// (``ReferenceLinker``) and its definitions and their uses linked (``DefinedTermLinker``). `enact import` and
/// `enact roundtrip` go this way.
public enum TextLinks {
    public static func linking(_ document: Document) -> Document {
        DefinedTermLinker().linking(ReferenceLinker().linking(document))
    }
}
