@testable import BlueprintKit
import Testing

/// Issue 18: a designer starts from the starter and deletes what they do not need.
@Suite("Deleting starter files")
struct StarterTests {
    /// The starter as `check` reads it after `blueprint init` in the current folder.
    static func sources(without removed: Set<String>) -> [SourceFile] {
        StarterTemplate.files.filter { !removed.contains($0.path) }.map { SourceFile(path: $0.path, text: $0.text) }
    }

    @Test("the starter checks clean")
    func clean() {
        #expect(Checker.check(Self.sources(without: [])).diagnostics.isEmpty)
    }

    @Test("deleting any starter file checks clean, or says in one finding what to remove next, until it is clean",
          arguments: StarterTemplate.files.map(\.path).filter { $0 != WorkspaceFiles.manifestName })
    func deleting(_ path: String) throws {
        var removed: Set<String> = [path]
        for _ in StarterTemplate.files.indices {
            let diagnostics = Checker.check(Self.sources(without: removed)).diagnostics
            if diagnostics.isEmpty { return }
            try #require(diagnostics.count == 1, "\(removed.sorted()): \(diagnostics.map(\.message))")
            let finding = diagnostics[0]
            // The finding names the files to remove: where it is, and where its notes are.
            let named = Set([finding.range.file] + finding.notes.compactMap { $0.range?.file })
            for file in named { #expect(finding.help?.contains(file) == true, "\(file) is not in: \(finding.help ?? "")") }
            try #require(named.isDisjoint(with: removed))
            removed.formUnion(named)
        }
        Issue.record("still not clean after removing \(removed.sorted())")
    }

    @Test("an edited starter file is the designer's own: its references are reported one by one")
    func editedFileIsNotFolded() {
        var sources = Self.sources(without: ["blueprints/report-a-problem.yaml"])
        let index = sources.firstIndex { $0.path == "research/insights.yaml" }!
        sources[index] = SourceFile(path: sources[index].path, text: String(decoding: sources[index].bytes, as: UTF8.self) + "# mine now\n")
        let diagnostics = Checker.check(sources).diagnostics
        #expect(diagnostics.contains { $0.range.file == "research/insights.yaml" && $0.message.contains("unknown pain point 'long-hold'") })
        #expect(diagnostics.filter { $0.message.contains("the starter's") }.count == 1)
    }
}
