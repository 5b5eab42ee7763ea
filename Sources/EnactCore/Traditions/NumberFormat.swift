/// How a division number is written in a label: a kind word, brackets, a numeral and a branch style.
///
/// ```
/// 第十条の二       open "第", numeral .kanji, close "条", branches .japanese
/// Article 10-2    word "Article", numeral .arabic, branches .hyphen
/// SEC. 3A.        word "SEC.", close ".", branches .letter
/// (aa)            open "(", close ")", numeral .letterLower, offset 26
/// （ｉ）           open "（", close "）", numeral .romanLower, fullWidth
/// ```
public struct NumberFormat: Hashable, Sendable {
    /// A word before the number, separated by a space ("Article", "SEC.").
    public var word: String?
    public var open: String
    public var close: String
    public var numeral: Numeral
    public var branches: BranchStyle
    /// Added to the value before formatting: US items run (aa), (bb) … so item 1 is letter 27.
    public var offset: Int
    /// Whether ASCII letters and digits of the numeral are printed full width.
    public var fullWidth: Bool

    /// How branch numbers follow the main number.
    public enum BranchStyle: Hashable, Sendable {
        /// 第十条の二, 十二の二: after the closing sign, each as の + kanji.
        case japanese
        /// 10-2: each as - + Arabic, before the closing sign.
        case hyphen
        /// 3A, 3A-2: the first as upper-case letters, further ones as - + Arabic.
        case letter
    }

    public init(
        word: String? = nil, open: String = "", close: String = "", numeral: Numeral,
        branches: BranchStyle = .hyphen, offset: Int = 0, fullWidth: Bool = false
    ) {
        self.word = word
        self.open = open
        self.close = close
        self.numeral = numeral
        self.branches = branches
        self.offset = offset
        self.fullWidth = fullWidth
    }

    /// The number written out in full: `第十条の二`, `Article 10-2`, `(a)`.
    public func label(_ number: DivisionNumber) -> String {
        let body = open + numerals(number) + closeAndJapaneseBranches(number)
        return word.map { "\($0) \(body)" } ?? body
    }

    /// The number without word and without non-bracket decoration, as written in source keyword lines:
    /// `IV`, `10-2`, `(a)`, `3A`.
    public func token(_ number: DivisionNumber) -> String {
        let core =
            (numeral.format(number.main + offset) ?? String(number.main))
            + branchSuffix(number, style: inlineBranchStyle)
        return isParenthesised ? "(\(core))" : core
    }

    /// Reads a token written by ``token(_:)``, also accepting Arabic main numbers and ASCII or full-width
    /// brackets; nil when the text is not a number in this format. With `allowingArabic` false, only the format's own numeral is read (a reader choosing between levels
    /// must not take `1` for subsection (a)).
    public func parseToken(_ text: Substring, allowingArabic: Bool = true) -> DivisionNumber? {
        var core = text.utf8.allSatisfy({ $0 < 0x80 }) ? text : Substring(FullWidth.ascii(String(text)))
        if core.hasPrefix("("), core.hasSuffix(")"), core.count > 2 {
            core = core.dropFirst().dropLast()
        }
        let parts = core.split(separator: "-", omittingEmptySubsequences: false)
        guard var head = parts.first, !head.isEmpty else { return nil }
        var branches: [Int] = []
        if inlineBranchStyle == .letter {
            // 3A, and the US Code's lower-case 3310a.
            let letters = head.reversed().prefix(while: { $0.isLetter && $0.isASCII })
            if !letters.isEmpty, letters.count < head.count, head.first?.isNumber == true {
                guard let branch = Numeral.letterUpper.parse(String(letters.reversed()).uppercased()) else {
                    return nil
                }
                branches.append(branch)
                head = head.dropLast(letters.count)
            }
        }
        let main: Int
        if let value = numeral.parse(head), value > offset {
            main = value - offset
        } else if allowingArabic || numeral == .arabic || numeral == .fullWidthArabic,
            let value = ArabicNumeral.parse(String(head))
        {
            main = value
        } else {
            return nil
        }
        for part in parts.dropFirst() {
            guard let value = ArabicNumeral.parse(String(part)) else { return nil }
            branches.append(value)
        }
        return DivisionNumber([main] + branches)
    }

    private var isParenthesised: Bool { FullWidth.ascii(open) == "(" }

    /// Token branches use `-` unless the format uses letters.
    private var inlineBranchStyle: BranchStyle { branches == .letter ? .letter : .hyphen }

    private func numerals(_ number: DivisionNumber) -> String {
        let main = numeral.format(number.main + offset) ?? String(number.main)
        let text = main + (branches == .japanese ? "" : branchSuffix(number, style: branches))
        return fullWidth ? FullWidth.alphanumerics(text) : text
    }

    private func closeAndJapaneseBranches(_ number: DivisionNumber) -> String {
        guard branches == .japanese else { return close }
        return close + branchSuffix(number, style: .japanese)
    }

    private func branchSuffix(_ number: DivisionNumber, style: BranchStyle) -> String {
        number.branches.enumerated().map { index, branch in
            switch style {
            case .japanese: "の" + (Numeral.kanji.format(branch) ?? String(branch))
            case .letter where index == 0: Numeral.letterUpper.format(branch) ?? String(branch)
            case .hyphen, .letter: "-\(branch)"
            }
        }.joined()
    }
}
