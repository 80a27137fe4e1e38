import BlueprintKit
import Foundation
import Testing
import TestSupport

/// `blueprint research import highlights` and `blueprint research codebook`, run as a user would.
@Suite("The research commands", .serialized)
struct ResearchCommandTests {
    static let imports = Run.repository.appendingPathComponent("Tests/BlueprintKitTests/Fixtures/import")

    @Test("import highlights writes the notes document and says which tags the codebook lacks")
    func importHighlights() throws {
        let folder = try ScratchFolder()
        try folder.write("workspace.yaml", "kind: workspace\nname: T\n")
        try folder.write("research.yaml", try String(contentsOf: Self.imports.appendingPathComponent("workspace.yaml"), encoding: .utf8))
        try folder.write("in/spreadsheet.csv", try String(contentsOf: Self.imports.appendingPathComponent("spreadsheet.csv"), encoding: .utf8))
        let run = try Run(["research", "import", "highlights", "in/spreadsheet.csv", "--session", "sheet", "--study", "discovery",
                           "--participant", "P02", "-o", "notes/sheet.yaml"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("imported 3 excerpts of 3 participants (P01, P02, P03)"))
        #expect(run.stderr.contains("warning: tags not in the workspace's codebook: wasted-day;"))
        #expect(!run.stderr.contains("participants not in a participants list"))
        let written = try String(contentsOf: folder.url.appendingPathComponent("notes/sheet.yaml"), encoding: .utf8)
        #expect(written == (try String(contentsOf: Self.imports.appendingPathComponent("spreadsheet.yaml"), encoding: .utf8)))
        // check then reports the one unknown tag, where it is.
        let check = try Run(["check", "--color", "never"], in: folder.url)
        #expect(check.stdout.contains("notes/sheet.yaml:19:35: error: unknown tag 'wasted-day' in 'tags' [BP021]"), "\(check.stdout)")
    }

    @Test("import highlights refuses bad IDs, missing files and text that is not UTF-8 (exit 2)")
    func importRefusals() throws {
        let folder = try ScratchFolder()
        try Data([0x74, 0x65, 0x78, 0x74, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: folder.url.appendingPathComponent("latin.csv"))
        let badID = try Run(["research", "import", "highlights", "x.csv", "--session", "two words", "--study", "d"], in: folder.url)
        #expect(badID.status == 2)
        #expect(badID.stderr.contains("--session 'two words' is not a valid ID"))
        let missing = try Run(["research", "import", "highlights", "x.csv", "--session", "s", "--study", "d"], in: folder.url)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("x.csv: no such file"))
        let overwrite = try Run(["research", "import", "highlights", "latin.csv", "--session", "s", "--study", "d", "-o", "./latin.csv"], in: folder.url)
        #expect(overwrite.status == 2)
        #expect(overwrite.stderr.contains("-o names the CSV file itself"))
        let latin = try Run(["research", "import", "highlights", "latin.csv", "--session", "s", "--study", "d"], in: folder.url)
        #expect(latin.status == 2)
        #expect(latin.stderr.contains("is not UTF-8 text"))
    }

    @Test("codebook writes REFI-QDA to standard output by default; names a missing codebook; refuses a workspace without codes")
    func codebook() throws {
        let folder = try ScratchFolder()
        try folder.write("workspace.yaml", "kind: workspace\nname: T\n")
        try folder.write("codebook.yaml", "kind: codebook\nid: codes\ntags:\n  - id: black-hole\n    name: Lost & found\n")
        let run = try Run(["research", "codebook"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"ServiceBlueprint\">"))
        #expect(run.stdout.contains("name=\"Lost &amp; found\" isCodable=\"true\"/>"))
        #expect(try Run(["research", "codebook"], in: folder.url).stdout == run.stdout)

        let wrong = try Run(["research", "codebook", "--codebook", "code"], in: folder.url)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("no codebook 'code' in the workspace; did you mean 'codes'?"))

        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("codebook.yaml"))
        let none = try Run(["research", "codebook", "-o", "out.qdc"], in: folder.url)
        #expect(none.status == 2)
        #expect(none.stderr.contains("no themes or tags to export"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out.qdc").path))
    }
}
