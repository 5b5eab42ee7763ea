/// Options every renderer for people understands; the CLI exposes them as flags.
public struct RenderOptions: Sendable, Hashable {
    /// Whether drafter's notes and declared correspondences are shown.
    public var annotations: AnnotationDisplay
    /// Whether a table of contents is generated.
    public var tableOfContents: TableOfContentsDisplay

    public init(annotations: AnnotationDisplay = .show, tableOfContents: TableOfContentsDisplay = .show) {
        self.annotations = annotations
        self.tableOfContents = tableOfContents
    }
}

/// Whether drafter's notes and correspondences appear in rendered output.
public enum AnnotationDisplay: String, Sendable, Hashable, CaseIterable {
    case show
    case hide
}

/// Whether rendered output starts with a table of contents.
public enum TableOfContentsDisplay: String, Sendable, Hashable, CaseIterable {
    case show
    case hide
}
