import BlueprintKit
import Foundation

// What each writing command reads, for `OutputPolicy`: no command writes over, around or into it.

extension WorkspaceOptions {
    /// The files `load()` reads, their folders and the workspace roots, and those of the
    /// workspace around the current directory (an explicit path does not make it fair game).
    func inputs() throws(WorkspaceError) -> OutputPolicy.Inputs {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let files = try WorkspaceFiles.collect(paths, currentDirectory: here)
        let folders = paths.map { path in
            (path.hasPrefix("/") ? URL(fileURLWithPath: path) : here.appendingPathComponent(path)).standardizedFileURL.path
        }.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
        return .loading(files.map(\.path), roots: folders) + surroundingInputs()
    }
}

/// The workspace around the current directory, if there is one: its root and what it loads.
func surroundingInputs() -> OutputPolicy.Inputs {
    .workspace(around: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
}

/// Refuses `output` before any work is done, with the policy's message (exit 2).
func checkOutput(_ output: String, _ target: OutputPolicy.Target, _ inputs: OutputPolicy.Inputs,
                 replaceable: Set<String> = []) throws(WorkspaceError) {
    try OutputPolicy.check(output, as: target, inputs: inputs, replaceable: replaceable)
}
