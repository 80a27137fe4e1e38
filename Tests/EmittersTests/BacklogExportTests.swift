import BlueprintKit
import BlueprintEmitters
import Foundation
import SwiftCSV
import Testing
import TestSupport

/// BlueprintKit re-exports the type under the same name; this file speaks of the emitter's.
typealias BacklogFormat = BlueprintEmitters.BacklogFormat

/// The backlog tests' fixture workspace (BlueprintKitTests' coverage tests and the commands' tests
/// read it too, so it stays there) and the exports' goldens, which are these tests'.
enum BacklogFixture {
    static let workspaceFolder = Run.repository.appendingPathComponent("Tests/BlueprintKitTests/Fixtures/backlog/workspace")
    static let goldens = Golden.fixtures().appendingPathComponent("backlog")

    /// The fixture, loaded the way the command loads it (paths relative to its folder).
    static func load() throws -> CheckResult {
        let files = try WorkspaceFiles.collect([], currentDirectory: workspaceFolder)
        return Checker.check(try WorkspaceFiles.read(files, currentDirectory: workspaceFolder))
    }

    static func workspace() throws -> Workspace { try load().workspace }
}

/// Compares a folder's files with a golden folder: the same names, each byte for byte. With
/// `UPDATE_GOLDENS=1` the golden folder is rewritten first (then review the diff).
func expectGoldenFolder(_ files: [ExportedFile], at folder: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let manager = FileManager.default
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
        try? manager.removeItem(at: folder)
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files { try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.path)) }
    }
    let names = try manager.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(files.map(\.path).sorted() == names, "files differ from \(folder.lastPathComponent)/", sourceLocation: sourceLocation)
    for file in files {
        try expectGolden(file.text, at: folder.appendingPathComponent(file.path), sourceLocation: sourceLocation)
    }
}

@Suite("Backlog exports")
struct BacklogExportTests {
    /// Each format's golden, found by its name: a folder named for a folder format, a file
    /// `backlog.FORMAT` for a one-file format. A new format needs only its golden (made by
    /// `UPDATE_GOLDENS=1`, then reviewed), no line here.
    static func golden(_ format: BacklogFormat) -> URL {
        BacklogFixture.goldens.appendingPathComponent(format.isFolder ? format.rawValue : "backlog.\(format.rawValue)")
    }

