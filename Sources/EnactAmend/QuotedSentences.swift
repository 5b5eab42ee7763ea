import EnactJapaneseLaw

/// The sentences an instruction quotes for a provision's text (a new 後段, a new ただし書) as printed, and the cells of
/// the 読替え table the last of them introduces (「…次の表の上欄に掲げる…」), one a line after the sentences.
public struct QuotedSentences: Hashable, Sendable {
    /// The sentences, one a line.
    public var sentences: [String]
    /// The table's cells, one a line (see ``PrintedTable``); empty when no sentence introduces a table.
    public var cells: [String]

    /// The sentences and cells of quoted lines: the lines after the sentence that introduces a table are its cells.
    public init(lines: [String]) {
        if let introduction = lines.firstIndex(where: { $0.contains(Self.tableIntroduction) }) {
            sentences = Array(lines[...introduction])
            cells = Array(lines[(introduction + 1)...])
        } else {
            sentences = lines
            cells = []
        }
    }

    /// The lines as printed: the sentences, then the cells.
    public var lines: [String] { sentences + cells }

    /// How many columns the table has, by the words of the sentence that introduces it.
    public var columns: Int { PrintedTable.columns(introducedBy: sentences.last ?? "") }

    /// The table the cells make; nil when there are none or they do not fill rows of ``columns`` cells.
    public var table: PrintedTable? {
        cells.isEmpty ? nil : PrintedTable(lines: cells, columns: columns)
    }

    /// Whether a sentence introduces a table printed after it.
    public static func introducesTable(_ sentence: String) -> Bool { sentence.contains(tableIntroduction) }

    /// The words of a sentence that introduces a table after it.
    private static let tableIntroduction = "次の表"
}
