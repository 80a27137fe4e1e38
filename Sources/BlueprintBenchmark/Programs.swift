import BlueprintKit
import Foundation

// The programs the benchmark runs beside its in-process measurements.
extension Bench {
    /// Graphviz's `dot` command, the baseline for rendering, found on PATH as a shell finds it.
    public static func dotCommand(searching path: String? = ProcessInfo.processInfo.environment["PATH"]) throws(WorkspaceError) -> URL {
        // An empty entry would mean the current folder: never run a `dot` that happens to be there.
        for folder in (path ?? "").split(separator: ":") where folder.hasPrefix("/") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("dot")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        throw WorkspaceError.programFailed("bench times rendering against Graphviz's 'dot' command, which is not on PATH; install Graphviz (Debian: apt install graphviz)")
    }

    /// The `blueprint` executable in the same folder as `executable` (a build puts both there),
    /// whose `check` is run for its peak memory.
    public static func blueprintExecutable(beside executable: URL) throws(WorkspaceError) -> URL {
        let blueprint = executable.deletingLastPathComponent().appendingPathComponent("blueprint")
        guard FileManager.default.isExecutableFile(atPath: blueprint.path) else {
            throw WorkspaceError.programFailed("bench runs 'blueprint check' for its peak memory, but there is no \(blueprint.path); build both with 'swift build'")
        }
        return blueprint
    }
}
