import EnactCore

/// Renders inline content as Markdown: references as links, definitions in bold with an anchor, uses of
/// defined terms as links to their definition.
struct MarkdownInlineWriter {
    let resolved: ResolvedDocument

    /// Renders inlines; references are cited relative to `origin`, the division whose text holds them.
    func render(_ inlines: [Inline], from origin: CitationOrigin? = nil) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case .text(let plain):
                text += MarkdownEscaping.text(plain)
            case .reference(let reference):
                let shown = MarkdownEscaping.text(resolved.text(of: reference, from: origin))
                switch reference.target {
                case .label(let label):
                    if let target = resolved.targets[label] {
                        text += "[\(shown)](#\(target.eId))"
                    } else {
                        text += shown
                    }
                case .external(let uri):
                    text += uri.hasPrefix("http://") || uri.hasPrefix("https://") ? "[\(shown)](\(uri))" : shown
                }
            case .definition(let definition):
                let anchor = resolved.definitions[ResolvedDocument.normalisedTerm(definition.term)]?.anchorID
                text += (anchor.map { "<a id=\"\($0)\"></a>" } ?? "") + "**\(MarkdownEscaping.text(definition.term))**"
            case .termUse(let use):
                let shown = MarkdownEscaping.text(use.shownText)
                text += resolved.definition(of: use).map { "[\(shown)](#\($0.anchorID))" } ?? shown
            case .emphasis(let emphasis):
                text += "*\(MarkdownEscaping.text(emphasis))*"
            case .date(let date):
                text += MarkdownEscaping.text(date.shownText)
            case .ruby(let ruby):
                // Markdown has no ruby; the HTML it allows inline shows the reading above the characters.
                text += "<ruby>\(HTMLEscaping.text(ruby.base))<rt>\(HTMLEscaping.text(ruby.reading))</rt></ruby>"
            case .preserved(let preserved):
                // What another format kept whole: its text, a hard line break between its lines.
                text += MarkdownEscaping.text(preserved.text).replacingOccurrences(of: "\n", with: "\\\n")
            }
        }
        return text
    }
}

/// Escapes text so Markdown shows it literally.
public enum MarkdownEscaping {
    public static func text(_ text: String) -> String {
        guard text.utf8.contains(where: isSpecial) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if scalar.isASCII, isSpecial(UInt8(scalar.value)) {
                switch scalar {
                case "<": result += "&lt;"
                case "&": result += "&amp;"
                default:
                    result.unicodeScalars.append("\\")
                    result.unicodeScalars.append(scalar)
                }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The ASCII characters Markdown may interpret: \\ ` * _ [ ] < > # | & ~
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"),
            UInt8(ascii: "&"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
