import ArgumentParser
import BlueprintKit
import Foundation

struct CheckStories: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report the story-quality findings and the errors in a workspace's stories documents.",
        discussion: """
        Loads the workspace like 'blueprint check' (so stories' references to personas, pain \
        points and recommendations resolve) and reports the story-quality rules (BP040 to BP050: \
        well-formed, atomic, minimal, benefit, full sentence, uniform, unique, unambiguous, role \
        known, observable outcomes, duplicate criteria) and any error inside a 'kind: stories' \
        document. Exits 1 when an error is found, 0 otherwise. Run 'blueprint rules' for details.
        """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: FindingsOptions

    func run() async throws {
        let result = try await workspace.load()
        try output.report(result.storyDiagnostics, of: result)
    }
}
