@testable import BlueprintKit
import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

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
        // Issue 12: an alias repeating an element's ID, an over-long ID, impossible dates, a line
        // separator in a quoted value (the finding after it keeps its editor line), a merge key,
        // and UTF-32 (not UTF-16).
        "aliased-element.yaml": "BP020", "long-id.yaml": "BP014", "invalid-date.yaml": "BP014",
        "line-separator.yaml": "BP014", "merge-key.yaml": "BP013", "utf32.yaml": "BP005",
        // Issue 18: `text: Note: collected nightly`, in a block and in a flow mapping.
        "unquoted-colon.yaml": "BP001", "unquoted-colon-flow.yaml": "BP001",
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

/// Hostile things on disk rather than in a file: each is reported with its path, nothing is
/// skipped silently, and nothing hangs (a FIFO is never opened).
@Suite("Bad input on disk", .serialized)
struct BadDiskInputTests {
    static let persona = "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n"

    @Test("dangling links, link loops, links to folders and FIFOs are warnings with their paths; the rest is checked")
    func unreadableEntries() throws {
        let folder = try ScratchFolder()
        try folder.write("workspace.yaml", "kind: workspace\nname: Bins\n")
        try folder.write("personas/hayley.yaml", Self.persona)
        try folder.write("people.yaml/mr-hamid.yaml", Self.persona.replacingOccurrences(of: "hayley", with: "mr-hamid"))
        let path = { (name: String) in folder.url.appendingPathComponent(name).path }
        try FileManager.default.createSymbolicLink(atPath: path("personas/dangling.yaml"), withDestinationPath: "gone.yaml")
        try FileManager.default.createSymbolicLink(atPath: path("loop-a.yaml"), withDestinationPath: "loop-b.yaml")
        try FileManager.default.createSymbolicLink(atPath: path("loop-b.yaml"), withDestinationPath: "loop-a.yaml")
        try FileManager.default.createSymbolicLink(atPath: path("linked-personas"), withDestinationPath: "personas")
        #expect(mkfifo(path("notes.yaml"), 0o644) == 0)
        let loaded = try WorkspaceFiles.load([], currentDirectory: folder.url)
        // The folder named like a file is a folder: its YAML is loaded.
        #expect(loaded.sources.map(\.path) == ["people.yaml/mr-hamid.yaml", "personas/hayley.yaml", "workspace.yaml"])
        var result = Checker.check(loaded.sources)
        result.diagnostics = (result.diagnostics + loaded.diagnostics).sorted()
        #expect(result.diagnostics.allSatisfy { $0.ruleID == "BP008" && $0.severity == .warning })
        let report = result.diagnostics.report(format: .text, result: result)
        try expectGolden(report, at: BadInputTests.folder.appendingPathComponent("file-system.txt"))
        // Named on the command line, a FIFO is refused (exit 2) without being opened (reading
        // it blocked for ever: `timeout` makes that a failure, not a hung test run).
        let run = try Run.shell("exec timeout 30 '\(Run.executable.path)' check notes.yaml", in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("notes.yaml: is a FIFO (named pipe), not a YAML file or folder"))
    }
}

/// CSV imports: a quote left open is a located error, never rows merged silently.
@Suite("Bad CSV imports")
struct BadCSVTests {
    /// The second row's quote is never closed; the third row's opening quote closes it.
    static let csv = """
        Summary,Description
        "As a resident I want to report a missed bin so that it is collected,Online form
        "As a resident I want to know my collection day so that I put the bin out",Calendar

        """

    @Test("stories import: an unclosed quote is an error at the line that opened it")
    func storiesImport() {
        #expect(throws: StoryImportError(line: 2, message: "a quoted field starting on line 2 is never closed (the quote on line 3 ends it, and text follows that quote); close the quote on line 2")) {
            try StoryImporter.read(Array(Self.csv.utf8), name: "backlog.csv")
        }
    }

    @Test("research import highlights: the same, instead of one merged excerpt")
    func highlightsImport() {
        let csv = "text,participant\n\"Nobody told me the day changed,P01\n\"The app said it was collected\",P02\n"
        #expect(throws: ImportError(line: 2, message: "highlights.csv:2: a quoted field starting on line 2 is never closed (the quote on line 3 ends it, and text follows that quote); close the quote on line 2")) {
            try HighlightImport(csv: csv, session: "s1", study: "st", source: "highlights.csv")
        }
    }
}
