import BlueprintAnalysis
import BlueprintKit
import BlueprintEmitters
import Foundation
import SwiftCSV
import Testing

/// BlueprintKit re-exports the type under the same name; this file speaks of the emitter's.
typealias BacklogFormat = BlueprintEmitters.BacklogFormat

/// The fixture workspace of the coverage and backlog tests, and its goldens.
enum BacklogFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/backlog")
    static let workspaceFolder = folder.appendingPathComponent("workspace")
    static let goldens = folder.appendingPathComponent("golden")

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

@Suite("Acceptance-criteria coverage")
struct CoverageTests {
    @Test("the fixture loads without errors; its only warnings are story-quality findings its odd texts cause, and research ones of its bare pain points and insight")
    func clean() throws {
        let diagnostics = try BacklogFixture.load().diagnostics
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.map(\.message))")
        let storyRules = Set(RuleCatalog.descriptions.filter { $0.stage == .stories || $0.stage == .research }.map(\.id))
        #expect(diagnostics.allSatisfy { storyRules.contains($0.ruleID) }, "\(diagnostics.map { "\($0.ruleID) \($0.message)" })")
    }

    @Test("stories with and without criteria, by epic and by persona")
    func stories() throws {
        let coverage = Coverage(try BacklogFixture.workspace())
        let stories = coverage.figure(.stories)
        #expect([stories.covered, stories.gaps, stories.total] == [4, 2, 6] && stories.untested == nil)
        #expect(coverage.stories.filter { $0.criteria == 0 }.map(\.id) == ["hold-music", "postcode-once"])

        let epics = coverage.epics.map { [$0.id ?? "-", String($0.stories), String($0.withCriteria)] + $0.withoutCriteria }
        #expect(epics == [["told-early", "3", "2", "hold-music"], ["crews-log", "2", "1", "postcode-once"],
                          ["empty-epic", "0", "0"], ["-", "1", "1"]])
        #expect(coverage.epics.last?.title == "(no epic)")
        #expect(coverage.epics[2].percent == nil)

        // say-why names the persona; confirm-report, hold-music and cafe-signs play the role
        // 'resident', which zoe plays; tablet-log's role has no persona; postcode-once has none.
        let personas = coverage.personas.map { [$0.id ?? "-", $0.title, String($0.stories), String($0.withCriteria)] }
        #expect(personas == [["zoe", "Zoë Müller", "4", "3"], ["-", "(no persona)", "2", "1"]])
    }

    @Test("targets are covered, untested or gaps; figures count each, pain points by severity")
    func targets() throws {
        let coverage = Coverage(try BacklogFixture.workspace())
        let statuses = Dictionary(uniqueKeysWithValues: coverage.targets.map { ($0.id, $0.status) })
        #expect(statuses == [
            "pain-critical": .covered, "pain-high": .covered, "pain-medium": .untested, "pain-low": .untested,
            "pain-medium-2": .gap, "pain-high-2": .covered,
            "change-auto-confirm": .covered, "change-reason-codes": .covered,
            "rec-confirm": .covered, "rec-reasons": .covered,
            "zoe-told-early": .covered, "zoe-own-language": .untested, "zoe-easy-report": .gap,
        ])
        // File order within each kind, kinds in a fixed order.
        #expect(coverage.targets.map(\.id).prefix(6) == ["pain-critical", "pain-high", "pain-medium", "pain-low", "pain-medium-2", "pain-high-2"])
        #expect(coverage.targets.first { $0.id == "pain-medium" }?.addressedBy == ["hold-music"])
        #expect(coverage.targets.first { $0.id == "zoe-easy-report" }?.owner == "zoe")

        func figure(_ name: Coverage.FigureName) -> [Int] {
            let figure = coverage.figure(name)
            return [figure.covered, figure.untested ?? -1, figure.gaps, figure.total]
        }
        #expect(figure(.painPoints) == [3, 2, 1, 6])
        #expect(figure(.criticalPainPoints) == [1, 0, 0, 1])
        #expect(figure(.highPainPoints) == [2, 0, 0, 2])
        #expect(figure(.mediumPainPoints) == [0, 1, 1, 2])
        #expect(figure(.lowPainPoints) == [0, 1, 0, 1])
        #expect(figure(.changes) == [2, 0, 0, 2])
        #expect(figure(.recommendations) == [2, 0, 0, 2])
        #expect(figure(.needs) == [1, 1, 1, 3])
        #expect(coverage.figure(.needs).percent.map { ($0 * 10).rounded() / 10 } == 33.3)
    }

    @Test("the report as text, JSON and CSV (goldens)", arguments: CoverageReport.Format.allCases)
    func golden(_ format: CoverageReport.Format) throws {
        let output = CoverageReport.render(Coverage(try BacklogFixture.workspace()), format: format)
        try expectGolden(output, at: BacklogFixture.goldens.appendingPathComponent("coverage.\(format.rawValue)"))
    }

    @Test("the CSV report parses back: one row per figure, group, story and target")
    func csvParses() throws {
        let coverage = Coverage(try BacklogFixture.workspace())
        let csv = try EnumeratedCSV(string: CoverageReport.csv(coverage), delimiter: .comma)
        #expect(csv.header.first == "section")
        #expect(csv.rows.count == coverage.figures.count + coverage.epics.count + coverage.personas.count
            + coverage.stories.count + coverage.targets.count)
        #expect(csv.rows.allSatisfy { $0.count == csv.header.count })
    }

    @Test("--min reads a percentage or FIGURE=percentage, and says what is wrong otherwise")
    func minimums() throws {
        #expect(try CoverageMinimum(parsing: "60") == CoverageMinimum(figure: .stories, percent: 60))
        #expect(try CoverageMinimum(parsing: "62.5%") == CoverageMinimum(figure: .stories, percent: 62.5))
        #expect(try CoverageMinimum(parsing: "pain-points-critical=100") == CoverageMinimum(figure: .criticalPainPoints, percent: 100))
        #expect(throws: CoverageMinimumError.self) { try CoverageMinimum(parsing: "101") }
        #expect(throws: CoverageMinimumError.self) { try CoverageMinimum(parsing: "sixty") }
        do {
            _ = try CoverageMinimum(parsing: "pain-pionts=50")
            Issue.record("an unknown figure was accepted")
        } catch {
            #expect(error.description.contains("did you mean 'pain-points'?"))
        }

        let coverage = Coverage(try BacklogFixture.workspace())
        #expect(CoverageMinimum(figure: .stories, percent: 66).shortfall(in: coverage) == nil)
        // 4 of 6 is 66.67 %: below 66.7 although it prints as 66.7 %.
        #expect(CoverageMinimum(figure: .stories, percent: 66.7).shortfall(in: coverage)
            == "stories with acceptance criteria: 4 of 6 (66.7%), below the minimum of 66.7% (--min stories=66.7)")
        #expect(CoverageMinimum(figure: .mediumPainPoints, percent: 1).shortfall(in: coverage) != nil)
        // Text rounds as JSON and CSV do, half away from zero.
        #expect(Coverage.format(81.25) == "81.3%")
        #expect(Coverage.format(nil) == "—")
        // Nothing to count never falls short.
        #expect(CoverageMinimum(figure: .stories, percent: 100).shortfall(in: Coverage(Workspace())) == nil)
    }
}

