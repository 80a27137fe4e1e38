import BlueprintKit
import Foundation

/// Notices when a workspace's YAML files change by polling their sizes and modification times:
/// portable, no file-system event API needed, and cheap for the hundreds of files a workspace has.
public struct WorkspaceWatcher: Sendable {
    public var paths: [String]
    public var directory: URL

    public init(paths: [String], directory: URL) {
        self.paths = paths
        self.directory = directory
    }

    /// What the files look like now: their paths, sizes and modification times.
    public func fingerprint() -> [String] {
        let files = (try? WorkspaceFiles.collect(paths, currentDirectory: directory)) ?? []
        return files.map { url in
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(url.path)|\(size)|\(modified)"
        }
    }

    /// The folders to watch: the workspace's root (or the named folders, or the folders of
    /// named files), and the folder of every file it loads (an included folder may lie outside it).
    public func watchRoots() -> [String] {
        var roots: Set<String> = []
        if paths.isEmpty {
            if let manifest = WorkspaceFiles.findManifest(from: directory) { roots.insert(manifest.deletingLastPathComponent().standardizedFileURL.path) }
        } else {
            for path in paths {
                let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)).standardizedFileURL
                var isFolder: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
                roots.insert(exists && isFolder.boolValue ? url.path : url.deletingLastPathComponent().path)
            }
        }
        for file in (try? WorkspaceFiles.collect(paths, currentDirectory: directory)) ?? [] {
            roots.insert(file.deletingLastPathComponent().standardizedFileURL.path)
        }
        return roots.sorted()
    }

    /// The workspace manifests this load goes by: the one found from `directory` when no paths
    /// are named, else those of the named folders that have one.
    public func manifests() -> [URL] {
        guard !paths.isEmpty else { return WorkspaceFiles.findManifest(from: directory).map { [$0] } ?? [] }
        return paths.map { path in
            (path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path))
                .appendingPathComponent(WorkspaceFiles.manifestName).standardizedFileURL
        }.filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Loads and checks the workspace as it is now, as `check` does (what cannot be loaded is a
    /// BP007 or BP008 finding); throws when its files cannot be listed at all.
    public func load() async throws(WorkspaceError) -> CheckResult {
        await Checker.checkConcurrently(try WorkspaceFiles.load(paths, currentDirectory: directory))
    }
}
