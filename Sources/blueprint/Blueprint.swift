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
        subcommands: [Init.self, Check.self, Render.self, TraceCommand.self, Compare.self, Report.self, Serve.self, Stories.self, CoverageCommand.self, Export.self, Research.self, Rules.self, SchemaCommand.self, Generate.self, BenchCommand.self])

    /// Runs the command, mapping ArgumentParser's exit codes onto ours: 2 for usage errors.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let error as WorkspaceError {
            TerminalOutput.error("error: \(error.description)\n")
            Foundation.exit(2)
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

/// The files and folders to load, shared by every command that reads a workspace.
struct WorkspaceOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Files or folders to load. Default: the workspace whose workspace.yaml is in the current directory or a parent.",
        valueName: "path"))
    var paths: [String] = []

    /// Reads the workspace and checks it, parsing files on every core.
    func load() async throws(WorkspaceError) -> CheckResult {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let loaded = try WorkspaceFiles.load(paths, currentDirectory: here)
        if loaded.sources.isEmpty && loaded.diagnostics.isEmpty {
            TerminalOutput.error("warning: no .yaml or .yml files found in \(paths.joined(separator: ", "))\n")
        }
        var result = await Checker.checkConcurrently(loaded.sources)
        // What could not be loaded (BP007, BP008) is reported with the findings, by path.
        if !loaded.diagnostics.isEmpty { result.diagnostics = (result.diagnostics + loaded.diagnostics).sorted() }
        return result
    }
}

/// When to colour text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// `auto` colours only a terminal, and never when `NO_COLOR` is set (no-color.org).
    var enabled: Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension DiagramFormat: ExpressibleByArgument {}
