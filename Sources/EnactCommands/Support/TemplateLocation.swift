import ArgumentParser
import EnactCore
import EnactTemplates
import Foundation

/// Where commands find templates: `--templates DIR`, else `ENACT_TEMPLATE_PATH`, else `Templates` in the
/// current folder. A template argument that names a folder is used as it is.
struct TemplateLocation: ParsableArguments {
    @Option(
        name: .customLong("templates"),
        help: "The folder holding templates (default: $ENACT_TEMPLATE_PATH or ./Templates).")
    var folder: String?

    var root: String {
        folder ?? ProcessInfo.processInfo.environment["ENACT_TEMPLATE_PATH"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "Templates"
    }

    /// The template named `name` (or in the folder `name`).
    func template(_ name: String) throws(DiagnosticError) -> Template {
        var isDirectory: ObjCBool = false
        if name.contains("/"), FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory),
            isDirectory.boolValue
        {
            return try Template.load(folder: name)
        }
        let folder = (root as NSString).appendingPathComponent(name)
        guard
            FileManager.default.fileExists(
                atPath: (folder as NSString).appendingPathComponent(Template.declarationFile))
        else {
            let known = ((try? Template.catalog(in: root)) ?? []).map(\.name)
            throw DiagnosticError(
                Diagnostic(
                    .unknownTemplate,
                    "no template '\(name)' in \(root)\(known.isEmpty ? "" : "; templates: \(known.joined(separator: ", "))")",
                    at: nil))
        }
        return try Template.load(folder: folder)
    }
}
