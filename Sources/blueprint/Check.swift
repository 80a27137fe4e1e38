import ArgumentParser
import BlueprintKit
import Foundation

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load a workspace and report every problem in it.",
        discussion: """
        Reports syntax errors, unknown kinds and keys, wrong types, duplicate IDs, dangling \
        references, flow cycles and design warnings, sorted by file and position. Exits 1 when \
        any error is found, 0 otherwise. Run 'blueprint rules' for the list of checks.
        """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: FindingsOptions

    func run() async throws {
        let result = try await workspace.load()
        try output.report(result.diagnostics, of: result)
    }
}

/// How findings are printed, shared by `check` and `stories check`: the format, the colour,
/// and exit status 1 when any finding is an error.
struct FindingsOptions: ParsableArguments {
    @Option(help: formatHelp(ReportFormat.self, notes: ["sarif": "SARIF 2.1.0"]))
    var format: ReportFormat = .text

    @Option(help: "Colour text output: auto, always or never. auto honours NO_COLOR.")
    var color: ColorChoice = .auto

    func report(_ findings: [Diagnostic], of result: CheckResult) throws {
        let output = findings.report(format: format, color: color.enabled, result: result)
        switch format {
        case .text: color.enabled ? TerminalOutput.painted(output) : TerminalOutput.text(output)
        case .json, .sarif: TerminalOutput.data(output)
        }
        if findings.hasErrors { throw ExitCode.failure }
    }
}
