import BlueprintKit
import BlueprintEmitters
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// Checks a document against the structure of the REFI-QDA Codebook schema (Fixtures/refi-qda/
/// Codebook.xsd) without a schema validator: element names and order, namespace, required
/// attributes, GUID and colour patterns, nesting. Returns the problems found.
final class CodebookStructure: NSObject, XMLParserDelegate {
    private(set) var problems: [String] = []
    private(set) var codes = 0
    private(set) var maxDepth = 0
    /// Open elements, each with the names of the children seen so far.
    private var stack: [(name: String, children: [String])] = []
    private var text = ""

    static var guid: Regex<Substring> { #/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}/# }
    static var rgb: Regex<Substring> { #/#(?:[A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})/# }

    static func check(_ xml: String) -> CodebookStructure {
        let structure = CodebookStructure()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = structure
        if !parser.parse() { structure.problems.append("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")") }
        return structure
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if namespaceURI != "urn:QDA-XML:codebook:1.0" { problems.append("<\(name)> is in namespace \(namespaceURI ?? "none")") }
        let parent = stack.last?.name
        switch (parent, name) {
        case (nil, "CodeBook"):
            let unknown = Set(attributes.keys).subtracting(["origin"])
            if !unknown.isEmpty { problems.append("CodeBook has unknown attributes \(unknown.sorted())") }
        case ("CodeBook", "Codes"):
            if !(stack.last?.children.isEmpty ?? false) { problems.append("Codes must be CodeBook's first child") }
        case ("CodeBook", "Sets"):
            if stack.last?.children != ["Codes"] { problems.append("Sets must follow Codes") }
        case ("Codes", "Code"), ("Code", "Code"):
            codes += 1
            checkCode(attributes)
        case ("Code", "Description"):
            if !(stack.last?.children.isEmpty ?? false) { problems.append("Description must come before child codes") }
        default:
            problems.append("<\(name)> is not allowed in <\(parent ?? "the document")>")
        }
        if !stack.isEmpty { stack[stack.count - 1].children.append(name) }
        stack.append((name, []))
        maxDepth = max(maxDepth, stack.filter { $0.name == "Code" }.count)
        text = ""
    }

    private func checkCode(_ attributes: [String: String]) {
        for required in ["guid", "name", "isCodable"] where attributes[required] == nil {
            problems.append("Code without the required attribute \(required)")
        }
        if let guid = attributes["guid"], (try? Self.guid.wholeMatch(in: guid)) == nil { problems.append("guid '\(guid)' is not a GUID") }
        if let codable = attributes["isCodable"], !["true", "false", "1", "0"].contains(codable) { problems.append("isCodable '\(codable)' is not a boolean") }
        if let color = attributes["color"], (try? Self.rgb.wholeMatch(in: color)) == nil { problems.append("color '\(color)' is not #RRGGBB or #RGB") }
        let unknown = Set(attributes.keys).subtracting(["guid", "name", "isCodable", "color"])
        if !unknown.isEmpty { problems.append("Code has unknown attributes \(unknown.sorted())") }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let element = stack.removeLast()
        if element.name == "Codes", !element.children.contains("Code") { problems.append("Codes holds no Code (at least one is required)") }
        if element.name != "Description", !text.allSatisfy(\.isWhitespace) { problems.append("<\(name)> holds text") }
        text = ""
    }
}

@Suite("REFI-QDA codebook (.qdc)")
struct RefiCodebookTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/refi-qda")

    static func exported() throws -> RefiCodebook {
        let yaml = try String(contentsOf: fixtures.appendingPathComponent("codebook.yaml"), encoding: .utf8)
        let result = Checker.check([SourceFile(path: "codebook.yaml", text: yaml)])
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.message))")
        return RefiCodebook(result.workspace.codebooks)
    }

    @Test("golden .qdc: nested themes, inherited and normalised colours, escaped text")
    func golden() throws {
        try expectGolden(try Self.exported().xml, at: Self.fixtures.appendingPathComponent("codebook.qdc"))
    }

