import Foundation
import Testing
import TestSupport

@Suite("The coverage and export commands", .serialized)
struct BacklogCommandTests {
    /// The fixture and goldens of the coverage (BlueprintKitTests) and backlog export (EmittersTests) tests.
    static let workspace = Run.repository.appendingPathComponent("Tests/BlueprintKitTests/Fixtures/backlog/workspace")
    static let coverageGoldens = Run.repository.appendingPathComponent("Tests/BlueprintKitTests/Fixtures/backlog/golden")
    static let exportGoldens = Run.repository.appendingPathComponent("Tests/EmittersTests/Fixtures/backlog")

    @Test("coverage exits 1 below a --min, says which figure fell short, and 2 for a bad --min")
    func minimum() throws {
        let folder = Self.workspace
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
        let folder = Self.workspace
        let coverage = try Run(["coverage", "--format", "csv"], in: folder)
        #expect(coverage.stdout == (try String(contentsOf: Self.coverageGoldens.appendingPathComponent("coverage.csv"), encoding: .utf8)))
        let jira = try Run(["export", "backlog", "--format", "jira-csv", "-o", "-"], in: folder)
        #expect(jira.status == 0)
        #expect(jira.stdout == (try String(contentsOf: Self.exportGoldens.appendingPathComponent("backlog.jira-csv"), encoding: .utf8)))
    }

    @Test("export writes each format; folders twice give the same bytes; '-o -' for a folder format is a usage error")
    func export() throws {
        let scratch = try ScratchFolder()
        let folder = Self.workspace
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
                          in: Self.workspace)
        #expect(run.status == 2)
        #expect(run.stderr.contains("holds files this command did not write (steps.py)"))
        #expect(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("features/steps.py").path))
    }
}
