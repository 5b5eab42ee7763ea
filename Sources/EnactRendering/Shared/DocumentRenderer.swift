import EnactCore

/// A renderer for people: turns a resolved document into text, delivered in chunks so that a large document
/// never has to be held whole in memory.
public protocol DocumentRenderer: Sendable {
    /// Renders `resolved`, calling `deliver` with successive pieces of the output, in order.
    func render(_ resolved: ResolvedDocument, into deliver: (String) -> Void)
}

extension DocumentRenderer {
    /// Renders `resolved` into one string.
    public func render(_ resolved: ResolvedDocument) -> String {
        var text = ""
        render(resolved) { text += $0 }
        return text
    }
}

/// Collects rendered text and hands it on whenever a chunk is full.
struct ChunkedOutput {
    static let chunkSize = 1 << 16
    private var buffer = ""
    private let deliver: (String) -> Void

    init(deliver: @escaping (String) -> Void) {
        self.deliver = deliver
        buffer.reserveCapacity(Self.chunkSize + 4096)
    }

    static func += (output: inout ChunkedOutput, text: String) {
        output.buffer += text
        if output.buffer.utf8.count >= chunkSize { output.flush() }
    }

    /// Hands on what is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        deliver(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
