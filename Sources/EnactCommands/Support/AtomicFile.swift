import EnactCore
import Foundation

/// Writes files whole or not at all: into a temporary file beside the target, then renamed over it.
enum AtomicFile {
    /// Writes `text` to `output` atomically, or to standard output when `output` is nil or `-`.
    static func deliver(
        _ text: String, to output: String?, force: Bool,
        isOurs: (String) -> Bool = { GeneratedMarker.isPresent(in: $0) }
    ) throws(DiagnosticError) {
        if let output, output != "-" {
            try write(text, to: output, force: force, isOurs: isOurs)
        } else {
            Terminal.standardOutput.write(text)
        }
    }

    /// Writes `text` to `path`. Unless `force` is set, refuses to replace an existing file that `isOurs` does
    /// not recognise (a hand-edited file, not Enact's output).
    static func write(
        _ text: String, to path: String, force: Bool, isOurs: (String) -> Bool = { _ in true }
    ) throws(DiagnosticError) {
        try write(to: path, force: force, isOurs: isOurs) { deliver in deliver(text) }
    }

    /// Writes `data` (a printed form: a Word file, a PDF) to `path`.
    static func write(
        data: Data, to path: String, force: Bool, isOurs: (String) -> Bool = { _ in true }
    ) throws(DiagnosticError) {
        try writeBytes(to: path, force: force, isOurs: isOurs) { deliver in deliver(data) }
    }

    /// Writes what `produce` delivers, piece by piece, to `path`; nothing of it is visible at `path` until
    /// all of it is written.
    static func write(
        to path: String, force: Bool, isOurs: (String) -> Bool = { _ in true },
        producing produce: ((String) -> Void) -> Void
    ) throws(DiagnosticError) {
        try writeBytes(to: path, force: force, isOurs: isOurs) { deliver in
            withoutActuallyEscaping(deliver) { deliver in produce { deliver(Data($0.utf8)) } }
        }
    }

    private static func writeBytes(
        to path: String, force: Bool, isOurs: (String) -> Bool, producing produce: ((Data) -> Void) -> Void
    ) throws(DiagnosticError) {
        let here = SourceLocation(file: path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard !isDirectory.boolValue else {
                throw DiagnosticError(Diagnostic(.isADirectory, "output is a directory", at: here))
            }
            let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            guard type == .typeRegular || type == .typeSymbolicLink else {
                throw DiagnosticError(
                    Diagnostic(
                        .notARegularFile,
                        "output is a device or other special file; write to a regular file or to '-'", at: here))
            }
            if !force {
                let prefix =
                    (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 1024))
                    .flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) } ?? ""
                guard isOurs(prefix) else {
                    throw DiagnosticError(
                        Diagnostic(
                            .wouldOverwrite,
                            "refusing to overwrite a file enact did not write; use --force to replace it", at: here))
                }
            }
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(Diagnostic(.unwritableOutput, "cannot create the folder \(directory.path)", at: here))
        }
        removeStaleTemporaries(of: url)
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).enact-\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: temporary)
        else {
            throw DiagnosticError(Diagnostic(.unwritableOutput, "cannot write into \(directory.path)", at: here))
        }
        var failure: (any Error)?
        produce { piece in
            guard failure == nil else { return }
            do { try handle.write(contentsOf: piece) } catch { failure = error }
        }
        // On disk before the rename, so that a power cut leaves the old file or the new one, never an empty one.
        do { try handle.synchronize() } catch { failure = failure ?? error }
        do { try handle.close() } catch { failure = failure ?? error }
        if let failure {
            try? FileManager.default.removeItem(at: temporary)
            throw DiagnosticError(Diagnostic(.unwritableOutput, "cannot write the file: \(failure)", at: here))
        }
        guard rename(temporary.path, path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw DiagnosticError(
                Diagnostic(.unwritableOutput, "cannot replace the file: \(String(cString: strerror(errno)))", at: here))
        }
        let folder = open(directory.path, O_RDONLY)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    /// Removes temporary files that writers of `target` killed before they could rename them (their process is
    /// gone); a live writer's file is left alone.
    private static func removeStaleTemporaries(of target: URL) {
        let directory = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent).enact-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            guard let pid = Int32(name.dropFirst(prefix.count).dropLast(4)), kill(pid, 0) != 0, errno == ESRCH else {
                continue
            }
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}
