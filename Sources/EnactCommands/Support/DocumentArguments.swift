import ArgumentParser
import EnactCore
import EnactFormats

extension DiagnosticOptions {
    /// Reads a document with the one loader, showing on standard error what its reader could not carry exactly.
    func load(_ path: String, as format: DocumentFormat? = nil) throws(DiagnosticError) -> LoadedDocument {
        let loaded = try DocumentLoader().load(path, as: format)
        report(loaded.warnings)
        return loaded
    }
}

extension DocumentFormat: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(name: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.name) }
}