@Suite("Backlog exports")
struct BacklogExportTests {
    static let singleFiles: [(BacklogFormat, String)] = [(.jiraCSV, "backlog.csv"), (.markdown, "backlog.md"), (.json, "backlog.json")]

    @Test("one-file formats match their goldens", arguments: [BacklogFormat.jiraCSV, .markdown, .json])
    func singleFileGolden(_ format: BacklogFormat) throws {
        let files = BacklogExport.files(try BacklogFixture.workspace(), format: format)
        #expect(files.count == 1)
        let name = Self.singleFiles.first { $0.0 == format }!.1
        try expectGolden(try #require(files.first).text, at: BacklogFixture.goldens.appendingPathComponent(name))
    }

    @Test("folder formats match their golden folders", arguments: [BacklogFormat.github, .gherkin])
    func folderGolden(_ format: BacklogFormat) throws {
        let files = BacklogExport.files(try BacklogFixture.workspace(), format: format)
        try expectGoldenFolder(files, at: BacklogFixture.goldens.appendingPathComponent(format.rawValue))
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

@Suite("Writing a folder atomically")
struct WriteFolderTests {
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    func contents(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        for name in try manager.subpathsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            if manager.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue, name != OutputPolicy.manifestName {
                result[name] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        return result
    }

    @Test("writes a new folder, and replaces an earlier export as a whole")
    func replaces() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.url.appendingPathComponent("out/features")
        try OutputFile.writeFolder([("a.feature", bytes("A")), ("b.feature", bytes("B"))], to: folder,
                                   replaceable: ["feature"])
        #expect(try contents(folder) == ["a.feature": "A", "b.feature": "B"])
        try OutputFile.writeFolder([("a.feature", bytes("A2"))], to: folder, replaceable: ["feature"])
        #expect(try contents(folder) == ["a.feature": "A2"])
        // Nothing is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path) == ["features"])
    }

    @Test("refuses a folder that holds other files, and leaves it as it was")
    func refusesForeignFolder() throws {
        let scratch = try ScratchFolder()
        try scratch.write("features/steps.rb", "step definitions")
        try scratch.write("features/old.feature", "old")
        let folder = scratch.url.appendingPathComponent("features")
        #expect(throws: WorkspaceError.self) {
            try OutputFile.writeFolder([("a.feature", bytes("A"))], to: folder, replaceable: ["feature"])
        }
        #expect(try contents(folder) == ["steps.rb": "step definitions", "old.feature": "old"])
    }

    @Test("a failed write leaves neither half a folder nor a changed old one")
    func failureLeavesNothing() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.url.appendingPathComponent("site")
        try OutputFile.writeFolder([("index.html", bytes("old"))], to: folder)
        // "a" is written as a file, so "a/b" cannot be: the write fails half-way.
        #expect(throws: WorkspaceError.self) {
            try OutputFile.writeFolder([("index.html", bytes("new")), ("a", bytes("x")), ("a/b", bytes("y"))], to: folder)
        }
        #expect(try contents(folder) == ["index.html": "old"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["site"])
        // Paths that leave the folder are refused before anything is written.
        #expect(throws: WorkspaceError.self) { try OutputFile.writeFolder([("../evil", bytes("x"))], to: folder) }
        #expect(try contents(folder) == ["index.html": "old"])
    }
}

