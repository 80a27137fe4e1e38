import BlueprintBenchmark
import BlueprintKit
import Foundation
import Testing
import TestSupport

@Suite("Workspace generator")
struct GeneratorTests {
    @Test("the same seed gives the same bytes; another seed gives others")
    func deterministic() {
        var first = WorkspaceGenerator(seed: 7), second = WorkspaceGenerator(seed: 7), other = WorkspaceGenerator(seed: 8)
        let a = first.files(totalBytes: 200_000), b = second.files(totalBytes: 200_000), c = other.files(totalBytes: 200_000)
        #expect(a.map(\.path) == b.map(\.path))
        #expect(a.map(\.text) == b.map(\.text))
        #expect(a.map(\.text) != c.map(\.text))
        #expect(a.reduce(0) { $0 + $1.text.utf8.count } >= 200_000)
    }

    @Test("a generated workspace checks clean and every blueprint draws")
    func clean() throws {
        var generator = WorkspaceGenerator(seed: 3)
        let sources = generator.files(totalBytes: 100_000).map { SourceFile(path: $0.path, text: $0.text) }
        let result = Checker.check(sources)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(3).map(\.message))")
        // Each blueprint comes with its stories and its interview notes, all linked.
        #expect(result.workspace.blueprints.count >= 3)
        #expect(result.workspace.stories.count == 6 * result.workspace.blueprints.count)
        #expect(result.workspace.stories.contains { !$0.acceptance.isEmpty })
        #expect(result.workspace.sessions.count == result.workspace.blueprints.count)
        #expect(result.workspace.insights.count == result.workspace.blueprints.count)
        #expect(result.workspace.participants.count == result.workspace.blueprints.count)
        #expect(result.workspace.tags.count == 24)
        #expect(result.workspace.blueprints[0].steps.count >= 160)
        #expect(result.workspace.personas.count == 12)
        let blueprint = try #require(result.workspace.blueprints.first)
        let svg = try BlueprintRenderer.render(blueprint.id.value, in: result.workspace, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test("bench --phases names parse, decode, link, the story reading and every rule once, on the generated files")
    func phases() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blueprint-bench-tests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Bench.generate(megabytes: 0.05, seed: 1, into: folder)
        let phases = try Bench.phases(folder: folder)
        let names = phases.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(Array(names.prefix(4)) == ["parse (libyaml into located trees)", "decode (trees into the model)",
                                           "link (symbol table)", "read stories"])
        let ruleIDs = names.dropFirst(4).map { String($0.prefix { $0 != " " }) }
        #expect(ruleIDs == RuleCatalog.checks.map { $0.description.id })
        #expect(phases.allSatisfy { $0.seconds >= 0 })
    }
}
