/// What the catalogue says of one kind of diagnostic: its severity, where it arises, a one-line summary, a
/// paragraph explaining it and an example of input that raises it.
public struct DiagnosticEntry: Sendable {
    /// The part of Enact that raises a diagnostic.
    public enum Area: String, CaseIterable, Sendable {
        case files, source, templates, checks, xml, formats, comparison, amendments
    }

    public var severity: Severity
    public var area: Area
    /// What the problem is, in one line.
    public var summary: String
    /// Why it is a problem and how to resolve it.
    public var explanation: String
    /// Input or a command that raises it, and what Enact prints.
    public var example: String
}

extension DiagnosticID {
    /// The catalogue entry of this kind of diagnostic.
    public var entry: DiagnosticEntry {
        switch self {
        case .amendmentFailure:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "applying an amending instruction failed for a reason no more specific identifier covers",
                explanation: """
                    `enact apply`, `enact amend` and `enact render-amendment` apply instructions one after another, \
                    and every known way an instruction can fail has its own identifier (`amendment-target`, \
                    `amendment-text`, `amendment-collision` …). This one is the fallback for any other failure: the \
                    error is reported at the instruction's line with the underlying error as its message, and nothing \
                    is written. It is not expected in practice; if you see it, keep the base document and the \
                    amendment and report it as a bug.
                    """,
                example: """
                    $ enact apply act.enact change.amend -o amended.enact
                    change.amend:9:1: error: unsupported: <the description of the unexpected error> [amendment]
                    """)
        case .amendmentAmbiguous:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "an instruction's address names more than one provision, or its words occur more than once",
                explanation: """
                    The reason code of this finding is `ambiguous`. Words an instruction must find once (an insertion's \
                    anchor, 「「A」の下に「B」を加える」; any quotation in the US style) and that occur several times in \
                    the provision are reported so: quote more of the words around them. \
                    Instructions name provisions the way drafters cite them (`第三条`, `附則第一条`, `section 4(b)`), \
                    and an address must name exactly one provision when the instruction applies. Two provisions share \
                    an address when their numbers repeat: most often when the document holds several groups of \
                    supplementary provisions without headings, so that `附則第一条` exists in each, or when an \
                    explicit number is given twice (`enact check` reports that as `duplicate-number`). Give each group \
                    of supplementary provisions a heading in the base document and name the group by its title in the \
                    address, or renumber the duplicates.
                    """,
                example: """
                    ---
                    title: 試験実施法の一部を改正する法律案
                    amends: 試験実施法
                    style: jp
                    ---
                    附則第一条中「六月」を「三月」に改める。
                    change.amend:6:1: error: ambiguous: 附則第一条 names 2 provisions [amendment-ambiguous]
                    """)
        case .amendmentCheck:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "the instructions 'enact amend' generated do not reproduce the new version",
                explanation: """
                    Before it writes anything, `enact amend` applies the instructions it generated to OLD and compares \
                    the result with NEW: numbered structure, headings, text, repeals, the preamble and the \
                    supplementary provisions. A difference means that the generated instructions say something other \
                    than the change between your versions; that is a bug in Enact, not in your documents, and nothing \
                    is written. Report it with both versions; meanwhile write the amendment by hand and check it with \
                    `enact apply`.
                    """,
                example: """
                    $ enact amend act.ja.enact act.revised.ja.enact --style jp -o change.amend
                    act.revised.ja.enact:1:1: error: the generated instructions do not reproduce the new version (main \
                    provisions › article 3: repeal differs); please report this [amendment-check]
                    """)
        case .amendmentCollision:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "a renumbering instruction gives a provision a number that another provision still has",
                explanation: """
                    The reason code of this finding is `overlap` (so is 「題名の次に次の目次を付する」 for a law that has \
                    a 目次). Redesignations (`第十一条を第十条とする。`, `Section 11 is redesignated as section 10.`) and moved \
                    runs (`第十二条から第十五条までを一条ずつ繰り上げる。`) need their new numbers to be free among \
                    the provisions that are not moving: all articles or sections of the same part, or the siblings of \
                    the same kind for other divisions. Instructions apply one after another, so a number is free only \
                    once the provision holding it has been struck out or moved by an earlier instruction. Strike or \
                    move that provision first, or order the renumberings so that later provisions move first when \
                    numbers grow and earlier ones first when they shrink.
                    """,
                example: """
                    ---
                    title: 試験実施法の一部を改正する法律案
                    amends: 試験実施法
                    style: jp
                    ---
                    第一条を第二条とする。
                    change.amend:6:1: error: overlap: 第二条 already exists [amendment-collision]
                    """)
        case .amendmentFrontMatter:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "an amendment's front matter is missing or invalid, or has an unknown key or a bad value",
                explanation: """
                    An amendment file starts with YAML between two `---` lines. `style` (`jp` or `us`) is required, \
                    because it decides which controlled language the instructions are read in; `title` and `amends` \
                    name the amending document and what it amends, and `number`, `date` (written `YYYY-MM-DD`) and \
                    `work` (an identifier such as `/akn/jp/bill/2027/10`) are optional. Any other key, a missing or \
                    wrong `style`, an invalid date or identifier, and broken YAML stop the file from being read. \
                    Correct the key or value named in the message; `number` and `date` are also what Japanese law XML \
                    needs from `enact render-amendment --to jplaw`.
                    """,
                example: """
                    ---
                    title: 試験実施法の一部を改正する法律案
                    amends: 試験実施法
                    style: 改め文
                    ---
                    change.amend:4:8: error: style must be jp or us, not '改め文' [amendment-front-matter]
                    """)
        case .amendmentInexpressible:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "a change between the two versions cannot be written as amending instructions",
                explanation: """
                    `enact amend` writes instructions for what an amendment can say: changes to the text, headings and \
                    provisions of the main and supplementary provisions. It refuses two versions in different \
                    traditions or languages (an amendment changes one text in its own terms), a changed preamble or \
                    enacting formula, a provision that no address names on its own (for example one whose number is \
                    repeated) and renumbering that goes round in a cycle. The error has no file position, and nothing \
                    is written. Amend a preamble or enacting formula by hand, compare versions in the same language, \
                    and give repeated numbers distinct ones.
                    """,
                example: """
                    $ enact amend bill.ja.enact bill.revised.ja.enact --style jp      # the revision rewords the 前文
                    error: the preamble or enacting formula changed; amend it by hand [amendment-inexpressible]
                    """)
        case .amendmentInstruction:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "a line of an amendment is not an instruction of its style's controlled language",
                explanation: """
                    The reason code of this finding is `unsupported`. In a 改め文 as an act prints it, every line \
                    indented by two ideographic spaces is a sentence (docs/amend.md, "Real 改め文, as printed"); forms \
                    Enact does not read yet, such as amendment by enumeration (「次に掲げる法律の規定中…」), are \
                    reported here and the other sentences still apply. Every unindented line after the front matter must be one sentence of the controlled language of \
                    the file's `style`, as docs/amend.md lists them: 「第三条第一項中「A」を「B」に改める。」, \
                    「第十条を削る。」, `Section 3(a) is amended by striking “A” and inserting “B”.` and so on. A \
                    sentence worded otherwise, with other quotation marks or without its final full stop cannot be \
                    applied, so the file is refused with an error at each such line. Rewrite the line in one of the \
                    listed forms; in the US style a list of clauses (`Section 3 is amended—`) must end with a clause \
                    that ends in a full stop.
                    """,
                example: """
                    ---
                    title: 試験実施法の一部を改正する法律案
                    amends: 試験実施法
                    style: jp
                    ---
                    第一条を適当に直す。
                    change.amend:6:1: error: unsupported: not an instruction in the jp style: '第一条を適当に直す。' \
                    [amendment-instruction]
                    """)
        case .amendmentLabel:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "a renumbering instruction names a number that the provision cannot take",
                explanation: """
                    A redesignation must give the new number as the document cites provisions of the same kind \
                    (`第十一条を第十条とする。`, `Section 11 is redesignated as section 10.`), not as another kind \
                    (`…を第二項とする。`), and a run moved by `一条ずつ繰り上げる` or `are redesignated as` must not \
                    take any of its provisions below number 1. Enact cannot guess which number was meant, so the \
                    instruction is refused and nothing is applied. Write the new number in the form of the provision's \
                    own kind, and check the count of a shift against the first provision of the run.
                    """,
                example: """
                    ---
                    title: 試験実施法の一部を改正する法律案
                    amends: 試験実施法
                    style: jp
                    ---
                    第一条から第三条までを一条ずつ繰り上げる。
                    change.amend:6:1: error: unsupported: 第一条 cannot move by -1 [amendment-label]
                    """)
        case .amendmentQuotation:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "quoted provisions are missing where an instruction needs them, or present where none belong",
                explanation: """
                    Instructions that rewrite or insert provisions (「…を次のように改める。」, \
                    「…の次に次の一条を加える。」, `… is amended to read as follows:`, \
                    `The following is inserted after …`) are followed by those provisions in Enact source, each line \
                    indented by four spaces; 「…の次に次の附則を加える。」 takes exactly one `@附則` group. Every \
                    other instruction takes no indented lines. Quoted text in the wrong place, or a rewriting \
                    instruction without its provisions, leaves it unclear what the amendment enacts, so nothing is \
                    applied. Indent the quoted provisions directly under their instruction and remove indented lines \
                    elsewhere; errors inside the quoted source are reported with the source format's own identifiers \
                    at their line in the amendment.
                    """,
                example: """
                    ---
                    title: 試験実施法の一部を改正する法律案
                    amends: 試験実施法
                    style: jp
                    ---
                    第三条の次に次の一条を加える。
                    第四条を削る。
                    change.amend:6:1: error: unsupported: this instruction must be followed by the quoted provisions, indented by \
                    four spaces [amendment-quotation]
                    """)
        case .amendmentTarget:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "an instruction names a provision that does not exist when the instruction applies",
                explanation: """
                    The reason code of this finding is `not-found`. Every address must name a provision of the document as it stands when the instruction applies: \
                    instructions apply one after another, so after 「第五条を削る。」 or a renumbering, later \
                    instructions must use the new numbers. When an address names nothing the message gives the nearest \
                    existing address. A run 「AからBまでを…」 (`A through B`) also needs B to follow A among \
                    provisions of the same kind, and an insertion after a group of supplementary provisions needs such \
                    a group. Correct the address (`enact dump` shows the numbers of the base document), or reorder the \
                    instructions.
                    """,
                example: """
                    ---
                    title: 試験実施法の一部を改正する法律案
                    amends: 試験実施法
                    style: jp
                    ---
                    第五条から第三条までを一条ずつ繰り下げる。
                    change.amend:6:1: error: not-found: no 第三条 follows 第五条 [amendment-target]
                    """)
        case .amendmentText:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "quoted text is empty or does not occur in the provision",
                explanation: """
                    The reason code of this finding is `not-found`. A text change (「第一条中「A」を「B」に改める。」, \
                    `… is amended by striking “A” and inserting “B”.`) must quote words of the provision's text as it \
                    is printed (the words of its references included), spaces counting; a quotation found more than \
                    once where it must be found once is `amendment-ambiguous`. The message shows the provision's text \
                    (its first 120 characters): copy the words from it.
                    """,
                example: """
                    ---
                    title: 試験実施法の一部を改正する法律案
                    amends: 試験実施法
                    style: jp
                    ---
                    第一条中「公平」を「公正」に改める。
                    change.amend:6:1: error: not-found: '公平' does not occur in 第一条, whose text is \
                    'この法律は、国が行う試験の実施に関し必要な事項を定め、もって試験の公正を確保することを目的とする。\
                    ' [amendment-text]
                    """)
        case .byteOrderMark:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "the source file starts with a UTF-8 byte-order mark",
                explanation: """
                    Enact sources are UTF-8 without a byte-order mark (the bytes EF BB BF that some Windows editors \
                    put at the start of a file). The mark is invisible, but it would make the first line something \
                    other than the `---` that opens the front matter, so the reader refuses the file instead of \
                    guessing. Run `enact fmt FILE`, which removes the mark and writes the file back in canonical form, \
                    or save the file as "UTF-8" rather than "UTF-8 with BOM".
                    """,
                example: """
                    $ enact check draft.enact          # saved as "UTF-8 with BOM"
                    draft.enact:1:1: error: file starts with a UTF-8 byte-order mark; remove it (enact fmt does) \
                    [byte-order-mark]
                    $ enact fmt draft.enact
                    formatted draft.enact
                    """)
        case .crlfLineEnd:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "the source file contains a carriage return",
                explanation: """
                    Enact sources end their lines with LF alone. CRLF line ends (written by Windows editors, or by git \
                    with `core.autocrlf`) and lone carriage returns are refused at the first one found, so that no CR \
                    ends up in a heading, a label or the text. `enact fmt FILE` converts CRLF line ends and writes the \
                    file back; a lone CR, not followed by LF (`lone carriage return; Enact sources use LF line ends`), \
                    it refuses as well: delete it in an editor.
                    """,
                example: """
                    $ enact check draft.enact
                    draft.enact:1:4: error: carriage return in line end; Enact sources use LF line ends (enact fmt \
                    converts them) [crlf-line-end]
                    """)
        case .danglingCorrespondence:
            DiagnosticEntry(
                severity: .warning, area: .comparison,
                summary: "a '@corresponds-to:' annotation names a provision the reference does not have",
                explanation: """
                    `enact compare BILL REFERENCE` matches the bill's provisions with the reference's through their \
                    `@corresponds-to:` annotations. An annotation that points into the reference's work (its \
                    identifier starts with the reference's `work`) but names none of its sections or their \
                    subdivisions cannot be matched, so the provision is listed without that counterpart. Correct the \
                    identifier (a section is `WORK/sNUMBER`, a subdivision `WORK/s3303/b/3`), or remove it if the \
                    reference has no such provision. Annotations naming other works are not checked.
                    """,
                example: """
                    @article (Arms Sales) {#arms-sales}
                    @corresponds-to: /us/usc/t22/s3399
                    $ enact compare bill.en.enact usc22-ch48.xml
                    bill.en.enact:52:1: warning: Article 6 declares a correspondence to /us/usc/t22/s3399, which is \
                    not a provision of the reference [dangling-correspondence]
                    """)
        case .danglingReference:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "a reference names a label that no division carries",
                explanation: """
                    `{ref:#label}` is printed as a citation generated from the current number of the division, `@附則` \
                    group or schedule whose line ends with `{#label}`. When no target carries the label, no citation \
                    can be written: `enact check` reports an error and `enact render` refuses the document. Correct \
                    the label (labels are case-sensitive), add `{#label}` at the end of the target's `@` line, or \
                    remove the reference. In a template, a reference into an optional block must sit inside the same \
                    condition, or it dangles when the block is switched off.
                    """,
                example: """
                    @条（目的） {#purpose}
                    この法律は、…を目的とする。
                    @条（基本理念）
                    国は、{ref:#purpos}に規定する目的を達成するため、…
                    draft.enact:11:4: error: reference to '#purpos', which no division carries [dangling-reference]
                    """)
        case .unresolvedReference:
            DiagnosticEntry(
                severity: .warning, area: .checks,
                summary: "a reference written as words names no provision of the document",
                explanation: """
                    `enact check` reads the references written as plain text in a Japanese law or draft (第九十九条, \
                    前条第三項, 附則第二条 — docs/references.md) and resolves each against the document. One that \
                    names a provision the document does not have is reported: a typing error, a provision deleted \
                    without its references being amended, or — in a consolidated text imported from e-Gov — a \
                    provision of an amending act that the text leaves out (抄). Correct the words, or write the \
                    reference as `{ref:#label}` so that `enact check` can follow it (`dangling-reference`). It is a \
                    warning, since a law's own text may cite what it does not hold; `--strict` makes it fail.
                    """,
                example: """
                    @条（目的）
                    この法律は、第九十九条に定めるところにより、…
                    draft.enact:9:1: warning: 第一条: 「第九十九条」 names no provision of this document [unresolved-reference]
                    """)
        case .staleReference:
            DiagnosticEntry(
                severity: .warning, area: .comparison,
                summary:
                    "a reference written as words names another provision in the new version than it did in the old",
                explanation: """
                    `enact diff OLD NEW` finds the references written as plain text in both versions (第十条, 前条, \
                    附則第二条 — docs/references.md) and follows each from the old version to the new: when the \
                    provision a reference named in OLD is now numbered differently (an article was inserted or moved \
                    before it) but the words of the reference were not changed, the reference now names another \
                    provision, or none. This is the knock-on amendment (ハネ改正) that an amending act forgot — the \
                    公職選挙法 penalty that pointed at the wrong provision for two and a half years. Change the words \
                    to the provision's new number, or, in a draft, write the reference as `{ref:#label}` so that it \
                    follows the provision by itself.
                    """,
                example: """
                    $ enact diff old.xml new.xml
                    new.xml:2:1: warning: 第一条第一項: 「第四十六条」 now names 第四十六条; in the old version it \
                    named what is now 第四十七条 [stale-reference]
                    """)
        case .duplicateDefinition:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "a term is defined with '{def:}' more than once",
                explanation: """
                    Each defined term has one definition, the place every `{term:}` use links to. Terms are compared \
                    without regard to case and surrounding spaces, so `{def:Taiwan}` and `{def:taiwan}` define the \
                    same term. A second definition leaves it unclear which one governs, so `enact check` reports it, \
                    with a note at the first, and `enact render` refuses the document. Keep one definition, and make \
                    the other occurrence a use (`{term:…}`) or plain text.
                    """,
                example: """
                    @号 {#def-taiwan}
                    {def:台湾}　台湾島及び澎湖諸島…をいう。
                    …
                    @条（協会） {#association}
                    この法律において「{def:台湾}」とは、…
                    draft.enact:31:10: error: term '台湾' is defined more than once [duplicate-definition]
                    draft.enact:17:1: note: first defined here
                    """)
        case .duplicateLabel:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "two divisions, '@附則' groups or schedules carry the same label",
                explanation: """
                    A label `{#name}` identifies one target for `{ref:#name}`; when two carry it, a reference cannot \
                    tell which one to cite. `enact check` reports the second, with a note at the first, and \
                    `enact render` refuses the document. Rename one of them and update the references meant for it; in \
                    parallel language versions, give each division the same label in both.
                    """,
                example: """
                    @条（目的） {#purpose}
                    …
                    @条（基本理念） {#purpose}
                    draft.enact:14:1: error: label '#purpose' is used more than once [duplicate-label]
                    draft.enact:10:1: note: first used here
                    """)
        case .duplicateNumber:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "two divisions of one kind have the same number in one numbering scope",
                explanation: """
                    Articles and sections are numbered through a whole part (the main provisions, or one group of \
                    supplementary provisions), every other kind among its siblings. An explicit number (`@第三条`, \
                    `@section 3`) is kept as written and automatic numbering continues from it, so an explicit number \
                    equal to an earlier one gives two provisions one number and makes their citations ambiguous. Drop \
                    the explicit number so that the division is numbered by position, or give an inserted provision a \
                    branch number (`@第二条の二`, `@section 2A`).
                    """,
                example: """
                    @条（目的）
                    この法律は、…を目的とする。
                    @条（定義）
                    この法律において、…
                    @第二条（基本理念）
                    国は、…
                    draft.enact:12:1: error: article 2 is numbered twice [duplicate-number]
                    draft.enact:10:1: note: first numbered here
                    """)
        case .emptyDivision:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "a division has no text and no subdivisions and is not repealed",
                explanation: """
                    A division that holds nothing would print as a bare number and heading in the enacted text. Text \
                    made only of markup (a reference, definition, term, emphasis or date) counts as text. Write its \
                    text, move the provisions meant to stand under it below its line, mark a provision kept only for \
                    its number `@repealed`, or delete the line.
                    """,
                example: """
                    @条（実施）
                    @条（報告）
                    主務大臣は、毎年、試験の実施状況を国会に報告しなければならない。
                    draft.enact:8:1: error: article 1 has no text and no subdivisions [empty-division]
                    """)
        case .emptyDocument:
            DiagnosticEntry(
                severity: .error, area: .comparison,
                summary: "a document to compare or amend has no divisions",
                explanation: """
                    `enact diff`, `compare`, `amend`, `apply`, `render-amendment` and `verify-amendments` work \
                    division by division, so they refuse a document whose main and supplementary provisions hold no \
                    division at all: front matter only, or only a preamble and schedules. This usually means that the \
                    wrong file was named, or that an XML file held none of the divisions its reader knows. Check the \
                    path, and run `enact dump FILE` (for Enact source) or `enact import FILE` (for XML) to see what \
                    Enact reads from it.
                    """,
                example: """
                    $ enact diff act.enact act.revised.enact
                    act.revised.enact:1:1: error: the document has no divisions to compare [empty-document]
                    """)
        case .fileTooLarge:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "an input file is larger than the input size limit",
                explanation: """
                    Enact refuses a source file, an amendment or an XML document larger than the input size limit, \
                    256 MiB by default, before building anything from it, so that a wrong or hostile file cannot \
                    exhaust memory; no draft or statute comes near that size (the largest US Code titles are about \
                    100 MB). If a file really is that large, set `ENACT_MAX_INPUT_BYTES` to a larger number of bytes \
                    for the run; the message names the variable.
                    """,
                example: """
                    $ ENACT_MAX_INPUT_BYTES=1000 enact check Drafts/japan-taiwan-relations-act.ja.enact
                    Drafts/japan-taiwan-relations-act.ja.enact:1:1: error: file is larger than the limit of 1000 bytes \
                    (set ENACT_MAX_INPUT_BYTES to raise it) [file-too-large]
                    """)
        case .frontMatter:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "the front matter is not valid YAML, or a key has a value of the wrong form",
                explanation: """
                    The front matter is a YAML mapping of the keys listed in docs/source-format.md §4, each given \
                    once. Invalid YAML (with the YAML parser's own message), a duplicated key, a list or mapping where \
                    text is expected, an empty value, a `kind`, `tradition` or `status` outside its choices (case \
                    matters), a `jurisdiction` that is not two upper-case letters, an invalid `language` tag or `work` \
                    identifier, and a date that is not a real date written `yyyy-mm-dd` are errors at the value. These \
                    values decide the tradition, the numbering and the XML identifiers, so Enact does not guess: write \
                    the value as the message says.
                    """,
                example: """
                    ---
                    title: 海洋観測データの共有の推進に関する法律案
                    kind: bill
                    jurisdiction: jp
                    language: ja
                    ---
                    draft.enact:4:15: error: 'jurisdiction' must be an ISO 3166-1 alpha-2 code such as JP or US, not \
                    'jp' [front-matter]
                    """)
        case .importLoss:
            DiagnosticEntry(
                severity: .warning, area: .formats,
                summary: "an XML element has no place in Enact's model and was kept as plain text or left out",
                explanation: """
                    `enact import` reads Akoma Ntoso, USLM and Japanese law XML into Enact's model of divisions, \
                    headings and text. What the model has no place for is kept where possible (a table or other \
                    element as plain text in its division, text after subdivisions before them, a range of numbers as \
                    one number) or left out (tables of contents, conclusions and signatures, attachments); each case \
                    is a warning at the first element concerned, with a count when it repeats, and the draft is still \
                    written. Review the places named, and restore by hand what the draft needs, for example as a \
                    schedule.
                    """,
                example: """
                    <conclusions>
                      <p>Approved by the Parliament on 12 March 2014.</p>
                    </conclusions>
                    $ enact import act.akn.xml -o act.enact
                    act.akn.xml:212:1: warning: the conclusions (signatures, dates) are not imported [import]
                    """)
        case .invalidAnnotation:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary:
                    "an annotation ('@note:', '@corresponds-to:', '@designation:', '@repealed') has a missing or invalid value",
                explanation: """
                    `@note:` needs its text after the keyword, and `@corresponds-to:` exactly one target: a work \
                    identifier path written like `work` in the front matter (`/us/usc/t22/s3301`) or an address \
                    beginning with `http://` or `https://`. A `@designation:` in double quotes must end with its \
                    closing quote. `@repealed` takes nothing after it but `unprinted`, for a repeal the document prints \
                    no word for. An annotation that \
                    cannot be read is not attached; the text lines after it are skipped, and the annotations that \
                    follow are reported as `misplaced-annotation`. Write one `@corresponds-to:` line per target, put \
                    descriptions in `@note:`, and write `@repealed` alone: it prints 削除, Deleted or [Repealed] by \
                    itself.
                    """,
                example: """
                    @article 3 (Findings) {#findings}
                    @corresponds-to: section 3 of the Taiwan Relations Act
                    draft.enact:21:18: error: 'corresponds-to:' takes one identifier such as /us/usc/t22/s3301 or an \
                    http(s) address, not 'section 3 of the Taiwan Relations Act' [invalid-annotation]
                    """)
        case .invalidDate:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "a '{date:}' value is not a real date written yyyy-mm-dd",
                explanation: """
                    Date markup gives the date in ISO form and, optionally, the words to show: \
                    `{date:2027-04-01|令和九年四月一日}`. The value must be a date that exists in the Gregorian \
                    calendar, written with a four-digit year and a two-digit month and day, because it is the date the \
                    XML formats record; `2027-4-1` and `2027-02-30` are refused, and the rest of the line is kept as \
                    plain text. Correct the ISO date; the text after `|` may be written in any style.
                    """,
                example: """
                    @条（施行期日）
                    この法律は、{date:2027-02-30|令和九年二月三十日}から施行する。
                    draft.enact:42:7: error: '2027-02-30' is not a date written yyyy-mm-dd [invalid-date]
                    """)
        case .invalidDirective:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary:
                    "an '@' line that takes nothing after its keyword has something, or '@begin'/'@end' is misplaced",
                explanation: """
                    The preamble and the enacting formula take no number, heading or label: their text goes on the \
                    lines below the keyword, and `@begin` and `@end` stand alone too. Anything after the keyword on \
                    its line is refused, and the text lines that follow are skipped until the next `@` line: move the \
                    words to a line of their own below the keyword. `@begin` must directly follow a division line (and \
                    its annotations), before the text; `@end` must close a division opened with `@begin`. The \
                    formatter writes the pair only where a real document nests against rank (docs/source-format.md \
                    §8).
                    """,
                example: """
                    @前文　我が国と台湾との間には、緊密な経済関係及び人的往来がある。
                    draft.enact:8:5: error: '@前文' takes nothing after it on its line [invalid-directive]
                    """)
        case .invalidEscape:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "a backslash in text is not followed by a character it can escape",
                explanation: """
                    In text, a backslash escapes exactly `\\`, `{`, `}`, `|`, `@` and `/`: `\\{` and `\\}` for literal \
                    braces, `\\\\` for a backslash, `\\@` or `\\//` at the start of a line that must begin with them. \
                    A backslash before anything else is usually a habit from another markup language (`\\"`, `\\%`, \
                    `\\n`), so it is reported, kept as a literal backslash, and reading goes on. Remove the backslash, \
                    or double it if a backslash is meant. A backslash at the very end of a line is not an escape but a \
                    line break in the text (docs/source-format.md §15).
                    """,
                example: """
                    @section Fees {#fees}
                    The fee shall not exceed 10\\% of the cost of the service.
                    draft.enact:16:28: error: a backslash must be followed by one of \\ { } | @ / to escape it \
                    [invalid-escape]
                    """)
        case .invalidLabel:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "a label is not a valid name, or '{#…}' is not at the end of its line",
                explanation: """
                    A label begins with an ASCII letter and goes on with ASCII letters, digits, `-` and `_` \
                    (`{#purpose}`, `{#def-taiwan}`, `{#art_3}`); on a division, `@附則` or schedule line it is written \
                    once, as the last thing on the line. The target of `{ref:#…}` follows the same rule. A division \
                    line with a bad label is not read and its text lines are skipped; in text, the rest of the line is \
                    kept as plain text. Rename the label (a leading digit is the usual cause) and the references to \
                    it, or move it to the end of the line.
                    """,
                example: """
                    @条（目的） {#1-purpose}
                    draft.enact:8:8: error: '1-purpose' is not a label: use letters, digits, '-' and '_', starting \
                    with a letter [invalid-label]
                    """)
        case .invalidMarkup:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "inline markup has an empty part, too many '|', or a value its tag does not allow",
                explanation: """
                    Inline markup is `{TAG:VALUE}` or `{TAG:VALUE|TEXT}`. The value must not be empty, nor the text \
                    after `|`; there is at most one `|` (write `\\|` for a literal one); `{def:}` and `{em:}` take no \
                    `|`, since a definition is shown as written; and a `{ref:}` target is `#label` or a URI without \
                    spaces. The markup is not read, and the rest of the line is kept as plain text. Correct it as the \
                    message says; a provision of this document is cited with a label reference, `{ref:#label}`, never \
                    with its number in words.
                    """,
                example: """
                    @section Report
                    The Administrator shall report under {ref:section 3(b)}.
                    draft.enact:12:38: error: a reference target is '#label' or a URI without spaces, not 'section \
                    3(b)' [invalid-markup]
                    """)
        case .invalidMetadata:
            DiagnosticEntry(
                severity: .error, area: .formats,
                summary: "the document's date lies before the first era Japanese law XML can express",
                explanation: """
                    Japan's standard law XML gives a law's date as an era and a year, and its eras begin with 明治 on \
                    1868-10-23. `enact render --to jplaw` takes the first of the `enacted`, `introduced`, `drafted` \
                    and `effective` dates of the front matter and refuses a date before that day. Check the date under \
                    `dates:`; a law older than 明治 cannot be written in this format, but can still be written as \
                    Akoma Ntoso or USLM.
                    """,
                example: """
                    dates:
                      enacted: 1867-05-01
                    $ enact render old-law.enact --to jplaw -o out/old-law.xml
                    old-law.enact:1:1: error: Japanese law XML has no era before 明治 (1868-10-23) for 1867-05-01 \
                    [invalid-metadata]
                    """)
        case .invalidNesting:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "a division stands under a parent, or at a level, where its kind may not",
                explanation: """
                    The reader nests divisions by rank alone; `enact check` then applies the tradition's rules \
                    (docs/source-format.md §8.3): only groupings, units and the first sub-unit kind may stand at the \
                    top of a part, groupings and units only under a higher grouping, no sub-unit directly under a \
                    grouping, and in the `jp` and `kr` traditions each sub-unit only directly under the level above it \
                    (項 under 条, 号 under 項, イ under 号). Such a division cannot be cited or written in the XML \
                    formats as the tradition expects. Add the missing level (an article between a chapter and its \
                    items), or change the keyword.
                    """,
                example: """
                    @章　定義
                    @号
                    {def:台湾}　台湾島及び澎湖諸島…をいう。
                    draft.enact:9:1: error: item 1 cannot stand under chapter 1 [invalid-nesting]
                    """)
        case .invalidNumber:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "a number on a division or schedule line looks like a number but cannot be read",
                explanation: """
                    After a keyword, a first word that begins with a digit must be a number of that level \
                    (`@section 3A`, `@article 10-2`, `@paragraph (2)`), and a Japanese designation must be readable \
                    (`@第十二条の二`, `@２`, `@十二の二`, `@イ`, `@別表第二`). `@section 3.`, `@article 3(Purpose)` \
                    (no space before the caption), `@第一章総則` (no space after the designation) and \
                    `@章　2025年大阪万博` cannot be read, so the line is refused and its text skipped. Correct the \
                    number; if the word begins the heading, put a backslash before it (`@章 \\2025年大阪万博`, \
                    `@chapter \\2025 Expo`) and the division is numbered automatically.
                    """,
                example: """
                    @章　2025年大阪万博
                    draft.enact:8:4: error: cannot read '2025年大阪万博' as a number of the chapter; if it begins the \
                    heading, write '\\' before it [invalid-number]
                    @第一章総則
                    draft.enact:20:2: error: cannot read the number in '第一章総則' (write e.g. 第十二条の二, ２, \
                    十二, イ) [invalid-number]
                    """)
        case .invalidParameter:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "a parameter value has the wrong type or is not one of the declared choices",
                explanation: """
                    Each parameter of a template is declared with a type, and the value in the parameter file must be \
                    one: a single line for `string`, an integer, a date written `yyyy-mm-dd`, `true` or `false` for a \
                    boolean, one of the listed `values` for an enumeration, a list or a mapping for `list` and \
                    `record`; `language` must be one of the template's body languages. The error is at the value, and \
                    no draft is generated. `enact templates show NAME` lists each parameter with its type and choices; \
                    a `default` in a template's declaration is checked the same way.
                    """,
                example: """
                    language: ja
                    commencement: 公布の日
                    report_interval: 毎年
                    …
                    p.yaml:2:15: error: '公布の日' is not a value of 'commencement'; expected one of: deferred, \
                    immediate [invalid-parameter]
                    p.yaml:3:18: error: 'report_interval' must be an integer, not '毎年' [invalid-parameter]
                    """)
        case .invalidUtf8:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "the file contains bytes that are not well-formed UTF-8",
                explanation: """
                    Enact sources are UTF-8. A byte outside a well-formed UTF-8 sequence (overlong forms, surrogates \
                    and values above U+10FFFF included) nearly always means that the file was saved in another \
                    encoding, such as Shift_JIS or Windows-1252. Reading stops at the first such byte, shown in \
                    hexadecimal at its line and column, and `enact fmt` cannot repair it. Convert the file, e.g. \
                    `iconv -f SHIFT_JIS -t UTF-8 draft.enact > draft.utf8.enact`, or save it as UTF-8 in your editor.
                    """,
                example: """
                    $ enact check draft.enact          # saved in Shift_JIS
                    draft.enact:2:8: error: invalid UTF-8 byte 0x8A [invalid-utf8]
                    """)
        case .isADirectory:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "a path names a directory where a file is expected",
                explanation: """
                    Commands read and write files. A directory given as an input (`is a directory, not a source file`, \
                    `is a directory, not an XML file`) or as the `-o` output of a command (`output is a directory`) is \
                    refused before anything is read or written. Name a file inside the directory, use a shell pattern \
                    such as `Drafts/*.enact` for several files, or `--output-dir` where a command writes one output \
                    per input.
                    """,
                example: """
                    $ enact render Drafts --to html
                    Drafts:1:1: error: is a directory, not a source file [is-a-directory]
                    """)
        case .limitDepth:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "divisions nest deeper than the depth limit",
                explanation: """
                    After reading a document, source or XML, Enact measures how deeply its divisions nest and refuses \
                    it beyond the depth limit, 256 by default, before checking, rendering or comparing it, so that a \
                    hostile file cannot exhaust memory. No act comes near it: a source file nests no deeper than its \
                    tradition has levels. `ENACT_MAX_DEPTH` sets the limit for a run; it bounds the nesting of XML \
                    elements too (`xml-too-deep`).
                    """,
                example: """
                    $ ENACT_MAX_DEPTH=3 enact check act.enact      # a section › subsection › paragraph › subparagraph
                    act.enact:1:1: error: divisions nest 4 deep, deeper than the limit of 3 (set ENACT_MAX_DEPTH to \
                    raise it) [limit-depth]
                    """)
        case .limitDivisions:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "a document holds more divisions than the limit",
                explanation: """
                    Enact refuses a document with more divisions than the limit, 1,000,000 by default, counted after \
                    reading and before checking, rendering or comparing, so that no input can make a command run out \
                    of memory (each division costs about 1.8 KB in memory, whatever its text). If a real document \
                    exceeds it, set `ENACT_MAX_DIVISIONS` to a larger number for the run; docs/limits.md gives the \
                    measured costs.
                    """,
                example: """
                    $ ENACT_MAX_DIVISIONS=2 enact check short.enact       # a bill of three sections
                    short.enact:1:1: error: the document has 3 divisions, more than the limit of 2 (set \
                    ENACT_MAX_DIVISIONS to raise it) [limit-divisions]
                    """)
        case .misplacedAnnotation:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "an annotation does not directly follow a division line",
                explanation: """
                    `@note:`, `@corresponds-to:`, `@designation:` (once) and `@repealed` belong to the division whose \
                    line they directly \
                    follow, before its text and its first subdivision. After text, after a subdivision, after `@附則`, \
                    or in a preamble, an enacting formula or a schedule, they have no division to attach to and are \
                    refused (`'@repealed' must come directly after its division line` for `@repealed`). Move the line \
                    up to just below its division line. After a division line that could not be read, the annotations \
                    that follow it are reported this way too: fix the first error and they go away.
                    """,
                example: """
                    @article (Purpose) {#purpose}
                    The purpose of this Act is to promote the sharing of ocean observation data.
                    @corresponds-to: /us/usc/t33/s883a
                    draft.enact:10:1: error: an annotation must come directly after its division line, before the text \
                    [misplaced-annotation]
                    """)
        case .misplacedDivision:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "a division line follows a schedule",
                explanation: """
                    Schedules (`@別表`, `@schedule`) come last in a document: after the first one, only further \
                    schedules and comments may follow. A division line there belongs to no part, so it is refused and \
                    its text skipped; every division line after the first schedule is reported. Move the divisions \
                    above the first schedule, into the main provisions or a group of supplementary provisions; a \
                    schedule itself holds lines of text, not divisions.
                    """,
                example: """
                    @別表第一　（第五条関係）
                    区分　料金
                    一般　千円
                    @条（罰則）
                    draft.enact:64:1: error: divisions cannot follow a schedule [misplaced-division]
                    """)
        case .misplacedEnactingFormula:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "the enacting formula comes after a division or is given twice",
                explanation: """
                    `@制定文` / `@enacting-formula` may appear once, before the first division, the first \
                    supplementary provisions and the first schedule, where the formula stands in an enacted text. A \
                    second formula, or one further down, is refused and its text skipped. Move it to the top of the \
                    body (`enact fmt` writes it before the preamble), and join two formulas into one.
                    """,
                example: """
                    @section Short title {#short-title}
                    This Act may be cited as the "Ocean Data Sharing Act of 2026".
                    @enacting-formula
                    draft.enact:14:1: error: the enacting formula must come once, before the first division \
                    [misplaced-enacting-formula]
                    """)
        case .misplacedPreamble:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "the preamble comes after a division, supplementary provisions or a schedule",
                explanation: """
                    `@前文` / `@preamble` must come before the first division, the first `@附則` and the first \
                    schedule, which is where a preamble stands in an enacted text. Further down it is refused and its \
                    lines are skipped. Move it above the first division; a preamble may be started more than once \
                    before that, and its paragraphs are then appended.
                    """,
                example: """
                    @章　総則 {#ch-general}
                    @条（目的） {#purpose}
                    この法律は、海洋観測データの共有の推進に関し、基本的な事項を定めることを目的とする。
                    @前文
                    draft.enact:11:1: error: the preamble must come before the first division [misplaced-preamble]
                    """)
        case .misplacedSupplementaryProvisions:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "supplementary provisions ('@附則', '@supplementary-provisions') begin after a schedule",
                explanation: """
                    Supplementary provisions come after the main provisions and before all schedules. A group started \
                    after a schedule is refused, and the division lines after it are reported as `misplaced-division`. \
                    Move the `@附則` line and its provisions above the first schedule.
                    """,
                example: """
                    @別表第一　（第五条関係）
                    区分　料金
                    @附則
                    この法律は、公布の日から施行する。
                    draft.enact:63:1: error: supplementary provisions must come before the schedules \
                    [misplaced-supplementary-provisions]
                    """)
        case .missingFrontMatter:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "the source file does not start with a '---' line",
                explanation: """
                    A source file begins with its front matter: a line that is exactly `---` (trailing spaces \
                    allowed), YAML metadata, and another `---` line; nothing, not even a blank line or a comment, may \
                    come before it. Without it Enact cannot tell the metadata from the body, nor the tradition and \
                    language that decide how the body is read, so it stops reading. Add the front matter at the very \
                    top, with at least the `title`, `kind`, `jurisdiction`, `language` and `work` that `enact check` \
                    requires.
                    """,
                example: """
                    @条（目的）
                    この法律は、海洋観測データの共有の推進に関し、基本的な事項を定めることを目的とする。
                    draft.enact:1:1: error: a source file starts with '---', then YAML metadata, then '---' \
                    [missing-front-matter]
                    """)
        case .missingMetadata:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "the front matter lacks a key that checking or an XML format needs",
                explanation: """
                    `enact check` requires `title`, `kind`, `jurisdiction`, `language` and `work`, and reports each \
                    one missing at line 1. The XML writers need what identifies the document in their format: Akoma \
                    Ntoso a `work`, `jurisdiction`, `language` and a date under `dates:` (`drafted`, `introduced`, \
                    `enacted`, `effective` or, for a text with no other date, `published`); USLM a `work`; Japan's standard law XML a date and a `number` ending in \
                    a numeral (法律第八十八号, 衆法第一号). Add the key to the front matter; for \
                    `enact render-amendment`, `number` and `date` go in the amendment's front matter.
                    """,
                example: """
                    ---
                    title: 海洋観測データの共有の推進に関する法律案
                    kind: bill
                    jurisdiction: JP
                    language: ja
                    ---
                    draft.enact:1:1: error: front matter lacks 'work' [missing-metadata]
                    """)
        case .missingParameter:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "a required template parameter, or the body language, is not given",
                explanation: """
                    A parameter declared `required: true` without a `default` must be given in the parameter file, and \
                    so must a required field of a record or of each item of a list; when the template has bodies in \
                    several languages, `language` is required too. The error is at the mapping that lacks the key \
                    (line 1 for the top level), and no draft is generated. Add the key; `enact templates show NAME` \
                    lists the parameters and says which are required.
                    """,
                example: """
                    …
                    association:
                      legal_form: 公益財団法人
                    counterpart_name: 台湾日本関係協会
                    p.yaml:12:3: error: missing required parameter 'association.name' (string) [missing-parameter]
                    """)
        case .mixedLanguages:
            DiagnosticEntry(
                severity: .error, area: .comparison,
                summary: "the two documents given to 'enact diff' are one in Japanese and one in another language",
                explanation: """
                    `enact diff` compares two versions of one text, word by word, and a Japanese text is compared \
                    character by character, so a document in Japanese and one in another language (by their `language` \
                    keys) cannot be diffed. To set a bill against a translation or a foreign statute, use \
                    `enact compare BILL REFERENCE`, which matches provisions by declared correspondences; to check \
                    that two language versions have the same structure, use `enact check A --parallel B`.
                    """,
                example: """
                    $ enact diff act.ja.enact act.en.enact
                    act.en.enact:1:1: error: the two documents are in different languages; compare them with 'enact \
                    compare' [mixed-languages]
                    """)
        case .nestedMarkup:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "a '{' appears inside inline markup",
                explanation: """
                    Inline markup never nests: its value and its text after `|` cannot contain another `{…}`, such as \
                    a defined term inside emphasis. The markup is not read, and the rest of the line is kept as plain \
                    text. Write the pieces side by side (`{em:In general}.—The {term:Administrator} shall …`), or \
                    escape a literal brace as `\\{`.
                    """,
                example: """
                    {em:The {term:Administrator}} shall publish the data.
                    draft.enact:11:9: error: inline markup cannot contain '{'; write \\{ for a literal brace \
                    [nested-markup]
                    """)
        case .noProfile:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "an Enact profile cannot be opened",
                explanation: """
                    Enact's profiles (`enact-akn.sch`, `enact-uslm.sch`, `enact-jplaw.sch` in `Schemas/`) are ISO \
                    Schematron files that `enact validate` runs in addition to the official schema. This error comes \
                    from the library's `ProfileValidator` when the path it is given does not exist or libxml2 cannot \
                    start reading it; `enact validate` itself uses only profile files it has found, under \
                    `--profiles`, `ENACT_PROFILE_PATH` or a `Schemas` folder in the current directory or beside the \
                    program. Pass the path of an existing `.sch` file.
                    """,
                example: """
                    let profile = try ProfileValidator(profile: "Schemas/enact-akm.sch")    // misspelt file name
                    Schemas/enact-akm.sch:1:1: error: cannot read the profile [no-profile]
                    """)
        case .noSchema:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "there is no official schema or Enact profile to validate a file against",
                explanation: """
                    `enact validate` checks each file against the official schema of its format, found by file name \
                    (`akomantoso30.xsd`, `USLM.xsd`, `uslm-2.1.0.xsd`, `XMLSchemaForJapaneseLaw_v3.xsd`) anywhere \
                    under `--schemas DIR` or `ENACT_SCHEMA_PATH`, and against Enact's profile for the format. It stops \
                    when neither a schema folder nor a profile folder is configured, when the schema folder lacks the \
                    format's schema file, or when a file's format has neither a schema nor a profile. Point \
                    `--schemas` at a folder holding the official schemas (such as `../shared/reference`), or \
                    `--profiles` at Enact's `Schemas` folder.
                    """,
                example: """
                    $ enact validate out/act.akn.xml --schemas schemas
                    error: no akomantoso30.xsd under schemas; point --schemas or ENACT_SCHEMA_PATH at the folder \
                    holding the official schemas [no-schema]
                    """)
        case .noSuchFile:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "an input file does not exist",
                explanation: """
                    The path given for a document, an amendment or a parameter file names nothing. Check the spelling, \
                    the extension \
                    (`.ja.enact`, `.en.enact`) and the directory the command runs in, since relative paths start there.
                    """,
                example: """
                    $ enact check Drafts/japan-taiwan-relations-act.jp.enact
                    Drafts/japan-taiwan-relations-act.jp.enact:1:1: error: no such file [no-such-file]
                    """)
        case .noSuchSchema:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "a schema path given to the schema validator does not exist",
                explanation: """
                    The library's `SchemaValidator` compiles the XSD at the path it is given and refuses a path that \
                    names nothing. `enact validate` finds schemas by file name under `--schemas` or \
                    `ENACT_SCHEMA_PATH` and passes on only files that exist, so on the command line a missing schema \
                    is reported as `no-schema` instead. Check the path passed to `SchemaValidator(schema:)`.
                    """,
                example: """
                    let schema = try SchemaValidator(schema: "../shared/reference/akn/akomantoso30.xsd")    // in \
                    akn/schema/
                    ../shared/reference/akn/akomantoso30.xsd:1:1: error: no schema at this path [no-such-schema]
                    """)
        case .notCanonical:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "a source file is not in canonical form",
                explanation: """
                    `enact fmt --check` reports a source file that `enact fmt` would rewrite, at the first line that \
                    would change: front matter keys out of their fixed order, a missing blank line before an `@` line, \
                    a text broken over lines, a number written another way, a byte-order mark or CRLF line ends. \
                    Run `enact fmt FILE` to rewrite it (atomically). With `--format sarif` or `--format github` the \
                    finding reaches code scanning or a pull request's annotations.
                    """,
                example: """
                    $ enact fmt --check draft.enact --format json
                    (one finding: draft.enact:12:1: error: not in canonical form; 'enact fmt draft.enact' rewrites it \
                    [not-canonical])
                    """)
        case .notARegularFile:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "the output path names a device or other special file",
                explanation: """
                    Enact writes every output atomically: into a temporary file beside the target, which is then \
                    renamed over it. A device, a FIFO or a socket cannot be replaced that way, and replacing it would \
                    be wrong, so the command stops before writing. To write to the terminal or a pipe, use `-o -` or \
                    leave out `-o`; otherwise name a regular file.
                    """,
                example: """
                    $ enact render draft.enact --to html -o /dev/null
                    /dev/null:1:1: error: output is a device or other special file; write to a regular file or to '-' \
                    [not-a-regular-file]
                    """)
        case .nulByte:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "the file contains a NUL (0x00) byte",
                explanation: """
                    A NUL byte has no place in the text of a bill; it usually means that the file is binary, damaged, \
                    or UTF-16 without a byte-order mark (as some Windows tools save text). Reading stops at the first \
                    one, and `enact fmt` cannot repair it. Convert a UTF-16 file to UTF-8 \
                    (`iconv -f UTF-16LE -t UTF-8`), or delete the byte.
                    """,
                example: """
                    $ enact check draft.enact
                    draft.enact:12:31: error: NUL byte in text [nul-byte]
                    """)
        case .numberGap:
            DiagnosticEntry(
                severity: .warning, area: .checks,
                summary: "a number is skipped in a sequence of divisions",
                explanation: """
                    Within a numbering scope each number should follow the one before it; a skip, such as article 13 \
                    after article 11, or item 2 as the first item, usually means that a provision was deleted without \
                    keeping its place. A repealed provision keeps its number: leave its division in place with \
                    `@repealed`, and it prints 第十二条　削除 / Article 12 Deleted. Numbers with branches (第十条の二, \
                    section 3A) are not checked for gaps. This is a warning; `enact check` exits with status 1 for it \
                    only with `--strict`.
                    """,
                example: """
                    @第十一条（報告）
                    …
                    @第十三条（罰則）
                    draft.enact:70:1: warning: article 13 follows article 11: article 12 is missing (keep a repealed \
                    provision in place with @repealed) [number-gap]
                    """)
        case .numberOrder:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "a number is lower than an earlier one in the same numbering scope",
                explanation: """
                    Divisions of one kind are numbered in ascending order within their scope. An explicit number lower \
                    than an earlier one (`@第五条` after `@第七条`) usually comes from a provision moved without \
                    renumbering, and since automatic numbering continues from it, later provisions may end up numbered \
                    twice. Remove the explicit numbers so that Enact numbers the provisions by position, or correct \
                    them.
                    """,
                example: """
                    @第七条（手数料）
                    …
                    @第五条（報告）
                    draft.enact:40:1: error: article 5 comes after article 7 but is numbered lower [number-order]
                    """)
        case .parallelLabel:
            DiagnosticEntry(
                severity: .warning, area: .checks,
                summary: "counterpart divisions of two language versions carry different labels",
                explanation: """
                    With `enact check A --parallel B`, divisions are matched by place: the part, then the chain of \
                    kinds and numbers from the top. Counterparts with different labels mean that a reference \
                    `{ref:#label}` in one version names another label in the other, which makes the versions hard to \
                    keep in step. Give the division the same label in both versions. This is a warning, reported from \
                    both sides.
                    """,
                example: """
                    act.ja.enact, line 14:  @条（定義） {#definitions}
                    act.en.enact, line 14:  @article (Definitions) {#defs}
                    $ enact check act.ja.enact --parallel act.en.enact
                    act.en.enact:14:1: warning: main provisions › chapter 1 › article 2 is labelled '#defs' here but \
                    '#definitions' in act.ja.enact [parallel-label]
                    act.ja.enact:14:1: warning: main provisions › chapter 1 › article 2 is labelled '#definitions' \
                    here but '#defs' in act.en.enact [parallel-label]
                    """)
        case .parallelMissing:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "a division has no counterpart at the same place in the other language version",
                explanation: """
                    With `--parallel`, each division is matched with the division at the same place in the other \
                    version: the same part and the same chain of kinds and numbers from the top. When nothing stands \
                    at that place, or what stands there carries a label that belongs elsewhere, the division is \
                    missing from the other version, and the two texts say different things. Add the provision to the \
                    other version or remove it from this one; only the outermost missing division is reported, not its \
                    subdivisions.
                    """,
                example: """
                    $ enact check act.ja.enact --parallel act.en.enact
                    act.ja.enact:52:1: error: main provisions › chapter 3 › article 12 has no counterpart in \
                    act.en.enact [parallel-missing]
                    """)
        case .parallelNumbering:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "a labelled division stands at another place, under another number, in the other version",
                explanation: """
                    When a division's label is carried in the other version by a division at a different place, the \
                    same provision is numbered differently in the two versions, typically because an article was \
                    inserted or deleted in only one of them, and the citations generated from its label differ. Make \
                    the two structures agree, inserting or deleting the provision in the other version; the \
                    subdivisions of a division reported this way are not reported again.
                    """,
                example: """
                    $ enact check act.ja.enact --parallel act.en.enact
                    act.ja.enact:60:1: error: main provisions › chapter 3 › article 13 is main provisions › chapter 3 \
                    › article 12 in act.en.enact [parallel-numbering]
                    """)
        case .parallelWork:
            DiagnosticEntry(
                severity: .warning, area: .checks,
                summary: "two language versions name different 'work' identifiers",
                explanation: """
                    Language versions of one bill are expressions of one work and share its `work` identifier \
                    (`/akn/jp/bill/2026/japan-taiwan-relations`), which the XML formats use to identify the document; \
                    different identifiers make the versions look like different bills. Give both front matters the \
                    same `work`. This is a warning, reported at line 1 of the second file, and only when the first \
                    file has main provisions.
                    """,
                example: """
                    $ enact check act.ja.enact --parallel act.en.enact
                    act.en.enact:1:1: warning: the two versions name different works (/akn/jp/bill/2026/ocean-data and \
                    /akn/jp/bill/2026/ocean-data-en) [parallel-work]
                    """)
        case .parameterFile:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "a parameter file is not valid YAML, not a mapping, or written for another template",
                explanation: """
                    A parameter file is a YAML mapping of parameter names to values, with an optional `template:` \
                    naming the template it is for and `language:` choosing the body. Broken YAML (with the YAML \
                    parser's message), a duplicated key, a file that is a list or a single value, and a `template:` \
                    naming another template are errors at their line and column, and nothing is generated. Fix the \
                    YAML, or run `enact new` with the template the file was written for.
                    """,
                example: """
                    template: relations-treaty
                    language: en
                    …
                    $ enact new relations-act --params p.yaml --dry-run
                    p.yaml:1:11: error: this parameter file is for template 'relations-treaty', not 'relations-act' \
                    [parameter-file]
                    """)
        case .printEngineFailed:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "the engine that turns a Word file into PDF failed",
                explanation: """
                    `--to pdf` and `--format pdf` write the Word file first and have LibreOffice (`soffice \
                    --headless --convert-to pdf`) print it, in a private profile and a temporary folder, with a time \
                    limit. When LibreOffice exits with an error, gives no PDF or runs past the limit, the command \
                    stops with what it printed and nothing is written. Check that LibreOffice opens the Word file \
                    (`--to docx`), and that no other LibreOffice holds a lock on the folder.
                    """,
                example: """
                    $ enact render draft.enact --to pdf -o draft.pdf
                    draft.enact:1:1: error: LibreOffice gave no PDF (exit status 1): … [print-engine-failed]
                    """)
        case .printEngineMissing:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "the engine that turns a Word file into PDF is not installed",
                explanation: """
                    Enact writes Word files itself, and PDF through LibreOffice Writer run headless, looked up as \
                    `soffice` or `libreoffice` on the PATH (or the program `ENACT_SOFFICE` names). Install it from \
                    the system's packages (Debian and Ubuntu: `apt-get install libreoffice-writer`; a Japanese font: \
                    `fonts-noto-cjk`), or write `--to docx` and print the Word file elsewhere.
                    """,
                example: """
                    $ enact render draft.enact --to pdf -o draft.pdf
                    draft.enact:1:1: error: PDF needs LibreOffice Writer, which is not installed: apt-get install \
                    libreoffice-writer [print-engine-missing]
                    """)
        case .profile:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "an XML document fails an assertion of Enact's profile of its format",
                explanation: """
                    After the official schema, `enact validate` runs Enact's profile of the format, an ISO Schematron \
                    file in `Schemas/` stating what Enact's own XML guarantees beyond the schema: for example a \
                    `<Law>` with `Era`, `Year`, `Num`, `LawType` and `Lang`, or every article with a title and a \
                    paragraph. Each failed assertion is an error at the element's line. XML that Enact wrote should \
                    never fail one, so please report it if it does; for XML from elsewhere the finding says what \
                    Enact's readers and writers rely on. The same identifier is used when a profile cannot be compiled.
                    """,
                example: """
                    <Article Num="1">
                      <Paragraph Num="1">
                    $ enact validate law.xml
                    law.xml:7:1: error: an article has no ArticleTitle [profile]
                    """)
        case .repealedWithText:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "a division marked '@repealed' still has text or subdivisions",
                explanation: """
                    A repealed provision keeps its place and number and prints only as 第十条　削除 / Article 10 \
                    Deleted ([Repealed] outside the Japanese tradition); text or subdivisions under it would be \
                    printed nowhere and contradict the repeal. Delete the text and subdivisions, or remove `@repealed` \
                    if the provision is still in force.
                    """,
                example: """
                    @条（試験委員の任命） {#appointment}
                    @repealed
                    試験委員は、学識経験のある者のうちから、主務大臣が任命する。
                    draft.enact:30:1: error: article 5 is marked repealed but still has text [repealed-with-text]
                    """)
        case .schema:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "an XML document breaks the official schema of its format, or a schema cannot be read",
                explanation: """
                    `enact validate` checks each file with libxml2 against the official XSD of its format, found under \
                    `--schemas` or `ENACT_SCHEMA_PATH`, and reports each violation with libxml2's message at the \
                    element's line. A document that does not validate will be refused by the systems that take the \
                    format. Correct the element named; the message lists what was expected in its place. The same \
                    identifier is used, at the schema's path, when a schema cannot be read or compiled, and for \
                    libxml2's schema warnings, which are printed as warnings.
                    """,
                example: """
                    <Article Num="1">
                      <Paragraph Num="1">
                    $ enact validate law.xml --schemas ../shared/reference
                    law.xml:8:1: error: Element 'Paragraph': This element is not expected. Expected is one of ( \
                    ArticleCaption, ArticleTitle ). [schema]
                    law.xml:7:1: error: an article has no ArticleTitle [profile]
                    """)
        case .strayText:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "a text line comes before any line that can hold text",
                explanation: """
                    Text belongs to the division, preamble, enacting formula or schedule opened by an `@` line above \
                    it. Text between the front matter and the first such line has nowhere to go, so it is refused. \
                    Open what it belongs to first: `@前文` / `@preamble`, `@制定文` / `@enacting-formula`, or a \
                    division line; a note to yourself is a comment line beginning with `//`.
                    """,
                example: """
                    ---
                    title: Ocean Data Sharing Act of 2026
                    …
                    ---
                    Be it enacted by the Senate and House of Representatives of the United States of America in \
                    Congress assembled,
                    draft.enact:11:1: error: text outside any division; start a division with an '@' line first \
                    [stray-text]
                    """)
        case .styleLanguage:
            DiagnosticEntry(
                severity: .error, area: .amendments,
                summary: "an amendment in 改め文 ('--style jp') was asked for a document that is not in Japanese",
                explanation: """
                    改め文 are Japanese sentences that quote Japanese text (「…」を「…」に改める。), so \
                    `enact amend --style jp` needs an OLD document whose `language` is `ja` or begins with `ja-`. For \
                    an English translation or a document in any other language, use `--style us`, whose amendatory \
                    instructions work for a document in any language.
                    """,
                example: """
                    $ enact amend act.en.enact act.revised.en.enact --style jp
                    act.en.enact:1:1: error: 改め文 (--style jp) are written in Japanese; use --style us for a \
                    document in another language [style-language]
                    """)
        case .templateDeclaration:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "a template's declaration, 'template.yaml', is invalid",
                explanation: """
                    A template's `template.yaml` is a YAML mapping with `summary`, `bodies` (one existing body file \
                    per language) and `parameters`, each parameter named with letters, digits and underscores and \
                    declared with a `type`: string, text, integer, date, boolean, enumeration (with `values`), list \
                    (with `items`) or record (with `fields`); `template` and `language` are reserved. Every problem is \
                    reported at its line and column, and the template can be neither used nor listed by \
                    `enact templates` until it is fixed. This concerns template authors; docs/templates.md describes \
                    the format.
                    """,
                example: """
                    summary: An act on cooperation with a partner.
                    bodies: {en: body.en.mustache}
                    parameters:
                      report_interval: {type: number, default: 1}
                    Templates/coop-act/template.yaml:4:27: error: 'type' must be string, text, integer, date, boolean, \
                    enumeration, list or record [template-declaration]
                    """)
        case .templateSyntax:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "a template body is not valid Mustache",
                explanation: """
                    Template bodies are rendered with Mustache: a section opened with `{{#name}}` or `{{^name}}` must \
                    be closed by `{{/name}}` with the same name, and every tag must be complete. Mustache's own error \
                    (`sectionCloseNameIncorrect`, `expectedSectionEnd`, `unfinishedName` …) is shown after \
                    `Mustache:`, at the place in the body where it was found, and nothing is generated. Correct the \
                    tag; this concerns template authors.
                    """,
                example: """
                    {{#options.cptpp_accession}}
                    @条（環太平洋パートナーシップ協定への加入の支援）
                    …
                    {{/options.cptpp}}
                    Templates/relations-act/body.ja.mustache:120:4: error: Mustache: sectionCloseNameIncorrect \
                    [template-syntax]
                    """)
        case .templateTag:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "a template body uses a Mustache tag other than variables and sections",
                explanation: """
                    Templates use plain variables (`{{name}}`) and sections (`{{#name}}…{{/name}}`, \
                    `{{^name}}…{{/name}}`), and comments (`{{! … }}`). Partials (`{{> name}}`), changed delimiters \
                    (`{{=<% %>=}}`) and template inheritance (`{{< name}}`, `{{$ name}}`) would bring in text or \
                    syntax that the declaration does not describe, so they are refused at their line and column. Write \
                    the text into the body, and choose between variants with a section on a declared parameter.
                    """,
                example: """
                    {{> signature}}
                    Templates/relations-act/body.en.mustache:210:1: error: templates use plain variables and sections \
                    only, not '{{> signature}}' [template-tag]
                    """)
        case .undefinedTerm:
            DiagnosticEntry(
                severity: .error, area: .checks,
                summary: "a term used with '{term:}' is never defined with '{def:}'",
                explanation: """
                    A term use links to the definition of the same term (compared without regard to case and \
                    surrounding spaces), so that a reader can look it up. A use with no definition anywhere in the \
                    document is an error for `enact check`, and `enact render` refuses the document. Define the term \
                    where the act defines it (`「{def:協会}」とは`), correct a misspelt use (the words shown may \
                    differ after `|`: `{term:like-minded country|like-minded countries}`), or write the word as plain \
                    text if it is not a defined term.
                    """,
                example: """
                    {term:指定協会}は、毎事業年度、事業計画を作成しなければならない。
                    draft.enact:48:1: error: term '指定協会' is marked as defined but has no definition [undefined-term]
                    """)
        case .unknownKeyword:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "the word after '@' is no keyword or designation of the document's tradition",
                explanation: """
                    The first word of an `@` line must be a division keyword of the document's tradition (the message \
                    lists them), a Japanese designation in the `jp` tradition (`@第三条`, `@２`, `@イ`), or one of \
                    `@note:`, `@corresponds-to:`, `@repealed`, `@前文` / `@preamble`, `@制定文` / `@enacting-formula`, \
                    `@附則` / `@supplementary-provisions` and `@別表` / `@schedule`. The usual causes are a \
                    misspelling, a missing space (`@章総則`, `@note:text`), a space after `@`, and Japanese keywords \
                    in a document without `jurisdiction: JP` or `tradition: jp`. The line is refused and its text \
                    skipped.
                    """,
                example: """
                    @章総則
                    draft.enact:8:2: error: unknown division keyword '章総則'; the jp tradition has 編, 章, 節, 款, \
                    目, 条, 項, 号, 号の細分, 号の細分の細分, 号の細分の細分の細分 [unknown-keyword]
                    """)
        case .unknownMarkup:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "a '{' in text does not start one of the inline markup tags",
                explanation: """
                    In text, `{` starts inline markup, whose tag is `ref`, `def`, `term`, `em` or `date`, in lower \
                    case and directly followed by `:`. Anything else (`{reference:`, `{REF:`, `{ ref:`, a lone `{`) is \
                    refused, and the rest of the line is kept as plain text. Correct the tag, or write `\\{` for a \
                    literal brace.
                    """,
                example: """
                    See {reference:#purpose}.
                    draft.enact:6:5: error: unknown inline markup '{reference'; use {ref:…}, {def:…}, {term:…}, {em:…}, \
                    {date:…} or {ruby:…}, or \\{ for a literal brace [unknown-markup]
                    """)
        case .unknownMetadata:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "the front matter has a key, or a date under 'dates', that Enact does not know",
                explanation: """
                    The front matter knows thirteen keys (title, short-title, kind, jurisdiction, language, tradition, \
                    number, session, dates, sponsors, status, work, dictionary) and five dates under `dates:` \
                    (drafted, introduced, enacted, effective, published). Any other key is refused rather than ignored, so that a \
                    misspelt key such as `titel` or `langauge` is not silently lost. Correct the spelling; keep \
                    anything else in a whole-line YAML comment (`# …`), which `enact fmt` keeps.
                    """,
                example: """
                    ---
                    title: Ocean Data Sharing Act of 2026
                    sponsor: Mr. Smith
                    ---
                    draft.enact:3:1: error: unknown front matter key 'sponsor'; known keys: title, short-title, kind, \
                    jurisdiction, language, tradition, number, session, dates, sponsors, status, work, dictionary \
                    [unknown-metadata]
                    """)
        case .unknownParameter:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "a parameter file gives, or a template body uses, a name the template does not declare",
                explanation: """
                    A parameter file may give only the parameters the template declares (and `template` and \
                    `language`), and the fields a record declares, so that a misspelt name is not silently ignored; \
                    the message lists the declared names. In a template body every tag must name a declared parameter, \
                    or a field in scope inside a section over a record or a list \
                    (`the template uses '…', which is not a declared parameter or field here`), since Mustache would \
                    print nothing for an unknown name. Correct the name, or declare the parameter in `template.yaml`.
                    """,
                example: """
                    …
                    chapters:
                      security: false
                      defence: false
                    p.yaml:14:3: error: unknown parameter 'chapters.defence'; the template declares: economic, \
                    exchange, political, security [unknown-parameter]
                    """)
        case .unknownTemplate:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "no template of that name is found",
                explanation: """
                    `enact new NAME` and `enact templates show NAME` look for a folder `NAME` holding a \
                    `template.yaml` under `--templates DIR`, else under `ENACT_TEMPLATE_PATH`, else under `Templates` \
                    in the current directory; a NAME containing `/` that is a folder is used as it is. The message \
                    lists the templates found there. Check the name (`enact templates` lists them), or point \
                    `--templates` or `ENACT_TEMPLATE_PATH` at the folder holding the templates.
                    """,
                example: """
                    $ enact new relations --params p.yaml
                    error: no template 'relations' in Templates; templates: relations-act [unknown-template]
                    """)
        case .unknownXmlFormat:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "an XML file is not in one of the formats Enact reads",
                explanation: """
                    Enact recognises a format by the root element and its namespace, never by the file name: \
                    `<akomaNtoso>` in the Akoma Ntoso 3.0 namespace (or that of 2.0 or a 3.0 draft, read as 3.0 with a \
                    warning), any root in the USLM 1.0 or USLM 2 namespace, and `<Law>` without a namespace for \
                    Japanese law XML. Any other root is refused by `enact validate` \
                    and `enact import`, with its name and namespace. The same identifier is used when the reader of \
                    the format (detected, or forced with `--from`) finds no document it can read: no `<act>`, \
                    `<bill>`, `<portion>` or `<doc>` under `<akomaNtoso>`, no `<main>` in USLM, or a root other than \
                    `<Law>`. Check that the file is legislation in one of these formats, with exactly the official \
                    namespace URI.
                    """,
                example: """
                    <html xmlns="http://www.w3.org/1999/xhtml">
                    $ enact import page.xml -o draft.enact
                    page.xml:1:1: error: root element <html> in namespace http://www.w3.org/1999/xhtml is not Akoma \
                    Ntoso, USLM or Japanese law XML [unknown-xml-format]
                    """)
        case .unmatchedBrace:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "a '}' in text closes no inline markup",
                explanation: """
                    `}` ends inline markup; outside markup it has nothing to close, and is usually left over from \
                    editing markup or meant as a literal brace. It is reported and kept as text. Delete it, or write \
                    `\\}` for a literal brace (and `\\{` for an opening one).
                    """,
                example: """
                    The {term:Administrator}} shall publish the data.
                    draft.enact:11:25: error: '}' closes no inline markup; write \\} for a literal brace \
                    [unmatched-brace]
                    """)
        case .unreadableFile:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "an input file cannot be opened or read",
                explanation: """
                    The file exists but could not be read: most often its permissions do not allow it, or it is on a \
                    drive that is no longer available. Nothing is read or written. Check the path and the file's \
                    permissions (`ls -l FILE`).
                    """,
                example: """
                    $ enact check draft.enact          # a file with mode 000
                    draft.enact:1:1: error: cannot read the file (permissions?) [unreadable-file]
                    """)
        case .unreadableFormat:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "a file is in a format Enact writes but does not read as a document",
                explanation: """
                    Commands that read a document (check, render, import, dump, diff, compare, amend, apply) read \
                    Enact source and the XML formats, detected from the file's first bytes and its root element. An \
                    amendment (`.amend`, or front matter that says what it `amends:`) is not a document by itself: it \
                    is read against the document it amends, with `enact apply BASE AMENDMENT` or `enact \
                    render-amendment BASE AMENDMENT`. Markdown and HTML are outputs for people and are not read back.
                    """,
                example: """
                    $ enact check Drafts/japan-taiwan-relations-act.amendment.ja.amend
                    Drafts/japan-taiwan-relations-act.amendment.ja.amend:1:1: error: this is an amendment, not a \
                    document: apply it to the document it amends with 'enact apply BASE \
                    Drafts/japan-taiwan-relations-act.amendment.ja.amend' [unreadable-format]
                    """)
        case .unreadableTemplate:
            DiagnosticEntry(
                severity: .error, area: .templates,
                summary: "a template's declaration or body file cannot be found or read",
                explanation: """
                    A template is a folder holding `template.yaml` and the body files it names. \
                    `no template declaration here` means that the folder given to `enact new` as a path (a NAME \
                    containing `/`) has no `template.yaml`; `cannot read the template body` means that the body file \
                    for the chosen language exists but cannot be read. Check the folder and the files' permissions; \
                    `enact templates` lists the templates that can be read.
                    """,
                example: """
                    $ enact new ./my-template --params p.yaml
                    ./my-template/template.yaml:1:1: error: no template declaration here [unreadable-template]
                    """)
        case .unsupportedTradition:
            DiagnosticEntry(
                severity: .error, area: .formats,
                summary: "a document outside the Japanese tradition was to be written as Japan's standard law XML",
                explanation: """
                    Japan's standard law XML describes laws drafted in the Japanese style, with \
                    編・章・節・款・目・条・項・号. `enact render --to jplaw` refuses a document of another tradition \
                    (`us`, `au`, `kr`, `akn`) rather than force its sections into 条 and 項. Write such a document as \
                    Akoma Ntoso (`--to akn`) or USLM (`--to uslm`); an English translation of a Japanese law is in the \
                    `jp` tradition when its front matter has `jurisdiction: JP` or `tradition: jp`.
                    """,
                example: """
                    $ enact render ocean-data.enact --to jplaw -o out/ocean-data.xml
                    ocean-data.enact:1:1: error: Japan's standard law XML holds laws drafted in the Japanese \
                    tradition, not the us tradition [unsupported-tradition]
                    """)
        case .unterminatedFrontMatter:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "the front matter opened on line 1 is never closed",
                explanation: """
                    The front matter ends at the next line that is exactly `---`, trailing spaces allowed. Without \
                    that line the whole file would be YAML, so reading stops. Add the closing `---` line after the \
                    last key; a line such as `----` or `--- end` does not close it.
                    """,
                example: """
                    ---
                    title: 海洋観測データの共有の推進に関する法律案
                    work: /akn/jp/bill/2026/ocean-data
                    @章　総則
                    draft.enact:1:1: error: the front matter opened on line 1 is never closed with '---' \
                    [unterminated-front-matter]
                    """)
        case .unterminatedMarkup:
            DiagnosticEntry(
                severity: .error, area: .source,
                summary: "inline markup is not closed by '}' on its line",
                explanation: """
                    Inline markup opens with `{TAG:` and closes with `}` on the same line: it never spans lines. \
                    Without the closing brace the reader cannot tell where the value ends, so the markup is refused \
                    and the rest of the line kept as plain text. Add the `}`; if the text was wrapped onto the next \
                    line, join the two lines.
                    """,
                example: """
                    国は、{ref:#provision-firstの規定による公表に関し、関係者と協力するものとする。
                    draft.enact:30:4: error: unterminated inline markup '{ref:'; close it with '}' [unterminated-markup]
                    """)
        case .unusedDefinition:
            DiagnosticEntry(
                severity: .warning, area: .checks,
                summary: "a term is defined with '{def:}' but never used with '{term:}'",
                explanation: """
                    A definition that no `{term:}` marks as used is either not needed or used only in plain text, \
                    where the link from the use to the definition is lost. Mark the uses (`{term:ocean data}`, with \
                    `|` for an inflected form: `{term:country|countries}`), or remove the definition. This is a \
                    warning; `enact check` exits with status 1 for it only with `--strict`.
                    """,
                example: """
                    the term "{def:ocean data}" means data obtained by observing the ocean.
                    draft.enact:14:11: warning: term 'ocean data' is defined but never marked as used ({term:ocean \
                    data}) [unused-definition]
                    """)
        case .unwritableOutput:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "an output file or its folder cannot be written",
                explanation: """
                    Outputs are written to a temporary file beside the target, synced to disk and renamed over the \
                    target. When the folder cannot be created (`cannot create the folder …`), the temporary file \
                    cannot be created (`cannot write into …`) or written (`cannot write the file: …`, e.g. a full disk \
                    or a file size limit), or the rename fails (`cannot replace the file: …`), the command stops and \
                    an existing file is left as it was. Check the folder's permissions and free space, or write \
                    elsewhere with `-o` or `--output-dir`.
                    """,
                example: """
                    $ enact render draft.enact --to html -o /usr/share/doc/draft.html
                    /usr/share/doc/draft.html:1:1: error: cannot write into /usr/share/doc [unwritable-output]
                    """)
        case .usage:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "a command was given an input or a format it cannot use",
                explanation: """
                    Most mistakes on the command line are reported by the argument parser, together with the command's \
                    usage. This identifier is for those found only once the command runs: `enact fmt` given a document \
                    that is not Enact source (it rewrites source; `enact import` turns XML into source), or a writer \
                    asked for a format Enact reads but does not write (USLM 1, the format of the US Code). Nothing is \
                    read or written. `enact COMMAND --help` lists the options and the values they take.
                    """,
                example: """
                    $ enact fmt ../shared/reference/uslm/documents/usc04-rp113-31.xml
                    ../shared/reference/uslm/documents/usc04-rp113-31.xml:1:1: error: fmt rewrites Enact source, and \
                    this is USLM 1; 'enact import' turns it into source [usage]
                    """)
        case .wouldOverwrite:
            DiagnosticEntry(
                severity: .error, area: .files,
                summary: "an output file exists and was not written by Enact",
                explanation: """
                    Enact replaces an existing output file only when it recognises it as its own output, by the marker \
                    it writes into renderings, reports and amendments; `enact new` and `enact import` never replace an \
                    existing draft unasked, since drafts are edited by hand. Nothing is written. Pass `--force` to \
                    replace the file (`enact new --force` keeps the old draft as `DRAFT.bak` unless `--no-backup`), or \
                    choose another output path.
                    """,
                example: """
                    $ enact import law.xml -o Drafts/law.enact
                    Drafts/law.enact:1:1: error: refusing to overwrite a file enact did not write; use --force to \
                    replace it [would-overwrite]
                    """)
        case .xml:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "an XML file is not well-formed, or libxml2 reported a problem reading it",
                explanation: """
                    Enact parses XML with libxml2 and reports its errors with libxml2's message, line and column: tags \
                    that do not match or are not closed, bytes that are not in the declared encoding, an undeclared \
                    entity such as `&nbsp;`, an empty file, and libxml2's own limits, such as elements nested just \
                    beyond 256 levels (`Excessive depth in document`), which `ENACT_MAX_DEPTH` cannot raise. A file \
                    that is not well-formed cannot be read at all, so nothing is imported or validated. Fix the XML at \
                    the place named (`xmllint --noout FILE` shows the same errors); libxml2's warnings are printed as \
                    warnings under this identifier.
                    """,
                example: """
                            <content><p>Text.</content>
                    act.akn.xml:6:36: error: Opening and ending tag mismatch: p line 6 and content [xml]
                    """)
        case .xmlEntityDeclaration:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "an XML document declares an entity",
                explanation: """
                    Legislative XML needs no DTD, and entity declarations are the means of the "billion laughs" and \
                    quadratic-blowup attacks and of reading local files through external entities. Enact refuses a \
                    document as soon as its first `<!ENTITY …>` declaration is read, whether general or parameter, \
                    internal or external, without expanding or fetching anything. Remove the DOCTYPE's internal subset \
                    and write the text itself, or a character reference such as `&#x7B2C;`, where an entity was used; \
                    the predefined entities (`&amp;`, `&lt;` …) work as usual.
                    """,
                example: """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE Law [
                      <!ENTITY act "試験実施法">
                    ]>
                    law.xml:3:1: error: entity declarations are not accepted (entity 'act'): legislative XML needs no \
                    DTD [xml-entity-declaration]
                    """)
        case .xmlExternalDtd:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "an XML document's DOCTYPE names an external DTD",
                explanation: """
                    Enact never loads DTDs: a DOCTYPE with a `SYSTEM` or `PUBLIC` identifier could make the parser \
                    read local files or network addresses, and the formats Enact reads are defined by schemas, not \
                    DTDs. The document is refused when its DOCTYPE is read. Remove the DOCTYPE line; a bare \
                    `<!DOCTYPE Law>` without an identifier is accepted.
                    """,
                example: """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE Law SYSTEM "http://example.jp/law.dtd">
                    law.xml:2:1: error: external DTDs are not loaded (http://example.jp/law.dtd): remove the DOCTYPE \
                    [xml-external-dtd]
                    """)
        case .xmlNamespace:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "an XML element or attribute uses a namespace prefix that is not declared",
                explanation: """
                    An undeclared prefix (`dc:title` without an `xmlns:dc` declaration) leaves the element in no known \
                    namespace, so neither the format's schema nor Enact's readers can recognise it. libxml2 rates this \
                    a warning, but Enact reports every namespace problem as an error and refuses the file. Declare the \
                    prefix on the element or an ancestor (`xmlns:dc="http://purl.org/dc/elements/1.1/"`), or remove it.
                    """,
                example: """
                    <Law Era="Reiwa" Year="8" Num="1" LawType="Act" Lang="ja">
                      <LawNum>令和八年法律第一号</LawNum>
                      <LawBody>
                        <e:LawTitle>試験実施法</e:LawTitle>
                    law.xml:4:16: error: Namespace prefix e on LawTitle is not defined [xml-namespace]
                    """)
        case .xmlTooDeep:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "the elements of an XML document nest deeper than the depth limit",
                explanation: """
                    After parsing, Enact walks the element tree and refuses a document that nests deeper than the \
                    depth limit, so that a hostile file cannot exhaust the readers; legislative XML rarely goes beyond \
                    30 levels. The limit is `ENACT_MAX_DEPTH` (256 by default). libxml2 itself refuses nesting just \
                    beyond 256 levels, as an `xml` error (`Excessive depth in document`), so this diagnostic is seen \
                    mainly when the variable is set lower, and setting it higher admits no deeper XML.
                    """,
                example: """
                    $ ENACT_MAX_DEPTH=4 enact import act.akn.xml -o -
                    act.akn.xml:9:1: error: elements nest deeper than the limit of 4 (set ENACT_MAX_DEPTH to raise it) \
                    [xml-too-deep]
                    """)
        case .xmlXinclude:
            DiagnosticEntry(
                severity: .error, area: .xml,
                summary: "an XML document contains an XInclude element",
                explanation: """
                    XInclude (`<xi:include href="…"/>`) pulls other files into a document when it is processed. Enact \
                    never processes it, since that would read files the command was not given: an element in the \
                    XInclude namespace (2001 or 2003) makes the whole document refused, at its line. Replace the \
                    include with the content it names, so that the document is self-contained.
                    """,
                example: """
                    <Law xmlns:xi="http://www.w3.org/2001/XInclude" Era="Reiwa" Year="8" Num="1" LawType="Act" \
                    Lang="ja">
                      <xi:include href="law-body.xml"/>
                    law.xml:2:1: error: XInclude is not processed: the document must be self-contained [xml-xinclude]
                    """)
        }
    }
}
