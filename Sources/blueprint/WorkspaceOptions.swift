import ArgumentParser
import BlueprintKit
import Foundation

/// The files and folders to load, shared by every command that reads a workspace.
struct WorkspaceOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Files or folders to load. Default: the workspace whose workspace.yaml is in the current directory or a parent.",
        valueName: "path"))
    var paths: [String] = []

    /// Reads the workspace and checks it, parsing files on every core.
    func load() async throws(WorkspaceError) -> CheckResult {
        await Checker.checkConcurrently(try read())
    }

    /// Reads the workspace's files without checking them.
    func read() throws(WorkspaceError) -> WorkspaceFiles.Loaded {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let loaded = try WorkspaceFiles.load(paths, currentDirectory: here)
        if loaded.sources.isEmpty && loaded.diagnostics.isEmpty {
            TerminalOutput.error("warning: no .yaml or .yml files found in \(paths.joined(separator: ", "))\n")
        }
        return loaded
    }
}
