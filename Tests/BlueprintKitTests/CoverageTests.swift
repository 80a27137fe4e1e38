import BlueprintKit
import Foundation
import SwiftCSV
import Testing
import TestSupport

/// The fixture workspace of the coverage and backlog tests, and the coverage report's goldens.
/// The backlog exports' goldens are the emitters' (Tests/EmittersTests/Fixtures/backlog).
enum BacklogFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/backlog")
    static let workspaceFolder = folder.appendingPathComponent("workspace")
    static let goldens = folder.appendingPathComponent("golden")
    static let exportGoldens = Run.repository.appendingPathComponent("Tests/EmittersTests/Fixtures/backlog")

    /// The fixture, loaded the way the command loads it (paths relative to its folder).
    static func load() throws -> CheckResult {
        let files = try WorkspaceFiles.collect([], currentDirectory: workspaceFolder)
        return Checker.check(try WorkspaceFiles.read(files, currentDirectory: workspaceFolder))
    }

    static func workspace() throws -> Workspace { try load().workspace }
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
        let goldens = try [BacklogFixture.goldens, BacklogFixture.exportGoldens].flatMap { folder in
            try manager.subpathsOfDirectory(atPath: folder.path).compactMap { path -> String? in
                try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            }
        }.map { $0.replacingOccurrences(of: "\r\n", with: "\n") }
        for example in examples {
            #expect(goldens.contains { $0.contains(example) }, "not in any golden:\n\(example)")
        }
    }
}
