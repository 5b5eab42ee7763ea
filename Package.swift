// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Enact",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "enact", targets: ["enact"]),
        .library(name: "EnactCore", targets: ["EnactCore"]),
        .library(name: "EnactSource", targets: ["EnactSource"]),
        .library(name: "EnactFormats", targets: ["EnactFormats"]),
        .library(name: "EnactChecks", targets: ["EnactChecks"]),
        .library(name: "EnactRendering", targets: ["EnactRendering"]),
        .library(name: "EnactTemplates", targets: ["EnactTemplates"]),
        .library(name: "EnactDiff", targets: ["EnactDiff"]),
        .library(name: "EnactAmend", targets: ["EnactAmend"]),
        .library(name: "EnactAmendmentWriters", targets: ["EnactAmendmentWriters"]),
        .library(name: "EnactReports", targets: ["EnactReports"]),
        .library(name: "EnactReferences", targets: ["EnactReferences"]),
        .library(name: "EnactSyntheticDocuments", targets: ["EnactSyntheticDocuments"]),
        .library(name: "EnactBench", targets: ["EnactBench"]),
        .library(name: "EnactPrint", targets: ["EnactPrint"]),
        .library(name: "EnactLanguageServer", targets: ["EnactLanguageServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The document model: divisions, numbering, inline content, identifiers, diagnostics.
        .target(name: "EnactCore"),
        // libxml2, through a system-library target; only EnactXML imports it.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // Safe XML parsing and schema validation over libxml2, with diagnostics.
        .target(name: "EnactXML", dependencies: ["EnactCore", "CLibXML2"]),
        // The plain-text source format: reader with diagnostics and canonical printer.
        .target(name: "EnactSource", dependencies: ["EnactCore", .product(name: "Yams", package: "Yams")]),
        // Structural and editorial checks, including the parallel-language check.
        .target(name: "EnactChecks", dependencies: ["EnactCore"]),
        // Akoma Ntoso 3.0 writer.
        .target(name: "EnactAkomaNtoso", dependencies: ["EnactCore", "EnactXML"]),
        // Japan's standard law XML writer.
        .target(name: "EnactJapaneseLaw", dependencies: ["EnactCore", "EnactXML"]),
        // USLM 2.x writer and USLM 1/2 reader.
        .target(name: "EnactUSLM", dependencies: ["EnactCore", "EnactXML"]),
        // The one registry of the formats Enact reads and writes (detection, reader, writer, extension, schema) and
        // the one loader every command reads documents with.
        .target(
            name: "EnactFormats",
            dependencies: [
                "EnactCore", "EnactXML", "EnactSource", "EnactAkomaNtoso", "EnactJapaneseLaw", "EnactUSLM",
                "EnactRendering",
            ]),
        // Drafts from parameterised templates: declarations, parameter validation, Mustache rendering.
        .target(
            name: "EnactTemplates",
            dependencies: [
                "EnactCore", "EnactSource", "EnactChecks", .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // Section-level alignment of two documents and word-level changes.
        .target(name: "EnactDiff", dependencies: ["EnactCore"]),
        // References in running text: detected (Japanese citations of provisions and laws), resolved against the
        // document, listed.
        .target(name: "EnactReferences", dependencies: ["EnactCore", "EnactDiff"]),
        // Diff and concordance reports for terminals, Markdown, HTML (comparative prints) and JSON; findings for CI
        // (SARIF, GitHub annotations, JUnit).
        .target(name: "EnactReports", dependencies: ["EnactCore", "EnactDiff", "EnactRendering", "EnactXML"]),
        // Renderers for people: Markdown and HTML.
        .target(name: "EnactRendering", dependencies: ["EnactCore"]),
        // Amending instructions: generated from a diff, applied back (改め文 and US amendatory style).
        .target(
            name: "EnactAmend",
            dependencies: [
                "EnactCore", "EnactSource", "EnactDiff", "EnactJapaneseLaw", "EnactXML",
                .product(name: "Yams", package: "Yams"),
            ]),
        // Amendments written in each format that holds one: the .amend text, Markdown and HTML pages for people, and
        // XML (Akoma Ntoso <mod>, USLM amending markup, Japanese law XML AmendProvision).
        .target(
            name: "EnactAmendmentWriters",
            dependencies: [
                "EnactAmend", "EnactCore", "EnactSource", "EnactRendering", "EnactXML", "EnactAkomaNtoso", "EnactUSLM",
                "EnactJapaneseLaw", "EnactFormats",
            ]),
        // Printed forms: bills and comparative prints as Word files (WordprocessingML, zipped) and PDF through
        // LibreOffice.
        .target(
            name: "EnactPrint",
            dependencies: [
                "EnactCore", "EnactXML", "EnactRendering", "EnactDiff",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // The Language Server Protocol for drafts: diagnostics, hover, definitions, references, outline, rename,
        // completion and quick fixes.
        .target(
            name: "EnactLanguageServer",
            dependencies: [
                "EnactCore", "EnactSource", "EnactChecks", "EnactRendering", "EnactAmend",
                .product(name: "Yams", package: "Yams"),
            ]),
        // The one generator of synthetic documents (random documents, large bills, revisions with known edits),
        // shared by the tests and the benchmark.
        .target(name: "EnactSyntheticDocuments", dependencies: ["EnactCore", "EnactDiff"]),
        // Benchmarks against peer tools and the round-trip proof of generated amendments.
        .target(
            name: "EnactBench",
            dependencies: [
                "EnactCore", "EnactSource", "EnactChecks", "EnactRendering", "EnactXML", "EnactAkomaNtoso",
                "EnactFormats", "EnactTemplates", "EnactDiff", "EnactAmend", "EnactSyntheticDocuments",
                "EnactJapaneseLaw", "EnactLanguageServer",
            ]),
        // The command-line interface (commands only: parse, call a library, print).
        .target(
            name: "EnactCommands",
            dependencies: [
                "EnactCore", "EnactSource", "EnactChecks", "EnactRendering", "EnactXML", "EnactAkomaNtoso",
                "EnactJapaneseLaw", "EnactUSLM", "EnactFormats",
                "EnactTemplates", "EnactDiff", "EnactReports", "EnactAmend", "EnactAmendmentWriters", "EnactBench",
                "EnactReferences", "EnactPrint", "EnactLanguageServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "enact", dependencies: ["EnactCommands"]),
        // Helpers shared by the test targets: fixtures, golden files, running the CLI.
        .target(
            name: "EnactTestSupport", dependencies: ["EnactCore", "EnactSource", "EnactSyntheticDocuments"],
            path: "Tests/EnactTestSupport"),
        .testTarget(name: "EnactCoreTests", dependencies: ["EnactCore", "EnactTestSupport"]),
        .testTarget(
            name: "EnactSourceTests", dependencies: ["EnactSource", "EnactTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "EnactChecksTests", dependencies: ["EnactChecks", "EnactSource", "EnactTestSupport"]),
        .testTarget(
            name: "EnactRenderingTests", dependencies: ["EnactRendering", "EnactSource", "EnactTestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "EnactCommandsTests", dependencies: ["enact", "EnactCommands", "EnactCore", "EnactTestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "EnactTemplatesTests", dependencies: ["EnactTemplates", "EnactSource", "EnactTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "EnactDiffTests",
            dependencies: ["EnactDiff", "EnactSource", "EnactXML", "EnactJapaneseLaw", "EnactUSLM", "EnactTestSupport"]),
        .testTarget(
            name: "EnactAmendTests",
            dependencies: [
                "EnactAmend", "EnactAmendmentWriters", "EnactFormats", "EnactDiff", "EnactSource", "EnactXML",
                "EnactJapaneseLaw",
                "EnactUSLM", "EnactTestSupport",
            ],
            exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "EnactXMLTests", dependencies: ["EnactXML", "EnactTestSupport"]),
        .testTarget(
            name: "EnactLanguageServerTests",
            dependencies: ["EnactLanguageServer", "EnactCore", "EnactSource", "EnactTestSupport"]),
        .testTarget(
            name: "EnactPrintTests",
            dependencies: [
                "EnactPrint", "EnactSource", "EnactDiff", "EnactCore", "EnactRendering", "EnactFormats", "EnactXML",
                "EnactTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden", "Fixtures"]),
        .testTarget(
            name: "EnactReferencesTests",
            dependencies: [
                "EnactReferences", "EnactFormats", "EnactSource", "EnactXML", "EnactAmend", "EnactTestSupport",
            ],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "EnactFormatsTests",
            dependencies: [
                "EnactFormats", "EnactXML", "EnactSource", "EnactDiff", "EnactReports", "EnactReferences",
                "EnactTestSupport",
            ]),
        .testTarget(
            name: "EnactUSLMTests", dependencies: ["EnactUSLM", "EnactSource", "EnactXML", "EnactTestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "EnactJapaneseLawTests",
            dependencies: ["EnactJapaneseLaw", "EnactSource", "EnactXML", "EnactTestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "EnactAkomaNtosoTests",
            dependencies: ["EnactAkomaNtoso", "EnactSource", "EnactXML", "EnactTestSupport"],
            exclude: ["Golden"]),
        // What the fuzz targets feed their inputs to, and their seed and regression corpora (Tests/Fuzz).
        .target(
            name: "EnactFuzzing",
            dependencies: [
                "EnactCore", "EnactSource", "EnactChecks", "EnactRendering", "EnactFormats", "EnactTemplates",
                "EnactDiff", "EnactReports", "EnactAmend",
            ],
            path: "Tests/Fuzz/Harness"),
        .testTarget(name: "EnactFuzzTests", dependencies: ["EnactFuzzing", "EnactTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer driver, only when building for fuzzing (`Tests/Fuzz/run`): ENACT_FUZZ=1 swift build
// -Xswiftc -sanitize=fuzzer,address. Linked without those flags it would lack libFuzzer's LLVMFuzzerRunDriver.
if Context.environment["ENACT_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(name: "enact-fuzz", dependencies: ["EnactFuzzing"], path: "Tests/Fuzz/Driver"))
    package.products.append(.executable(name: "enact-fuzz", targets: ["enact-fuzz"]))
}
