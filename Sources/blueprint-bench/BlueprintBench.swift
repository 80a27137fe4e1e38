import ArgumentParser
import BlueprintKit
import Foundation

/// The `blueprint-bench` command: the benchmark and its workspace generator, apart from
/// `blueprint` so that neither the tool nor the library carries them.
@main
struct BlueprintBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blueprint-bench",
        abstract: "Measure blueprint on generated workspaces, and write them.",
        discussion: "Exit status: 0 on success, 2 on a usage or I/O failure.",
        version: "0.1.0",
        subcommands: [BenchCommand.self, ScalingCommand.self, Generate.self],
        defaultSubcommand: BenchCommand.self)

    /// Runs the command with blueprint's exit codes: 2 and one "error:" line for a usage or I/O failure.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let error as WorkspaceError {
            FileHandle.standardError.write(Data(TerminalText.safe("error: \(error.description)\n").utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data(TerminalText.safe(message + "\n").utf8)) }
            Foundation.exit(2)
        }
    }
}