    @Test("every format matches its golden: one file, or a folder of them", arguments: BacklogFormat.allCases)
    func matchesGolden(_ format: BacklogFormat) throws {
        let files = BacklogExport.files(try BacklogFixture.workspace(), format: format)
        if format.isFolder {
            try expectGoldenFolder(files, at: Self.golden(format))
        } else {
            #expect(files.count == 1)
            try expectGolden(try #require(files.first).text, at: Self.golden(format))
        }
    }

    @Test("every format gives the same bytes twice", arguments: BacklogFormat.allCases)
    func deterministic(_ format: BacklogFormat) throws {
        let first = BacklogExport.files(try BacklogFixture.workspace(), format: format)
        let second = BacklogExport.files(try BacklogFixture.workspace(), format: format)
        #expect(first == second)
    }

    @Test("the Jira CSV parses back with a CSV library: a row per epic and per story, fields intact")
    func jiraParsesBack() throws {
        let workspace = try BacklogFixture.workspace()
        let text = JiraCSV.document(workspace)
        let csv = try EnumeratedCSV(string: text, delimiter: .comma)
        #expect(csv.header == ["Issue Id", "Parent", "Issue Type", "Summary", "Epic Name", "Epic Link", "Description", "Priority", "Labels", "Labels"])
        #expect(csv.rows.count == workspace.stories.count + workspace.epics.count)
        #expect(csv.rows.allSatisfy { $0.count == csv.header.count })

        func column(_ name: String) -> Int { csv.header.firstIndex(of: name)! }
        let epics = csv.rows.filter { $0[column("Issue Type")] == "Epic" }
        let stories = csv.rows.filter { $0[column("Issue Type")] == "Story" }
        #expect(epics.map { $0[column("Summary")] } == workspace.epics.map(\.title.value))
        #expect(stories.count == workspace.stories.count)
        // Epics come first, so Jira creates them before the stories that point at them.
        #expect(csv.rows.prefix(epics.count).allSatisfy { $0[column("Issue Type")] == "Epic" })

        // Each story's Parent is its epic's Issue Id, and its Epic Link that epic's Epic Name.
        let epicIDs = Dictionary(uniqueKeysWithValues: epics.map { ($0[column("Epic Name")], $0[column("Issue Id")]) })
        for (row, story) in zip(stories, Backlog.ordered(workspace.stories)) {
            let epic = story.epic.flatMap { id in workspace.epics.first { $0.id.value == id.value } }
            #expect(row[column("Epic Link")] == (epic?.title.value ?? ""))
            #expect(row[column("Parent")] == (epic.flatMap { epicIDs[$0.title.value] } ?? ""))
            #expect(row[column("Description")].contains("Story ID: \(story.id.value)"))
        }

        // Commas, quotes, a line break and unicode survive the round trip.
        let cafe = try #require(stories.first { $0[column("Description")].contains("Story ID: cafe-signs") })
        #expect(cafe[column("Summary")] == "As a resident I need signs at the café, in \"plain\" words, so that I know the collection day")
        #expect(cafe[column("Description")].hasPrefix("As a resident I need signs at the café, in \"plain\" words, so that I know the collection day\n\nh3. Acceptance criteria\n# "))
        let confirm = try #require(stories.first { $0[column("Description")].contains("Story ID: confirm-report") })
        #expect(confirm[column("Description")].contains("# *Given* a resident reports a missed bin, \"online\" or by phone, *when* the report is saved"))
        #expect(confirm[column("Priority")] == "Highest")
        #expect(Array(confirm[column("Labels")...]) == ["notifications", "missed-bins"])
    }

    @Test("CSV quoting survives any text: commas, quotes, CR, LF and CRLF inside a story")
    func jiraQuoting() throws {
        let hostile = "As a \"tester\", I need\r\nline breaks,\nquotes \"\" and\rreturns so that, well, it works"
        let yaml = "kind: stories\nid: s\nstories:\n  - id: a\n    text: \(quoted(hostile))\n    acceptance: [\(quoted("a, \"b\"\nc"))]\n"
        let workspace = Checker.check([SourceFile(path: "s.yaml", text: yaml)]).workspace
        #expect(workspace.stories.first?.text.value == hostile)
        let csv = try EnumeratedCSV(string: JiraCSV.document(workspace), delimiter: .comma)
        #expect(csv.rows.count == 1)
        #expect(csv.rows.first?[3] == Escape.singleLine(hostile))
        #expect(csv.rows.first?[6].contains("# a, \"b\" c") == true)
    }

    /// A YAML double-quoted scalar.
    func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    @Test("every .feature file is well-formed Gherkin")
    func gherkinShape() throws {
        let files = GherkinFeatures.files(try BacklogFixture.workspace())
        #expect(files.map(\.path) == ["told-early.feature", "crews-log.feature", "no-epic.feature"])
        for file in files {
            #expect(GherkinShape.problems(in: file.text) == [], "\(file.path)")
        }
        // The epic without stories gets no file either, and nothing to note.
        #expect(GherkinFeatures.epicsWithoutCriteria(try BacklogFixture.workspace()) == [])
    }

    @Test("an epic whose stories have no criteria gets no .feature file, and is named for the note")
    func gherkinSkipsUntestedEpics() {
        let yaml = """
        kind: stories
        id: s
        epics: [{id: tested, title: Tested}, {id: untested, title: Untested}]
        stories:
          - {id: a, epic: tested, text: As a user I need a, acceptance: [It works]}
          - {id: b, epic: untested, text: As a user I need b}
          - {id: c, text: As a user I need c}

        """
        let workspace = Checker.check([SourceFile(path: "s.yaml", text: yaml)]).workspace
        #expect(GherkinFeatures.files(workspace).map(\.path) == ["tested.feature"])
        #expect(GherkinFeatures.epicsWithoutCriteria(workspace) == ["untested", "(no epic)"])
    }

    @Test("the Gherkin checker catches what it should")
    func gherkinChecker() {
        let good = "# c\nFeature: F\n  Goal: g\n\n  Scenario: a\n    Given x\n    And y\n    When z\n    Then w\n    But v\n"
        #expect(GherkinShape.problems(in: good) == [])
        #expect(!GherkinShape.problems(in: "Scenario: a\n  Given x\n").isEmpty)
        #expect(!GherkinShape.problems(in: "Feature: F\n").isEmpty)
        #expect(!GherkinShape.problems(in: "Feature: F\n  Scenario: a\n    When x\n    Given y\n    Then z\n").isEmpty)
        #expect(!GherkinShape.problems(in: "Feature: F\n  Scenario: a\n    Given x\n    Then z\n").isEmpty)
        #expect(!GherkinShape.problems(in: "Feature: F\n  Scenario: a\n    Given x\n    When y\n    Then z\n  stray\n").isEmpty)
        #expect(!GherkinShape.problems(in: "Feature: F\n  Given x\n  Scenario: a\n    Given x\n    When y\n    Then z\n").isEmpty)
        #expect(!GherkinShape.problems(in: "Feature: F\n  Scenario: a\n    Given x\n    When y\n    Then z\n  Scenario: a\n    Given x\n    When y\n    Then z\n").isEmpty)
    }

    @Test("the .feature files pass gherlint", .enabled(if: Gherlint.path != nil, "gherlint is not installed (pip install gherlint); skipped"))
    func gherlint() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.url.appendingPathComponent("features")
        try BacklogExporter.write(try BacklogFixture.workspace(), format: .gherkin, to: folder.path)
        let (status, output) = try Gherlint.lint(folder)
        #expect(status == 0)
        #expect(output.isEmpty, "gherlint: \(output)")
    }
}