@Suite("The coverage and export commands", .serialized)
struct BacklogCommandTests {
    @Test("coverage exits 1 below a --min, says which figure fell short, and 2 for a bad --min")
    func minimum() throws {
        let folder = BacklogFixture.workspaceFolder
        #expect(try Run(["coverage", "--min", "60"], in: folder).status == 0)
        #expect(try Run(["coverage", "--min", "pain-points-critical=100", "--min", "changes=100"], in: folder).status == 0)
        let low = try Run(["coverage", "--min", "70", "--min", "needs=30", "--min", "pain-points-medium=50"], in: folder)
        #expect(low.status == 1)
        #expect(low.stderr.contains("stories with acceptance criteria: 4 of 6 (66.7%), below the minimum of 70% (--min stories=70)"))
        #expect(low.stderr.contains("medium pain points covered: 0 of 2 (0.0%), below the minimum of 50%"))
        #expect(!low.stderr.contains("persona needs"))
        let bad = try Run(["coverage", "--min", "pain-pionts=50"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("did you mean 'pain-points'?"))
    }

    @Test("coverage --format csv and export -o - write to standard output, as the goldens")
    func standardOutput() throws {
        let folder = BacklogFixture.workspaceFolder
        let coverage = try Run(["coverage", "--format", "csv"], in: folder)
        #expect(coverage.stdout == (try String(contentsOf: BacklogFixture.goldens.appendingPathComponent("coverage.csv"), encoding: .utf8)))
        let jira = try Run(["export", "backlog", "--format", "jira-csv", "-o", "-"], in: folder)
        #expect(jira.status == 0)
        #expect(jira.stdout == (try String(contentsOf: BacklogFixture.goldens.appendingPathComponent("backlog.csv"), encoding: .utf8)))
    }

    @Test("export writes each format; folders twice give the same bytes; '-o -' for a folder format is a usage error")
    func export() throws {
        let scratch = try ScratchFolder()
        let folder = BacklogFixture.workspaceFolder
        for format in ["github", "gherkin"] {
            let first = scratch.url.appendingPathComponent("\(format)-1").path
            let second = scratch.url.appendingPathComponent("\(format)-2").path
            #expect(try Run(["export", "backlog", "--format", format, "-o", first], in: folder).status == 0)
            #expect(try Run(["export", "backlog", "--format", format, "-o", second], in: folder).status == 0)
            let names = try FileManager.default.contentsOfDirectory(atPath: first).sorted()
            #expect(!names.isEmpty)
            #expect(names == (try FileManager.default.contentsOfDirectory(atPath: second).sorted()))
            for name in names {
                #expect(FileManager.default.contentsEqual(atPath: first + "/" + name, andPath: second + "/" + name), "\(format)/\(name)")
            }
        }
        for format in ["jira-csv", "markdown", "json"] {
            let path = scratch.url.appendingPathComponent("backlog.\(format)").path
            #expect(try Run(["export", "backlog", "--format", format, "-o", path], in: folder).status == 0)
            #expect(FileManager.default.fileExists(atPath: path))
        }
        let usage = try Run(["export", "backlog", "--format", "gherkin", "-o", "-"], in: folder)
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("writes a folder"))
    }

    @Test("export refuses to replace a folder that holds other files")
    func foreignFolder() throws {
        let scratch = try ScratchFolder()
        try scratch.write("features/steps.py", "def step(): pass\n")
        let run = try Run(["export", "backlog", "--format", "gherkin", "-o", scratch.url.appendingPathComponent("features").path],
                          in: BacklogFixture.workspaceFolder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("holds files this command did not write (steps.py)"))
        #expect(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("features/steps.py").path))
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

@Suite("docs/BACKLOG.md")
struct BacklogDocumentationTests {
    @Test("every output example in docs/BACKLOG.md is, word for word, part of a golden file")
    func examplesAreReal() throws {
        let text = try String(contentsOf: Run.repository.appendingPathComponent("docs/BACKLOG.md"), encoding: .utf8)
        var examples: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, ["```text", "```csv", "```gherkin", "```markdown"].contains(line) {
                current = []
            } else if line == "```", let lines = current {
                examples.append(lines.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        #expect(examples.count >= 6)
        let manager = FileManager.default
        let goldens = try manager.subpathsOfDirectory(atPath: BacklogFixture.goldens.path).compactMap { path -> String? in
            try? String(contentsOf: BacklogFixture.goldens.appendingPathComponent(path), encoding: .utf8)
        }.map { $0.replacingOccurrences(of: "\r\n", with: "\n") }
        for example in examples {
            #expect(goldens.contains { $0.contains(example) }, "not in any golden:\n\(example)")
        }
    }
}
