import ArgumentParser
import BlueprintKit
import Foundation

/// `blueprint research summary [PATH…]`.
struct ResearchSummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Tag and theme frequency, co-occurrence, evidence strength and sampling gaps.",
        discussion: """
        Counts how often each tag and theme was used, by how many participants and in which segment; \
        lists untagged excerpts and unused tags; shows which tags occur together on an excerpt and on \
        a participant; rates each insight's evidence (excerpts, participants, segments; insights resting \
        on one participant are flagged); and compares each study's sampling plan with the participants \
        recruited, planned counts made whole by the largest-remainder rule. Shows IDs and counts, never \
        what anyone said. The figures are explained in docs/RESEARCH.md.
        """)

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: formatHelp(ResearchSummaryReport.Format.self, notes: ["csv": "one figure per row, with a section column"]))
    var format: ResearchSummaryReport.Format = .text

    @Option(help: "Only this study's documents (and those that name no study).")
    var study: String?

    func run() async throws {
        let result = try await workspace.load()
        try reportProblems(of: result)
        let output = try ResearchSummaryReport.render(result.workspace, study: study, format: format)
        if format == .text { TerminalOutput.text(output) } else { TerminalOutput.data(output) }
    }
}
