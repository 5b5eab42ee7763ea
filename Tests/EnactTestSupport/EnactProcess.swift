import Foundation

/// Runs the built `enact` executable and captures what it prints, for end-to-end tests.
public struct EnactProcess {
    public struct Output: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// The `enact` binary built beside the test bundle.
    public static var executable: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Fixtures.packageRoot.appendingPathComponent(".build/debug"),
        ]
        for directory in candidates {
            var folder = directory
            for _ in 0..<4 {
                let binary = folder.appendingPathComponent("enact")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isDirectory),
                    !isDirectory.boolValue
                {
                    return binary
                }
                folder.deleteLastPathComponent()
            }
        }
        return Fixtures.packageRoot.appendingPathComponent(".build/debug/enact")
    }

    /// Runs `enact` with `arguments` in `directory` (the package root by default).
    public static func run(
        _ arguments: [String], in directory: URL = Fixtures.packageRoot, environment: [String: String] = [:]
    ) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { $1 }
        process.environment = variables
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}

/// A temporary folder removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("enact-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` to a file in the folder and returns its path.
    @discardableResult
    public func write(_ text: String, to name: String) throws -> String {
        let path = url.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Writes raw bytes to a file in the folder and returns its path.
    @discardableResult
    public func write(bytes: [UInt8], to name: String) throws -> String {
        let path = url.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
