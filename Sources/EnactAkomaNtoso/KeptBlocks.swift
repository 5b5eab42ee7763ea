import EnactCore

/// The text of a division as Akoma Ntoso blocks: runs of text as paragraphs, and elements kept whole from an Akoma
/// Ntoso document in their place — block elements (lists, tables) among the paragraphs, hierarchical ones
/// (`hcontainer`, `tblock`) beside the text, before the subdivisions, and the text that follows them (`wrapUp`) after
/// the subdivisions.
enum KeptBlocks {
    enum Block {
        case text([Inline])
        case kept(String)
    }

    /// Elements that stand among the paragraphs of `<content>` and `<intro>`.
    static let blockElements: Set<String> = [
        "blockList", "blockContainer", "table", "p", "ul", "ol", "foreign", "toc", "tblock", "formula", "longTitle",
        "block", "embeddedStructure", "quotedStructure",
    ]

    /// Elements kept whole inside a paragraph's text, which stay there (a quoted structure or embedded structure
    /// standing alone in a paragraph is written among the blocks).
    static let inlineElements: Set<String> = ["mod", "authorialNote", "subFlow", "term", "ref"]

    /// Whether a kept element is the text after the subdivisions (`wrapUp`).
    static func standsAfter(_ kept: PreservedMarkup) -> Bool {
        kept.elementName == "wrapUp"
    }

    /// The kept elements of `inlines` that go after the subdivisions, without splitting the rest.
    static func after(_ inlines: [Inline]) -> [String] {
        inlines.compactMap { inline in
            guard case .preserved(let kept) = inline, kept.format == AkomaNtosoFormat.name, standsAfter(kept) else {
                return nil
            }
            return kept.markup
        }
    }

    /// The blocks of `inlines`, the kept elements that go beside them, and those that go after the subdivisions.
    static func split(_ inlines: [Inline]) -> (blocks: [Block], beside: [String], after: [String]) {
        var blocks: [Block] = []
        var beside: [String] = []
        var after: [String] = []
        var run: [Inline] = []
        func flush() {
            let trimmed = InlineText.normalised(run)
            if !trimmed.isEmpty { blocks.append(.text(trimmed)) }
            run = []
        }
        for inline in inlines {
            guard case .preserved(let kept) = inline, kept.format == AkomaNtosoFormat.name,
                !inlineElements.contains(kept.elementName)
            else {
                run.append(inline)
                continue
            }
            if standsAfter(kept) {
                after.append(kept.markup)
            } else if blockElements.contains(kept.elementName) {
                flush()
                blocks.append(.kept(kept.markup))
            } else {
                beside.append(kept.markup)
            }
        }
        flush()
        return (blocks, beside, after)
    }
}
