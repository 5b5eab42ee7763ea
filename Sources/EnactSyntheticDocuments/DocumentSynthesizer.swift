import EnactCore

/// The one generator of synthetic documents, for tests and the benchmark alike, seeded so that the same seed
/// gives the same documents on every machine:
///
/// - ``document()`` and ``validDocument()``: random documents of every tradition and every construct the source
///   format can express, for round-trip and property tests;
/// - ``bill(divisions:)``: a large, realistic bill of a given size, for speed and memory measurements;
/// - ``revision(sections:)``: an act and a seeded revision of it with the changes that were made, for measuring
///   the aligner and the amendments.
public struct DocumentSynthesizer {
    var random: SeededGenerator
    private var labelCount = 0

    public init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    /// A fresh label (`x1`, `x2` …), unique within this synthesizer.
    mutating func nextLabel() -> String {
        labelCount += 1
        return "x\(labelCount)"
    }

    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    /// One of `options`, at random.
    mutating func pick<T>(_ options: [T]) -> T {
        options[Int.random(in: 0..<options.count, using: &random)]
    }
}
