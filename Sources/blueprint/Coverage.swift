import ArgumentParser
import BlueprintKit
import Foundation

struct CoverageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Report which stories have acceptance criteria, and what tested stories address.",
        discussion: """
        Lists stories without acceptance criteria by epic and by persona, and the pain points \
        (by severity), gold-standard changes, recommendations and persona needs that no story \
        addresses ("gaps") or that only stories without criteria address ("untested"), with a \
        percentage for each. docs/BACKLOG.md defines every figure.

        --min gates CI: '--min 80' needs 80% of stories to have acceptance criteria; \
        '--min pain-points-critical=100' gates another figure (stories, pain-points, \
        pain-points-critical, pain-points-high, pain-points-medium, pain-points-low, changes, \
        recommendations, needs). Repeat it for several. Exits 1 when a figure falls short, \
        and says which; a figure with nothing to count never does.
        """)

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: formatHelp(CoverageReport.Format.self))
    var format: CoverageReport.Format = .text

    @Option(name: .customLong("min"), help: ArgumentHelp(
        "A minimum coverage in percent: 'N' for stories with acceptance criteria, or 'FIGURE=N'. Repeatable.",
        valueName: "coverage"), transform: CoverageMinimum.argument)
    var minimums: [CoverageMinimum] = []

    func run() async throws {
        let result = try await workspace.load()
        try reportProblems(of: result)
        let coverage = Coverage(result.workspace)
        let output = CoverageReport.render(coverage, format: format)
        if format == .text { TerminalOutput.text(output) } else { TerminalOutput.data(output) }
        let shortfalls = minimums.compactMap { $0.shortfall(in: coverage) }
        if !shortfalls.isEmpty {
            TerminalOutput.error(shortfalls.map { "error: coverage too low: \($0)\n" }.joined()
                + "help: add acceptance criteria to the stories listed without them, or write stories for the gaps\n")
            throw ExitCode.failure
        }
    }
}
