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

    @Option(help: "Output format: text, json or sarif (SARIF 2.1.0).")
    var format: ReportFormat = .text

    @Option(help: "Colour text output: auto, always or never. auto honours NO_COLOR.")
    var color: ColorChoice = .auto

    func run() async throws {
        let result = try await workspace.load()
        let output = result.diagnostics.report(format: format, color: color.enabled, result: result)
        FileHandle.standardOutput.write(Data(output.utf8))
        if result.diagnostics.hasErrors { throw ExitCode.failure }
    }
}
