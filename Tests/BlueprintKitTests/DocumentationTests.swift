import BlueprintKit
import Foundation
import Testing
import TestSupport

/// The DSL reference teaches by example, so its examples must be valid documents.
@Suite("Documentation")
struct DocumentationTests {
    static func yamlBlocks(in name: String) throws -> [String] {
        let text = try String(contentsOf: Run.repository.appendingPathComponent(name), encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```yaml") {
                current = []
            } else if line.hasPrefix("```"), let lines = current {
                blocks.append(lines.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test("the tutorial's documents, saved where it says in the starter workspace, make a workspace with no findings at all")
    func tutorial() throws {
        let text = try String(contentsOf: Run.repository.appendingPathComponent("docs/TUTORIAL.md"), encoding: .utf8)
        let blocks = try Self.yamlBlocks(in: "docs/TUTORIAL.md")
        #expect(blocks.count == 3)
        // Each block's file is the last `….yaml` the text names before the block.
        let pieces = text.components(separatedBy: "```yaml\n").dropLast()
        let paths = try pieces.map { piece in
            try #require(piece.components(separatedBy: "`").filter { $0.hasSuffix(".yaml") && $0.contains("/") }.last,
                         "no file named before a YAML block")
        }
        #expect(paths == ["blueprints/personas/tenant.yaml", "blueprints/repair-today.yaml", "blueprints/repair-tomorrow.yaml"])
        let sources = StarterTemplate.files.map { SourceFile(path: $0.path, text: $0.text) }
            + zip(paths, blocks).map { SourceFile(path: $0.0, text: $0.1) }
        let result = Checker.check(sources)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(ServiceMetrics(try #require(result.workspace.blueprint("repair-tomorrow"))).customerEffort
            < ServiceMetrics(try #require(result.workspace.blueprint("repair-today"))).customerEffort)
    }

    @Test("every YAML example in docs/DSL.md parses and decodes without syntax or schema errors")
    func dslExamples() throws {
        let blocks = try Self.yamlBlocks(in: "docs/DSL.md")
        #expect(blocks.count >= 4)
        for block in blocks {
            // A fragment (such as a `lanes:` list) is checked inside a minimal blueprint.
            let text = block.hasPrefix("kind:") || block.contains("\nkind:") ? block
                : "kind: blueprint\nid: doc\ntitle: Doc\nstages: []\n" + block
            let findings = Checker.check([SourceFile(path: "DSL.md", text: text)]).diagnostics
                .filter { $0.ruleID < "BP020" }
            #expect(findings.isEmpty, "\(findings.map(\.message)) in:\n\(block)")
        }
    }

    @Test("docs/PRIVACY.md's examples are what check says of them")
    func privacyExamples() throws {
        let blocks = try Self.yamlBlocks(in: "docs/PRIVACY.md")
        #expect(blocks.count == 2)
        let comments = Checker.check([SourceFile(path: "research/comments.yaml", text: blocks[0])]).diagnostics
        #expect(comments.map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" } == [
            "5:28 text contains what looks like a National Insurance number",
            "5:55 text contains what looks like a phone number",
        ])
        let participants = Checker.check([SourceFile(path: "p.yaml", text: blocks[1])]).diagnostics
        #expect(participants.filter { $0.severity == .error && $0.ruleID != "BP021" }.isEmpty, "\(participants.map(\.message))")
    }
}
