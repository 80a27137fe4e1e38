import ArgumentParser
import BlueprintKit
import Foundation

/// The `blueprint` command: a thin layer over BlueprintKit.
@main
struct Blueprint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blueprint",
        abstract: "Check and draw service blueprints written as YAML.",
        discussion: """
        A workspace is a folder of YAML documents (blueprints, personas …) with a workspace.yaml \
        at its root. Run any command inside it, or name files and folders explicitly.

        Exit status: 0 when clean (warnings allowed), 1 when a check finds errors, 2 on a usage \
        or I/O failure.
        """,
        version: "0.1.0",
        subcommands: [Init.self, Check.self, Render.self, TraceCommand.self, Compare.self, Report.self, Serve.self, Stories.self, CoverageCommand.self, Export.self, Research.self, Rules.self, SchemaCommand.self])

    /// Runs the command, mapping ArgumentParser's exit codes onto ours: 2 for usage errors.
    static func main() async {
        do {
            try await WorkspaceError.endingProcess {
                var command = try parseAsRoot()
                if var asynchronous = command as? any AsyncParsableCommand {
                    try await asynchronous.run()
                } else {
                    try command.run()
                }
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { TerminalOutput.error(message + "\n") }
            Foundation.exit(2)
        }
    }
}
