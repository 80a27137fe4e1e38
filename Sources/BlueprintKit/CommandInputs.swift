import Foundation

// What a writing command reads and whether it may write, asked before any work; shared by
// `blueprint` and `blueprint-bench`.
extension OutputPolicy.Inputs {
    /// `files`, the folder of each, and `roots`.
    public static func loading(_ files: [String], roots: [String]) -> OutputPolicy.Inputs {
        let folders = Set(files.map { ($0 as NSString).deletingLastPathComponent })
        return OutputPolicy.Inputs(files: files, folders: roots + folders.sorted())
    }

    /// The workspace around `directory`, if there is one: its root and what it loads.
    public static func workspace(around directory: URL) -> OutputPolicy.Inputs {
        guard let manifest = WorkspaceFiles.findManifest(from: directory) else { return .none }
        let files = (try? WorkspaceFiles.collect([], currentDirectory: directory)) ?? [manifest]
        return .loading(files.map(\.path), roots: [manifest.deletingLastPathComponent().path])
    }
}

extension OutputPolicy {
    /// Refuses `output` with the policy's message, so a command stops before any work.
    public static func check(_ output: String, as target: Target, inputs: Inputs,
                             replaceable: Set<String> = []) throws(WorkspaceError) {
        let decision = decide(output, as: target, inputs: inputs,
                              currentDirectory: FileManager.default.currentDirectoryPath, replaceable: replaceable)
        if case .refused(let message) = decision { throw .outputRefused(message) }
    }
}
