import ArgumentParser
import BlueprintKit
import Foundation

struct Compare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two states of a service: touch points, hand-offs, waits, pain points, effort.",
        discussion: """
        Puts a current state and a future state side by side, with the change in each measure as \
        a number and a percentage. The customer effort score and every measure are defined in \
        docs/COMPARE.md.
        """)

    @Argument(help: "The current-state blueprint.")
    var current: String

    @Argument(help: "The future-state blueprint.")
    var future: String

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: formatHelp(Format.self))
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() async throws {
        let sound = SoundPart(try await workspace.load())
        for id in [current, future] { try sound.require(id, for: "compare") }
        let comparison = try Comparison(current: current, future: future, in: sound.workspace)
        if format == .json { TerminalOutput.data(comparison.json()) } else { TerminalOutput.text(comparison.text()) }
        try sound.finish()
    }
}
