import BlueprintKit
import Foundation
import Testing
import TestSupport

/// `blueprint stories check` and `blueprint stories import`, run as a user would.
@Suite("The stories commands", .serialized)
struct StoriesCommandTests {
    static let stories = """
        kind: stories
        id: waste
        roles: [customer]
        stories:
          - id: missed-bin
            text: As a customer I need to report a missed bin so that it is collected
            addresses: [mb-no-acknowledgement]
          - id: easy-pay
            text: As a customer I need an easy way to pay so that I am not fined

        """
    static let blueprint = """
        kind: blueprint
        id: b
        title: B
        stages:
          - id: issue
            name: Issue
            pains:
              - id: mb-no-acknowledgement
                text: Not sure the report was received

        """

    @Test("stories check reports the story rules only, not the rest of the workspace's warnings, and exits 0")
    func storyFindingsOnly() throws {
        let folder = try ScratchFolder()
        try folder.write("stories.yaml", Self.stories)
        try folder.write("blueprint.yaml", Self.blueprint)
        let all = try Run(["check", "."], in: folder.url, environment: ["NO_COLOR": "1"])
        #expect(all.stdout.contains("[BP032]"))
        let run = try Run(["stories", "check", "."], in: folder.url, environment: ["NO_COLOR": "1"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("stories.yaml:9:35: warning: story 'easy-pay' says 'easy', which nobody can test without a measure [BP047]"))
        #expect(!run.stdout.contains("[BP032]"))
        #expect(run.stdout.hasSuffix("1 warning in 2 files\n"))
    }

    @Test("an error in a stories document, even one that does not parse, is reported and exits 1; errors elsewhere are not")
    func errors() throws {
        let folder = try ScratchFolder()
        try folder.write("stories.yaml", Self.stories.replacingOccurrences(of: "[mb-no-acknowledgement]", with: "[mb-no-acknowledgment]"))
        try folder.write("blueprint.yaml", Self.blueprint + "unknown: key\n")
        try folder.write("broken.yaml", "kind: persona\nid: p\nname: P\n---\nkind: stories\nid: more\nstories: [\n")
        let run = try Run(["stories", "check", ".", "--format", "json"], in: folder.url)
        #expect(run.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let rules = (report?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }.sorted()
        #expect(rules == ["BP001", "BP021", "BP047"])
    }

    @Test("stories check takes sarif like check")
    func sarif() throws {
        let folder = try ScratchFolder()
        try folder.write("stories.yaml", Self.stories)
        try folder.write("blueprint.yaml", Self.blueprint)
        let run = try Run(["stories", "check", ".", "--format", "sarif"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"ruleId\" : \"BP047\""))
    }

    @Test("stories import writes the document atomically, reports left-out lines on standard error, and the result checks")
    func importToFile() throws {
        let folder = try ScratchFolder()
        try folder.write("backlog.txt", "As a tenant I need to book a repair online so that I don't wait on the phone\nA heading\n")
        let run = try Run(["stories", "import", "backlog.txt", "-o", "stories/backlog.yaml", "--id", "repairs"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "backlog.txt:2: warning: not a user story: it does not start with 'As a …'; left out: A heading\nimported 1 story; 1 line left out\n")
        let written = try String(contentsOf: folder.url.appendingPathComponent("stories/backlog.yaml"), encoding: .utf8)
        #expect(written.contains("kind: stories\nid: repairs\nroles:\n  - tenant\nstories:\n  - id: book-a-repair-online\n"))
        let check = try Run(["stories", "check", "stories/backlog.yaml"], in: folder.url)
        #expect(check.status == 0)
        #expect(check.stdout == "no problems in 1 file\n")
    }

    @Test("stories import exits 1 when nothing is a story, and 2 when the file cannot be read or the ID is invalid")
    func importFailures() throws {
        let folder = try ScratchFolder()
        try folder.write("notes.txt", "Meeting notes\nNothing here\n")
        let none = try Run(["stories", "import", "notes.txt", "-o", "out.yaml"], in: folder.url)
        #expect(none.status == 1)
        #expect(none.stderr.contains("notes.txt has no user stories"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out.yaml").path))
        let missing = try Run(["stories", "import", "missing.txt"], in: folder.url)
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: missing.txt: no such file, or it cannot be read\n", "the same message as every importer")
        #expect(try Run(["stories", "import", "notes.txt", "--id", "not valid"], in: folder.url).status == 2)
        try folder.write("bad.csv", "Summary\n\"As a customer I need a bin\n")
        let bad = try Run(["stories", "import", "bad.csv"], in: folder.url)
        #expect(bad.status == 1)
        #expect(bad.stderr == "bad.csv:2: error: a quoted field starting on line 2 is never closed\n")
    }
}
