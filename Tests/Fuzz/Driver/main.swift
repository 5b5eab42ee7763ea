import EnactFuzzing
import Foundation

// libFuzzer's driver, entered from Swift: `enact-fuzz TARGET [libFuzzer options] [CORPUS…]`. Built only with
// ENACT_FUZZ=1 and -sanitize=fuzzer,address (see Tests/Fuzz/run).

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
    FileHandle.standardError.write(
        Data(
            "usage: enact-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) [libFuzzer options] [corpus]\n"
                .utf8))
    exit(2)
}
// `enact-fuzz TARGET --seeds DIR REFERENCE` writes the target's seed inputs into DIR (for Tests/Fuzz/run).
if arguments.count == 5, arguments[2] == "--seeds" {
    let folder = arguments[3]
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let root = FileManager.default.currentDirectoryPath
    for (index, input) in FuzzCorpus.inputs(for: target, packageRoot: root, reference: arguments[4]).enumerated() {
        FileManager.default.createFile(atPath: "\(folder)/seed-\(index)", contents: Data(input.bytes))
    }
    for input in FuzzCorpus.regressions(for: target, packageRoot: root) {
        FileManager.default.createFile(atPath: "\(folder)/regression-\(input.name)", contents: Data(input.bytes))
    }
    exit(0)
}

nonisolated(unsafe) let selected = target
nonisolated(unsafe) let context = FuzzContext(packageRoot: FileManager.default.currentDirectoryPath)

// libFuzzer sees the program name and the options after the target.
var forwarded = [arguments[0]] + arguments.dropFirst(2)
var argc = Int32(forwarded.count)
var pointers: [UnsafeMutablePointer<CChar>?] = forwarded.map { strdup($0) } + [nil]
let status = pointers.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var argv = buffer.baseAddress
    return runDriver(&argc, &argv) { data, size in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        selected.run(bytes, context: context)
        return 0
    }
}
exit(status)
