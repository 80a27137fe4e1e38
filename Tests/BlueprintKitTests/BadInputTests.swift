import BlueprintKit
import Foundation
import Testing

/// A corpus of broken files, each with golden diagnostics: the right rule at the right line and
/// column, and never a crash or a hang.
@Suite("Bad input corpus")
struct BadInputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/bad-input")

    /// The rule each file must trigger.
    static let expected: [String: String] = [
        "tabs.yaml": "BP001", "unclosed-quote.yaml": "BP001", "duplicate-key.yaml": "BP002",
        "wrong-type.yaml": "BP012", "typo-key.yaml": "BP013", "dangling-reference.yaml": "BP021",
        "duplicate-id.yaml": "BP020", "after-cycle.yaml": "BP022", "deep-nesting.yaml": "BP004",
        "alias-bomb.yaml": "BP003", "invalid-utf8.yaml": "BP005", "empty.yaml": "BP006",
        "binary.yaml": "BP005",
    ]

    @Test("the corpus holds every file the rules expect, and nothing else")
    func corpusIsComplete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files) == Set(Self.expected.keys))
    }

    @Test("each file gets its finding, matching the golden report", arguments: expected.keys.sorted())
    func golden(_ name: String) throws {
        let result = Checker.check(try WorkspaceFiles.read([Self.folder.appendingPathComponent(name)], currentDirectory: Self.folder))
        #expect(result.diagnostics.contains { $0.ruleID == Self.expected[name] }, "\(result.diagnostics.map(\.ruleID))")
        #expect(result.diagnostics.hasErrors)
        let report = result.diagnostics.report(format: .text, result: result)
        let golden = Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".yaml", with: ".txt"))
        try expectGolden(report, at: golden)
    }
}

@Suite("Cascades after a file that cannot be read")
struct CascadeTests {
    @Test("references to IDs a broken file spells are folded into one note there; typos elsewhere are still errors")
    func folded() {
        let broken = SourceFile(path: "broken.yaml", text: "kind: persona\nid: mr-hamid\nname: [Mr Hamid\nrole: customer\n")
        let story = SourceFile(path: "stories.yaml", text: """
            kind: stories
            id: s
            stories:
              - id: st
                text: As a customer I need to know when my bin is collected so that I can put it out
                persona: mr-hamid
              - id: st2
                text: As a customer I need to know why my bin was missed so that I can put it right
                persona: mr-hamed-typo

            """)
        let result = Checker.check([broken, story])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["BP001", "BP021"], "\(errors.map(\.message))")
        #expect(errors.last?.message.contains("mr-hamed-typo") == true)
        let note = result.diagnostics.first { $0.severity == .note && $0.ruleID == "BP021" }
        #expect(note?.range.file == "broken.yaml")
        #expect(note?.message.hasPrefix("1 reference to IDs this file defines was not checked") == true)
        // Without the broken file nothing is folded: the same reference is an error.
        #expect(Checker.check([story]).diagnostics.filter { $0.ruleID == "BP021" && $0.severity == .error }.count == 2)
    }
}
