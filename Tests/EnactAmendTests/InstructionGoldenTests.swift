import EnactAmend
import EnactCore
import EnactSource
import EnactTestSupport
import Foundation
import Testing

/// Every kind of instruction, generated for a small act whose second version exercises them all (text struck,
/// inserted and replaced, headings changed and struck, provisions struck, renumbered and inserted, a group of
/// supplementary provisions added), in each style, against golden files; each amendment also round-trips.
struct InstructionGoldenTests {
    static func document(_ name: String) throws -> Document {
        try SourceReader().read(contentsOf: Fixtures.path("Tests/EnactAmendTests/Fixtures/\(name)"))
    }

    @Test(arguments: [("ja", AmendmentStyle.jp), ("ja", .us), ("en", .us)])
    func theInstructionsMatchTheirGoldenFile(language: String, style: AmendmentStyle) throws {
        let old = try Self.document("kinds.old.\(language).enact"),
            new = try Self.document("kinds.new.\(language).enact")
        let amendment = try AmendmentGenerator().amendment(from: old, to: new, style: style)
        assertGolden(
            AmendmentFile(for: old).print(amendment),
            "Tests/EnactAmendTests/Golden/kinds.\(language).\(style.rawValue).amend")
        let outcome = AmendmentRoundTrip().run(old: old, new: new, style: style)
        #expect(outcome.reproduced, "\(outcome.failure ?? "")")
    }

    /// A run of renumbered provisions is one instruction in each style (繰下げ; "redesignated … through …").
    @Test(arguments: AmendmentStyle.allCases)
    func aRunOfRenumberedArticlesIsOneInstruction(style: AmendmentStyle) throws {
        let old = try Self.document("kinds.old.ja.enact")
        // A new first article: every later one moves down by one.
        let source = try Fixtures.text("Tests/EnactAmendTests/Fixtures/kinds.old.ja.enact")
            .replacingOccurrences(of: "@章　総則\n", with: "@章　総則\n\n@条（趣旨）\nこの法律は、試験について定める。\n")
        let new = try SourceReader().parse(source, file: "new.enact").document
        let amendment = try AmendmentGenerator().amendment(from: old, to: new, style: style)
        let text = AmendmentFile(for: old).print(amendment)
        #expect(amendment.instructions.count == 2, "\(text)")
        #expect(
            text.contains(
                style == .jp
                    ? "第一条から第七条までを一条ずつ繰り下げ、第二条の前に次の一条を加える。" : "第一条 through 第七条 are redesignated as 第二条 through 第八条."))
        #expect(AmendmentRoundTrip().run(old: old, new: new, style: style).reproduced)
    }

    /// Reading a sentence and writing it again gives the same sentence, for every form of each style.
    @Test(arguments: [
        (AmendmentStyle.jp, "第三条第一項中「行政庁」を「行政機関」に改める。"),
        (.jp, "第三条中「、速やかに」を削る。"),
        (.jp, "第五条中「協会」の下に「及び台湾側機関」を加える。"),
        (.jp, "第七条の見出しを「（職員の派遣）」に改める。"),
        (.jp, "第二章の章名を「雑則」に改める。"),
        (.jp, "第七条の見出しを削る。"),
        (.jp, "第十条を削る。"),
        (.jp, "第十一条を第十条とする。"),
        (.jp, "第十二条から第十五条までを一条ずつ繰り上げる。"),
        (.jp, "第五条から第七条までを二条ずつ繰り下げる。"),
        (.jp, "第三条第二項後段を削る。"),
        (.us, "Section 3(a) is amended by striking “agency” and inserting “agencies”."),
        (.us, "Section 3(a) is amended by striking “, promptly”."),
        (.us, "Section 5 is amended by inserting “ and the instrumentality” after “Institute”."),
        (.us, "The heading of section 7 is amended to read “Employees”."),
        (.us, "Section 7 is amended by striking the heading."),
        (.us, "Section 10 is repealed."),
        (.us, "Section 3(a) is amended by striking the sentences after the first."),
        (.us, "Section 11 is redesignated as section 10."),
        (.us, "Section 12 through section 15 are redesignated as section 11 through section 14."),
        (.us, "Section 4(c) through (e) are redesignated as (d) through (f)."),
    ])
    func sentencesReadBackAsWritten(style: AmendmentStyle, sentence: String) throws {
        let base = try Self.document(style == .jp ? "kinds.old.ja.enact" : "kinds.old.en.enact")
        let file = AmendmentFile(for: base)
        let text = "---\ntitle: t\namends: a\nstyle: \(style.rawValue)\n---\n\(sentence)\n"
        let amendment = try file.read(text, file: "test.amend")
        #expect(amendment.instructions.count == 1)
        #expect(file.sentence(amendment.instructions[0], style: style) == sentence)
    }

    /// Changes to one provision's text join into one sentence as drafters write them, and read back as three.
    @Test(arguments: [
        (AmendmentStyle.jp, "第三条中「一回以上」を「二回以上」に改め、「、試験を」を削り、「実施する」の下に「ことができる」を加える。"),
        (
            .us,
            "Section 3(a) is amended\u{2014}\n(1) by striking “at least once” and inserting “twice”;\n(2) by striking “ in each fiscal year”; and\n(3) by inserting “ and online” after “examination”."
        ),
    ])
    func changesToOneTextJoinAsDraftersWriteThem(style: AmendmentStyle, sentence: String) throws {
        let base = try Self.document(style == .jp ? "kinds.old.ja.enact" : "kinds.old.en.enact")
        let file = AmendmentFile(for: base)
        let text = "---\ntitle: \"t\"\namends: \"a\"\nstyle: \(style.rawValue)\n---\n\(sentence)\n"
        let amendment = try file.read(text, file: "test.amend")
        #expect(amendment.instructions.count == 3)
        #expect(Set(amendment.instructions.compactMap(\.textAddress)).count == 1)
        #expect(file.print(amendment) == text)
    }
}