    @Test("the export has the standard's structure: every theme and tag a Code, nested as in the codebook")
    func structure() throws {
        let exported = try Self.exported()
        let structure = CodebookStructure.check(exported.xml)
        #expect(structure.problems.isEmpty, "\(structure.problems)")
        #expect(structure.codes == 9)
        #expect(exported.codeCount == 9)
        #expect(structure.maxDepth == 3)  // communication › updates › progress-updates
    }

    @Test("the structure check rejects what the schema rejects")
    func structureCheckCanFail() {
        let broken = """
        <?xml version="1.0" encoding="utf-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="x" isCodable="maybe" color="blue"><Code guid="1234" name="y" isCodable="true"/><Description>late</Description></Code></Codes><Extra/></CodeBook>
        """
        let problems = CodebookStructure.check(broken).problems
        #expect(problems.contains("Code without the required attribute guid"))
        #expect(problems.contains("isCodable 'maybe' is not a boolean"))
        #expect(problems.contains("color 'blue' is not #RRGGBB or #RGB"))
        #expect(problems.contains("guid '1234' is not a GUID"))
        #expect(problems.contains("Description must come before child codes"))
        #expect(problems.contains("<Extra> is not allowed in <CodeBook>"))
        #expect(CodebookStructure.check("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>").problems
            == ["Codes holds no Code (at least one is required)"])
    }

    static let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs xmllint against the schema; its exit status and messages.
    static func validate(_ xml: String) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("codebook-\(UUID().uuidString).qdc")
        try Data(xml.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(xmllint))
        process.arguments = ["--noout", "--schema", fixtures.appendingPathComponent("Codebook.xsd").path, file.path]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test("xmllint validates the export against the Codebook schema (libxml2-utils)", .enabled(if: xmllint != nil))
    func schemaValidation() throws {
        let valid = try Self.validate(try Self.exported().xml)
        #expect(valid.status == 0, "\(valid.output)")
        // The same check fails a document the schema forbids, so a pass means something.
        let invalid = try Self.validate("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code name=\"x\" isCodable=\"true\"/></Codes></CodeBook>")
        #expect(invalid.status != 0)
        #expect(invalid.output.contains("guid"))
    }

    @Test("GUIDs are version 5 UUIDs of the IDs: stable, distinct, RFC 4122 format")
    func guids() throws {
        #expect(RefiCodebook.guid(of: "communication") == RefiCodebook.guid(of: "communication"))
        #expect(RefiCodebook.guid(of: "communication") != RefiCodebook.guid(of: "black-hole"))
        // Python: uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "urn:ServiceBlueprint:codebook"), "communication")
        #expect(RefiCodebook.guid(of: "communication") == "41780270-D1F1-57AC-8064-F4C177F95CA4")
        #expect(NameBasedUUID.codes.description == "835e1df0-45eb-5e19-9ecc-49e9d91d340e")
        // The RFC's and Python's own example: uuid5(NAMESPACE_DNS, "python.org").
        #expect(NameBasedUUID(namespace: .dns, name: "python.org").description == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }

    @Test("colours: #rrggbb, #rgb and rgb without # normalised; anything else left out with a located note")
    func colours() throws {
        #expect(RefiCodebook.normalisedColour("#1f77b4") == "#1F77B4")
        #expect(RefiCodebook.normalisedColour("#abc") == "#AABBCC")
        #expect(RefiCodebook.normalisedColour(" 1F77B4 ") == "#1F77B4")
        for bad in ["steelblue", "#12345", "#GGGGGG", "", "#"] { #expect(RefiCodebook.normalisedColour(bad) == nil, "\(bad)") }
        let notes = try Self.exported().notes
        #expect(notes == ["codebook.yaml:28:13: colour 'steelblue' of theme 'transparency' is not #RRGGBB or #RGB; the code has no colour"])
    }

    @Test("the same codebook gives the same bytes; no codebook gives no document")
    func determinism() throws {
        #expect(try Self.exported().xml == (try Self.exported().xml))
        #expect(RefiCodebook([]).xml.isEmpty)
        #expect(RefiCodebook([]).codeCount == 0)
    }
}
