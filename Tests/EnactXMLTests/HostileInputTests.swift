import EnactCore
import EnactTestSupport
import EnactXML
import Foundation
import Testing

/// Hostile and broken XML: each is refused with a located error, quickly, without reading anything but its input.
struct HostileInputTests {
    private func refusal(
        _ xml: String, limits: XMLLimits = XMLLimits(), sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Diagnostic? {
        let start = ContinuousClock.now
        defer {
            #expect(
                ContinuousClock.now - start < .seconds(5), "took too long: a hang guard, not a speed target",
                sourceLocation: sourceLocation)
        }
        do {
            _ = try ParsedXML.parse(Array(xml.utf8), file: "hostile.xml", limits: limits)
            Issue.record("hostile input was accepted", sourceLocation: sourceLocation)
            return nil
        } catch {
            #expect(error.diagnostics.allSatisfy { $0.location?.file == "hostile.xml" }, sourceLocation: sourceLocation)
            return error.diagnostics.first
        }
    }

    @Test func billionLaughsIsRefusedAtItsFirstDeclaration() {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let diagnostic = refusal("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\(entities)]>\n<lolz>&lol9;</lolz>")
        #expect(diagnostic?.id.rawValue == "xml-entity-declaration")
        #expect(diagnostic?.location?.line == 2)
    }

    @Test func quadraticBlowupIsRefused() {
        let big = String(repeating: "a", count: 100_000)
        let diagnostic = refusal(
            "<!DOCTYPE r [<!ENTITY a \"\(big)\">]><r>" + String(repeating: "&a;", count: 10_000) + "</r>")
        #expect(diagnostic?.id.rawValue == "xml-entity-declaration")
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let folder = try TemporaryFolder()
        let secret = try folder.write("enact-secret-marker", to: "secret.txt")
        for target in ["file://\(secret)", secret, "http://127.0.0.1:9/secret"] {
            let diagnostic = refusal("<!DOCTYPE r [<!ENTITY x SYSTEM \"\(target)\">]><r>&x;</r>")
            #expect(diagnostic?.id.rawValue == "xml-entity-declaration")
            #expect(diagnostic?.message.contains("enact-secret-marker") == false)
        }
    }

    @Test func externalDTDsAreRefused() {
        #expect(refusal("<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/r.dtd\"><r/>")?.id.rawValue == "xml-external-dtd")
        #expect(
            refusal("<!DOCTYPE r PUBLIC \"-//X//DTD R//EN\" \"/etc/r.dtd\"><r/>")?.id.rawValue == "xml-external-dtd")
    }

    @Test func xincludeIsRefusedNotProcessed() {
        let diagnostic = refusal(
            "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n<xi:include href=\"/etc/hostname\" parse=\"text\"/></r>")
        #expect(diagnostic?.id.rawValue == "xml-xinclude")
        #expect(diagnostic?.location?.line == 2)
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        #expect(refusal(deep)?.id.rawValue == "xml")
        #expect(
            refusal(
                String(repeating: "<a>", count: 40) + String(repeating: "</a>", count: 40),
                limits: XMLLimits(maximumDepth: 32))?.id.rawValue == "xml-too-deep")
    }

    @Test func aHugeAttributeIsRefusedWhileStreaming() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("huge.xml")
        _ = FileManager.default.createFile(atPath: path, contents: Data("<r a=\"".utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<100 { try handle.write(contentsOf: block) }
        try handle.write(contentsOf: Data("\"/>".utf8))
        try handle.close()
        let start = ContinuousClock.now
        do {
            _ = try ParsedXML.parse(contentsOf: path)
            Issue.record("a 100 MB attribute was accepted")
        } catch {
            #expect(error.diagnostics.first?.location?.file == path)
        }
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func oversizedInputIsRefusedBeforeParsing() {
        #expect(
            refusal("<r>" + String(repeating: "x", count: 2_000) + "</r>", limits: XMLLimits(maximumBytes: 1_000))?.id
                .rawValue
                == "file-too-large")
    }

    @Test func truncatedFileIsRefused() {
        let diagnostic = refusal("<r>\n<a>text</a>\n<b>")
        #expect(diagnostic?.id.rawValue == "xml")
        #expect((diagnostic?.location?.line ?? 0) >= 3)
    }

    @Test func wrongEncodingIsRefused() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r>".utf8)
        bytes += [0x93, 0xFA, 0x96, 0x7B]
        bytes += Array("</r>".utf8)
        do {
            _ = try ParsedXML.parse(bytes, file: "hostile.xml")
            Issue.record("Shift_JIS bytes in a UTF-8 document were accepted")
        } catch {
            #expect(error.diagnostics.first?.location?.line == 2)
        }
    }

    @Test func mismatchedTagsAreRefusedAtTheirLine() {
        let diagnostic = refusal("<r>\n<a>\n</b>\n</r>")
        #expect(diagnostic?.id.rawValue == "xml")
        #expect(diagnostic?.location?.line == 3)
    }

    @Test func anUndeclaredNamespacePrefixIsAnError() {
        #expect(refusal("<r>\n<x:a/>\n</r>")?.severity == .error)
    }
}
