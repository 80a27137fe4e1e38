import BlueprintKit
import Foundation
import Testing
import TestSupport

/// Which files a command may draw from: a file with an error is left out, and so is every file
/// that names something in a file left out, however long the chain.
@Suite("Sound files")
struct SoundFilesTests {
    static let blueprint = """
    kind: blueprint
    id: b
    title: B
    persona: hayley
    stages:
      - id: s
        name: S
        steps:
          - id: b-step
            lane: customer
            text: Calls
            pains: [{id: b-pain, text: Waits, evidence: [{quote: q, source: s}]}]
    """
    static let stories = "kind: stories\nid: st\nstories:\n  - id: story-1\n    text: As a customer I need a reply so that I know\n    addresses: [b-pain]\n"

    func check(_ files: [(String, String)]) -> SoundFiles {
        SoundFiles(Checker.check(files.map { SourceFile(path: $0.0, text: $0.1) }))
    }

    @Test("a clean workspace leaves nothing out")
    func clean() {
        let files = check([("people.yaml", "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n"), ("b.yaml", Self.blueprint), ("st.yaml", Self.stories)])
        #expect(files.heldBack.isEmpty)
    }

    @Test("an error holds back its file, what names it, and what names that; the rest is sound")
    func chain() {
        let files = check([("people.yaml", "kind: persona\nid: hayley\nname: Hayley\nrole: customr\n"),
                           ("b.yaml", Self.blueprint), ("st.yaml", Self.stories),
                           ("other.yaml", "kind: persona\nid: sam\nname: Sam\nrole: staff\n")])
        #expect(files.why("people.yaml") == "it has an error (line 4)")
        #expect(files.why("b.yaml") == "on line 4 it names 'hayley', defined in people.yaml, which is left out too")
        #expect(files.why("st.yaml") == "on line 6 it names 'b-pain', defined in b.yaml, which is left out too")
        #expect(files.isSound("other.yaml"))
        #expect(files.summary.count == 3)
    }

    @Test("a file that names an ID of a file that cannot be read is left out, not linked to half a model")
    func unreadable() {
        let result = Checker.check([SourceFile(path: "b.yaml", text: Self.blueprint + "\n  - [unclosed\n"), SourceFile(path: "st.yaml", text: Self.stories),
                                    SourceFile(path: "people.yaml", text: "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n")])
        let files = SoundFiles(result)
        #expect(files.why("st.yaml") == "on line 6 it names 'b-pain', which no file that could be read defines")
        #expect(files.isSound("people.yaml"))
        let sound = files.sound(result.workspace)
        #expect(sound.storyCollections.isEmpty && sound.personas.count == 1)
    }

    @Test("leaving out every file leaves no document of any kind: no kind is forgotten in Workspace.keeping")
    func everyKind() throws {
        let fixture = Run.repository.appendingPathComponent("Tests/CLITests/Fixtures/privacy-everywhere")
        let names = try FileManager.default.subpathsOfDirectory(atPath: fixture.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let sources = try names.map { SourceFile(path: $0, text: try String(contentsOf: fixture.appendingPathComponent($0), encoding: .utf8)) }
        let workspace = Checker.check(sources).workspace
        var texts = 0
        workspace.forEachFreeText { _ in texts += 1 }
        #expect(texts > 0 && !workspace.manifests.isEmpty)
        let none = workspace.keeping { _ in false }
        var left = 0
        none.forEachFreeText { _ in left += 1 }
        #expect(left == 0 && none.symbols.definitions.isEmpty && none.manifests.isEmpty)
        var all = 0
        workspace.keeping { _ in true }.forEachFreeText { _ in all += 1 }
        #expect(all == texts)
    }
}
