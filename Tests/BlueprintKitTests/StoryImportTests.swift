@testable import BlueprintKit
import BlueprintAnalysis
import BlueprintEmitters
import Foundation
import Testing
import TestSupport

/// `blueprint stories import`: text and CSV backlogs become `kind: stories` documents that load
/// with no errors and hold the same stories, in the same order.
@Suite("Importing stories")
struct StoryImportTests {
    /// Imports `text` and loads the resulting YAML, expecting no errors.
    static func importAndLoad(_ text: String, name: String = "backlog.txt", sourceLocation: SourceLocation = #_sourceLocation)
    throws -> (StoryImport, CheckResult) {
        let imported = try StoryImporter.read(Array(text.utf8), name: name)
        let result = Checker.check([SourceFile(path: "imported.yaml", text: imported.yaml)])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.range.start.line): \($0.message)" })\n\(imported.yaml)", sourceLocation: sourceLocation)
        return (imported, result)
    }

    @Test("a text file with a BOM, CRLF, a blank line, a list marker, a non-story line and no final newline")
    func plainText() throws {
        let text = "\u{FEFF}As a customer I need to report a missed bin so that it is collected\r\n"
            + "\r\n"
            + "Notes from the workshop\r\n"
            + "- As a tenant I want to book a repair online so that I don't wait on the phone\r\n"
            + "As a customer I need to report a missed bin so that it is collected"
        let (imported, result) = try Self.importAndLoad(text)
        #expect(result.workspace.stories.map(\.text.value) == [
            "As a customer I need to report a missed bin so that it is collected",
            "As a tenant I want to book a repair online so that I don't wait on the phone",
            "As a customer I need to report a missed bin so that it is collected",
        ])
        #expect(imported.stories.map(\.line) == [1, 4, 5])
        #expect(imported.stories.map(\.id) == ["report-a-missed-bin", "book-a-repair-online", "report-a-missed-bin-2"])
        #expect(imported.leftOut == [.init(line: 3, text: "Notes from the workshop", reason: "not a user story: it does not start with 'As a …'")])
        #expect(imported.roles.map(\.id) == ["customer", "tenant"])
        #expect(result.workspace.roles.map(\.name.value) == ["customer", "tenant"])
        #expect(imported.yaml.hasPrefix("# Imported from backlog.txt by 'blueprint stories import': 3 stories; 1 line was not a story and left out.\nkind: stories\nid: backlog\n"))
        // The duplicate is kept, and reported by the uniqueness rule rather than dropped.
        #expect(result.diagnostics.contains { $0.ruleID == "BP046" })
    }

    @Test("IDs come from the means: leading 'to' and 'be able to' dropped, a few words kept, valid and unique")
    func identifiers() throws {
        let (imported, _) = try Self.importAndLoad("""
            As a customer I need to know what day my rubbish is collected, so that my rubbish isn't out on the street all week
            As a tenant I need to be able to report faulty traffic lights so that they are fixed
            As a customer I need to know what day my rubbish is collected, so that I put it out
            As a Customer I need "quotes" & ümlauts so that YAML is safe
            As a customer I need … so that nothing
            """)
        #expect(imported.stories.map(\.id) == [
            "know-what-day-my-rubbish-is-collected", "report-faulty-traffic-lights", "know-what-day-my-rubbish-is-collected-2",
            "quotes-umlauts", "story",
        ])
        #expect(imported.stories.allSatisfy { IDSyntax.isValid($0.id) && $0.id.count <= 45 })
        // "customer" and "Customer" are one role, named as first written.
        #expect(imported.roles.map(\.name) == ["customer", "tenant"])
    }

    @Test("a story ID never takes the document's or a role's ID")
    func identifiersAvoidRolesAndDocument() throws {
        let (imported, _) = try Self.importAndLoad("As a tenant I need tenant so that it works\nAs a backlog I need backlog so that it works\n")
        #expect(imported.documentID == "backlog")
        #expect(imported.roles.map(\.id) == ["tenant", "backlog-2"])
        #expect(imported.stories.map(\.id) == ["tenant-2", "backlog-3"])
    }

    @Test("text YAML gives a meaning to is quoted, and reads back unchanged", arguments: [
        "As a customer I need: a colon so that it quotes",
        "As a customer I need a #hash and a # comment so that it quotes",
        "As a customer I need 'quotes' and \"double quotes\" so that they stay",
        "As a customer I need a tab\there so that it stays",
        "As a résident I need café, naïve, 東京 and emoji 🚮 so that unicode stays",
        "As a customer I need a trailing colon so that it quotes:",
        "As a customer I need \\backslashes\\ so that they stay",
    ])
    func quoting(_ line: String) throws {
        let (_, result) = try Self.importAndLoad(line + "\n")
        #expect(result.workspace.stories.map(\.text.value) == [line])
    }

    @Test("a role whose name does not read back from its ID is written with its name")
    func roleNames() throws {
        let (imported, result) = try Self.importAndLoad("As someone who isn't online I need to report by phone so that I am heard\n")
        #expect(imported.roles == [.init(id: "someone-who-isnt-online", name: "someone who isn't online")])
        #expect(imported.yaml.contains("  - id: someone-who-isnt-online\n    name: someone who isn't online\n"))
        #expect(!result.diagnostics.contains { $0.ruleID == "BP048" })
    }

    @Test("a CSV export: Summary or Description, quoted commas, quotes and line breaks, rows that are not stories")
    func csv() throws {
        let csv = "Issue key,SUMMARY,Description,Priority\r\n"
            + "WB-1,\"As a customer, I need to report a missed bin, so that it is collected\",,High\r\n"
            + "WB-2,Repair booking,\"As a tenant I want to book a repair online so that I don't wait\r\nAcceptance: the \"\"slot\"\" is confirmed\",Medium\r\n"
            + "WB-3,Tidy the database,\"Remove old rows,\r\nand vacuum\",Low\r\n"
            + "WB-4,\"Plain, with a comma\",,\r\n"
        let (imported, result) = try Self.importAndLoad(csv, name: "jira.csv")
        #expect(result.workspace.stories.map(\.text.value) == [
            "As a customer, I need to report a missed bin, so that it is collected",
            "As a tenant I want to book a repair online so that I don't wait",
        ])
        #expect(imported.stories.map(\.line) == [2, 3])
        #expect(imported.leftOut.map(\.line) == [5, 7])
        #expect(imported.leftOut.map(\.text) == ["Tidy the database", "Plain, with a comma"])
    }

    @Test("a CSV file is recognised by its header whatever its name")
    func csvByHeader() throws {
        let (imported, _) = try Self.importAndLoad("summary\nAs a customer I need a bin so that I can put rubbish in it\n", name: "export.txt")
        #expect(imported.stories.map(\.text) == ["As a customer I need a bin so that I can put rubbish in it"])
    }

    @Test("what CSV writes, the CSV reader reads back")
    func csvRoundTrip() throws {
        let rows = [["a,b", "say \"hi\"", "two\r\nlines"], ["", " spaced ", "ü東"], ["last", "", "x"]]
        let records = try CSVReader.records(CSV.document(header: ["one", "two", "three"], rows: rows))
        #expect(records.map(\.fields) == [["one", "two", "three"]] + rows)
        #expect(records.map(\.line) == [1, 2, 4, 5])
    }

    @Test("broken input is an error with its line, not a half import")
    func errors() throws {
        #expect(throws: StoryImportError(line: 2, message: "a quoted field starting on line 2 is never closed")) {
            try StoryImporter.read(Array("Summary\n\"As a customer I need a bin\n".utf8), name: "x.csv")
        }
        #expect(throws: StoryImportError(line: 1, message: "the CSV header has no Summary or Description column (it has 'Key' or 'Title')")) {
            try StoryImporter.read(Array("Key,Title\n1,As a customer I need a bin so that it works\n".utf8), name: "x.csv")
        }
        #expect(throws: StoryImportError.self) { try StoryImporter.read([0x41, 0xFF, 0x0A], name: "x.txt") }
    }

    @Test("the seed's story list imports to the same stories, in order")
    func seed() throws {
        let folder = Run.repository.appendingPathComponent("Tests/BlueprintKitTests/Fixtures/stories")
        let text = try String(contentsOf: folder.appendingPathComponent("seed-002-stories.txt"), encoding: .utf8)
        let count = try #require(Int(String(contentsOf: folder.appendingPathComponent("seed-002-count.txt"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        let lines = text.split(separator: "\n").map(String.init)
        let (imported, result) = try Self.importAndLoad(text, name: "seed-002-stories.txt")
        #expect(lines.count == count)
        #expect(imported.leftOut.isEmpty)
        #expect(result.workspace.stories.map(\.text.value) == lines)
        #expect(Set(imported.stories.map(\.id)).count == count)
        // Every role is declared, so none is unknown.
        #expect(!result.diagnostics.contains { $0.ruleID == "BP048" })
        #expect(imported.roles.count == 17)
    }
}
