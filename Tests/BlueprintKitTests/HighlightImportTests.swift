import BlueprintKit
import Foundation
import Testing
import TestSupport

@Suite("Importing highlights from CSV")
struct HighlightImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/import")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    static func workspace() throws -> CheckResult {
        Checker.check([SourceFile(path: "workspace.yaml", text: try text("workspace.yaml"))])
    }

    /// The imported document checked beside the fixture workspace.
    static func checked(_ imported: HighlightImport) throws -> CheckResult {
        Checker.check([SourceFile(path: "workspace.yaml", text: try text("workspace.yaml")),
                       SourceFile(path: "imported.yaml", text: imported.yaml)])
    }

    @Test("Taguette's export (id,document,tag,content): one row per tag becomes one excerpt; tag names map to the codebook's IDs")
    func taguette() throws {
        let imported = try HighlightImport(csv: try Self.text("taguette-highlights.csv"), session: "session-p01", study: "discovery",
                                           codebookTags: try Self.workspace().workspace.tags, source: "taguette-highlights.csv")
        try expectGolden(imported.yaml, at: Self.fixtures.appendingPathComponent("taguette-highlights.yaml"))
        #expect(imported.excerptCount == 3)
        #expect(imported.participants == ["P01", "P02"])
        #expect(imported.tags == ["black-hole", "follow-up", "unclear-process"])
        #expect(imported.skippedRows == [6])
        #expect(imported.renamings.contains(HighlightImport.Renaming(what: "tag", from: "Lost in a black hole", to: "black-hole")))
        let result = try Self.checked(imported)
        #expect(result.diagnostics.filter { $0.range.file == "imported.yaml" && $0.severity == .error }.isEmpty,
                "\(result.diagnostics.map(\.message))")
        let excerpts = result.workspace.excerpts
        #expect(excerpts.map(\.id.value) == ["session-p01-1", "session-p01-2", "session-p01-3"])
        #expect(excerpts[0].text.unredacted.value == "Things just go into a big black hole, nobody rings back")
        #expect(excerpts[1].text.unredacted.value == "They said \"we will call you\"\nand then nothing")
        #expect(excerpts[1].participant?.value == "P02")
    }

    @Test("a spreadsheet with ';' between fields and tags; --participant fills rows without one; unknown tags become IDs for check to report")
    func spreadsheet() throws {
        let imported = try HighlightImport(csv: try Self.text("spreadsheet.csv"), session: "sheet", study: "discovery", participant: "P02",
                                           codebookTags: try Self.workspace().workspace.tags, source: "spreadsheet.csv")
        try expectGolden(imported.yaml, at: Self.fixtures.appendingPathComponent("spreadsheet.yaml"))
        #expect(imported.participants == ["P01", "P02", "P03"])
        #expect(imported.tags == ["black-hole", "follow-up", "progress-updates", "unexplained-decisions", "wasted-day"])
        #expect(imported.renamings.contains(HighlightImport.Renaming(what: "tag", from: "Wasted Day", to: "wasted-day")))
        let result = try Self.checked(imported)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["unknown tag 'wasted-day' in 'tags'"])
    }

    @Test("the same CSV always gives the same document")
    func determinism() throws {
        let csv = try Self.text("taguette-highlights.csv")
        let first = try HighlightImport(csv: csv, session: "s", study: "d", source: "a.csv").yaml
        #expect(first == (try HighlightImport(csv: csv, session: "s", study: "d", source: "a.csv").yaml))
    }

    @Test("columns are found by name in any case; participant names that are not IDs become IDs")
    func columns() throws {
        #expect(HighlightImport.columns(in: ["Highlight", "TAGS", "Participant"]) == [.text: 0, .tags: 1, .participant: 2])
        #expect(HighlightImport.columns(in: ["Coded_Text", "Code Name", "Source Name"]) == [.text: 0, .tags: 1, .participant: 2])
        #expect(HighlightImport.columns(in: ["content", "document", "speaker"])[.participant] == 2, "a speaker beats a document")
        let imported = try HighlightImport(csv: "text,document\nHello,Interview 3.docx\n", session: "s", study: "d", source: "x.csv")
        #expect(imported.participants == ["interview-3.docx"])
        #expect(imported.renamings == [HighlightImport.Renaming(what: "participant", from: "Interview 3.docx", to: "interview-3.docx")])
    }

    @Test("a CSV without text or participant columns is refused with what to do")
    func refusals() {
        #expect(throws: ImportError(message: "t.csv: no column of highlight text; the header has 'a', 'b'; name one of them 'text', 'highlight', 'quote', 'content', 'coded text', 'excerpt', 'selection' or 'segment'")) {
            try HighlightImport(csv: "a,b\n1,2\n", session: "s", study: "d", participant: "P01", source: "t.csv")
        }
        #expect(throws: ImportError.self) { try HighlightImport(csv: "text\nHello\n", session: "s", study: "d", source: "t.csv") }
        #expect(throws: ImportError.self) { try HighlightImport(csv: "", session: "s", study: "d", source: "t.csv") }
        #expect(throws: ImportError(message: "t.csv: row 3 names no participant; fill it in, or give --participant for rows without one")) {
            try HighlightImport(csv: "text,participant\nHello,P01\nBye,\n", session: "s", study: "d", source: "t.csv")
        }
    }
}