/// A line-based check of the Gherkin the export writes: comments and blank lines anywhere; first
/// `Feature: <name>`, then description lines that start with no keyword, then one or more
/// `Scenario: <name>` blocks (unique names), each of steps only, with Given, When and Then
/// present and in that order (And/But continue the step before). Nothing else.
enum GherkinShape {
    static let keywords = ["Feature:", "Background:", "Rule:", "Scenario:", "Scenario Outline:", "Example:", "Examples:",
                           "Scenarios:", "Given ", "When ", "Then ", "And ", "But ", "* ", "|", "\"\"\"", "```", "@"]

    static func problems(in text: String) -> [String] {
        var problems: [String] = []
        var feature = false
        var scenario: (name: String, stage: Int, seen: Set<Int>)?
        var names: Set<String> = []
        let order = ["Given": 0, "When": 1, "Then": 2]

        func closeScenario() {
            if let scenario, scenario.seen != [0, 1, 2] { problems.append("scenario '\(scenario.name)' lacks Given, When or Then") }
        }

        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !feature {
                if line.hasPrefix("Feature: "), line.count > "Feature: ".count { feature = true } else {
                    problems.append("line \(number): expected 'Feature: <name>' first")
                }
                continue
            }
            if line.hasPrefix("Scenario: ") {
                closeScenario()
                let name = String(line.dropFirst("Scenario: ".count))
                if name.isEmpty || names.contains(name) { problems.append("line \(number): scenario name empty or repeated") }
                names.insert(name)
                scenario = (name, -1, [])
                continue
            }
            guard var current = scenario else {
                if keywords.contains(where: { line.hasPrefix($0) }) { problems.append("line \(number): keyword in the description: \(line)") }
                continue
            }
            let word = String(line.prefix { $0 != " " })
            if let stage = order[word] {
                if stage < current.stage { problems.append("line \(number): \(word) after a later step") }
                current.stage = stage
                current.seen.insert(stage)
            } else if word == "And" || word == "But" {
                if current.stage < 0 { problems.append("line \(number): \(word) before any step") }
            } else {
                problems.append("line \(number): not a step: \(line)")
            }
            if line.count <= word.count + 1 { problems.append("line \(number): a step without text") }
            scenario = current
        }
        closeScenario()
        if !feature { problems.append("no Feature") }
        if names.isEmpty { problems.append("no Scenario") }
        return problems
    }
}

/// gherlint (pip install gherlint), if it is on the PATH.
enum Gherlint {
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.map { "\($0)/gherlint" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs `gherlint lint folder`; gherlint exits 0 even with findings, so its output counts.
    static func lint(_ folder: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "gherlint")
        process.arguments = ["lint", folder.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
