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
        let root = Fixtures.packageRoot.path
        let inputs = FuzzCorpus.inputs(for: target, packageRoot: root, reference: reference)
        #expect(!inputs.isEmpty, "the \(target) corpus has seeds")
        let seeds = FuzzCorpus.seeds(for: target, packageRoot: root, reference: reference)
        #expect(inputs.count == seeds.count, "every seed file of \(target) is read")
        for input in inputs { target.run(input.bytes, context: Self.context) }
    }

    /// Each target keeps at least one input under Tests/Fuzz/Regressions/TARGET, and every file there is replayed
    /// (a crash or a broken `precondition` in FuzzTarget.run ends the test process, which fails the run).
    @Test(arguments: FuzzTarget.allCases)
    func everyRegressionInputRunsCleanly(target: FuzzTarget) throws {
        let folder = "Tests/Fuzz/Regressions/\(target.rawValue)"
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path(folder)).sorted()
        let inputs = FuzzCorpus.regressions(for: target, packageRoot: Fixtures.packageRoot.path)
        #expect(!inputs.isEmpty, "\(folder) holds at least one input")
        #expect(inputs.map { $0.name } == files, "every file in \(folder) is read as an input")
        for input in inputs { target.run(input.bytes, context: Self.context) }
    }

    @Test func theFuzzContextLoads() {
        #expect(Self.context.generator != nil, "the relations-act template loads")
        #expect(Self.context.flagship != nil, "the flagship loads")
    }
}
