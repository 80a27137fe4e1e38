import BlueprintKit
import Foundation
import Testing
import TestSupport

/// Golden files for every reporter, over a small workspace with one finding of most kinds.
@Suite("Reporters")
struct ReporterTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The broken workspace, checked with paths relative to the fixtures folder.
    static func brokenResult() throws -> CheckResult {
        let files = try WorkspaceFiles.collect(["broken"], currentDirectory: fixtures)
        return Checker.check(try WorkspaceFiles.read(files, currentDirectory: fixtures))
    }

    @Test("text: path:line:col, the source line, a caret, notes and help", arguments: ["text", "json", "sarif"])
    func golden(_ format: String) throws {
        let result = try Self.brokenResult()
        let output = result.diagnostics.report(format: ReportFormat(rawValue: format)!, result: result)
        try assertGolden(output, "broken.\(format == "text" ? "txt" : format)")
    }

    @Test("colour codes appear only when asked for")
    func color() throws {
        let result = try Self.brokenResult()
        #expect(!result.diagnostics.report(format: .text, color: false, result: result).contains("\u{1B}["))
        #expect(result.diagnostics.report(format: .text, color: true, result: result).contains("\u{1B}[31m"))
    }

    @Test("JSON and SARIF are valid JSON with the fields tools read")
    func structure() throws {
        let result = try Self.brokenResult()
        let json = try JSONSerialization.jsonObject(with: Data(result.diagnostics.report(format: .json, result: result).utf8)) as? [String: Any]
        let diagnostics = try #require(json?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == result.diagnostics.count)
        let sarif = try JSONSerialization.jsonObject(with: Data(result.diagnostics.report(format: .sarif, result: result).utf8)) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
        let run = try #require((sarif?["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == result.diagnostics.count)
        let rules = try #require((run["tool"] as? [String: Any]).flatMap { $0["driver"] as? [String: Any] }?["rules"] as? [[String: Any]])
        #expect(rules.count == RuleCatalog.descriptions.count)
        for entry in results {
            let index = try #require(entry["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == entry["ruleId"] as? String)
        }
    }

    @Test("findings are sorted by file and position")
    func sorted() throws {
        let diagnostics = try Self.brokenResult().diagnostics
        #expect(diagnostics == diagnostics.sorted())
        #expect(Set(diagnostics.map(\.range.file)) == ["broken/missed-bin.yaml", "broken/syntax.yaml"])
    }

    private func assertGolden(_ actual: String, _ name: String) throws {
        try expectGolden(actual, at: Self.fixtures.appendingPathComponent(name))
    }
}
