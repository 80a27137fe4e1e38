import BlueprintKit
import Foundation
import Testing
import TestSupport

/// `blueprint research summary` as a user runs it: output, exit status and messages.
@Suite("The research summary command", .serialized)
struct ResearchSummaryCommandTests {
    /// The pilot study the research summary's goldens are made from.
    static let fixtures = Run.repository.appendingPathComponent("Tests/AnalysisTests/Fixtures/research")

    @Test("summary prints the golden CSV, and notes the fixture's two warnings on standard error")
    func csv() throws {
        let run = try Run(["research", "summary", ".", "--format", "csv"], in: Self.fixtures.appendingPathComponent("workspace"))
        #expect(run.status == 0)
        #expect(run.stdout == (try String(contentsOf: Self.fixtures.appendingPathComponent("summary.csv"), encoding: .utf8)))
        #expect(run.stderr == "note: the workspace has 2 warnings; run 'blueprint check' to see them\n")
    }

    @Test("an unknown --study exits 2 with a suggestion")
    func unknownStudy() throws {
        let run = try Run(["research", "summary", ".", "--study", "pilott"], in: Self.fixtures.appendingPathComponent("workspace"))
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasSuffix("error: no study 'pilott' in the workspace; did you mean 'pilot'?\n"))
    }

    @Test("a workspace with errors exits 1, shows them, and prints no summary")
    func errors() throws {
        let folder = try ScratchFolder()
        try folder.write("research.yaml", """
            kind: study
            id: s
            title: S
            ---
            kind: participants
            study: s
            participants:
              - {id: P01, segment: citizen}
              - {id: P02, segment: citizen}
            ---
            kind: notes
            id: group
            study: s
            participants: [P01, P02]
            excerpts:
              - {id: e1, text: Words}

            """)
        let run = try Run(["research", "summary", "research.yaml"], in: folder.url, environment: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("[BP064]"))
    }
}
