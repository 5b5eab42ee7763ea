import EnactFuzzing
import EnactTestSupport
import Foundation
import Testing

/// Every fuzz target's seed corpus and every input a fuzzer ever failed on, replayed through the same code the
/// fuzzers drive (without the sanitizers; Tests/Fuzz/run runs the real fuzzers). A failure here is a crash or a
/// broken invariant, as it would be under the fuzzer.
struct FuzzReplayTests {
    static let context = FuzzContext(packageRoot: Fixtures.packageRoot.path)

    @Test(arguments: FuzzTarget.allCases)
    func theSeedCorpusRunsCleanly(target: FuzzTarget) throws {
        let reference = try SharedReference.path("")
        let inputs = FuzzCorpus.inputs(for: target, packageRoot: Fixtures.packageRoot.path, reference: reference)
        #expect(!inputs.isEmpty, "the \(target) corpus has seeds")
        for input in inputs { target.run(input.bytes, context: Self.context) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyRegressionInputRunsCleanly(target: FuzzTarget) {
        for input in FuzzCorpus.regressions(for: target, packageRoot: Fixtures.packageRoot.path) {
            target.run(input.bytes, context: Self.context)
        }
    }

    @Test func theFuzzContextLoads() {
        #expect(Self.context.generator != nil, "the relations-act template loads")
        #expect(Self.context.flagship != nil, "the flagship loads")
    }
}
