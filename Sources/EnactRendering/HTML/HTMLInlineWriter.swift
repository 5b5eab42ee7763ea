import EnactCore

/// Renders inline content as HTML: `<a href>` for references, `<dfn id>` for definitions and links from
/// each use of a term to its definition.
struct HTMLInlineWriter {
    let resolved: ResolvedDocument

    /// Renders inlines; references are cited relative to `origin`, the division whose text holds them.
    func render(_ inlines: [Inline], from origin: CitationOrigin? = nil) -> String {
        var html = ""
        for inline in inlines {
            switch inline {
            case .text(let plain):
                html += HTMLEscaping.text(plain)
            case .reference(let reference):
                let shown = HTMLEscaping.text(resolved.text(of: reference, from: origin))
                switch reference.target {
                case .label(let label):
                    if let target = resolved.targets[label] {
                        html += "<a class=\"ref\" href=\"#\(target.eId)\">\(shown)</a>"
                    } else {
                        html += shown
                    }
                case .external(let uri):
                    if uri.hasPrefix("http://") || uri.hasPrefix("https://") {
                        html += "<a class=\"ref external\" href=\"\(HTMLEscaping.attribute(uri))\">\(shown)</a>"
                    } else {
                        html += "<cite class=\"ref external\" title=\"\(HTMLEscaping.attribute(uri))\">\(shown)</cite>"
                    }
                }
            case .definition(let definition):
                let anchor = resolved.definitions[ResolvedDocument.normalisedTerm(definition.term)]?.anchorID
                html += "<dfn" + (anchor.map { " id=\"\($0)\"" } ?? "") + ">\(HTMLEscaping.text(definition.term))</dfn>"
            case .termUse(let use):
                let shown = HTMLEscaping.text(use.shownText)
                if let definition = resolved.definition(of: use) {
                    html += "<a class=\"term\" href=\"#\(definition.anchorID)\">\(shown)</a>"
                } else {
                    html += shown
                }
            case .emphasis(let text):
                html += "<em>\(HTMLEscaping.text(text))</em>"
            case .date(let date):
                html += "<time datetime=\"\(date.date)\">\(HTMLEscaping.text(date.shownText))</time>"
            case .ruby(let ruby):
                html += "<ruby>\(HTMLEscaping.text(ruby.base))<rt>\(HTMLEscaping.text(ruby.reading))</rt></ruby>"
            case .preserved(let preserved):
                // What another format kept whole (a table of a law): its text, a line for each cell or sentence.
                html +=
                    "<span class=\"preserved\">"
                    + preserved.text.split(separator: "\n", omittingEmptySubsequences: false).map {
                        HTMLEscaping.text(String($0))
                    }.joined(separator: "<br>") + "</span>"
            }
        }
        return html
    }
}

/// Escapes text for HTML element content and attribute values.
public enum HTMLEscaping {
    public static func text(_ text: String) -> String {
        guard
            text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") })
        else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            default: result.append(character)
            }
        }
        return result
    }

    public static func attribute(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
