import Foundation
import Model
import Syntax

/// Finds the files of a workspace on disk. Like git finds a repository, it looks for
/// `workspace.yaml` in the current directory and its parents; paths given explicitly win.
public enum WorkspaceFiles {
    /// The name of the file that marks a workspace's root.
    public static let manifestName = "workspace.yaml"

    /// The nearest `workspace.yaml` at or above `directory`, if any.
    public static func findManifest(from directory: URL) -> URL? {
        var current = directory.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(manifestName)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// The YAML files to load for `paths` (or, with none, for the workspace found from
    /// `currentDirectory`), sorted, each once. A directory holding a `workspace.yaml` loads the
    /// folders its manifest includes; any other directory loads every `.yaml`/`.yml` below it.
    public static func collect(_ paths: [String], currentDirectory: URL) throws(WorkspaceError) -> [URL] {
        var roots: [URL] = []
        if paths.isEmpty {
            guard let manifest = findManifest(from: currentDirectory) else {
                throw WorkspaceError("no \(manifestName) found in \(currentDirectory.path) or its parents; name the files or folders to load, or create a \(manifestName) (see docs/DSL.md)")
            }
            roots = [manifest.deletingLastPathComponent()]
        } else {
            roots = paths.map { path in
                (path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)).standardizedFileURL
            }
        }
        var files: [URL] = []
        for root in roots {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
                throw WorkspaceError("\(root.path): no such file or folder")
            }
            files += isDirectory.boolValue ? try directoryFiles(root) : [root]
        }
        // Sorted by path, each file once (paths computed once: URL standardisation is slow).
        var byPath: [String: URL] = [:]
        for file in files {
            let url = file.standardizedFileURL
            if byPath[url.path] == nil { byPath[url.path] = url }
        }
        return byPath.keys.sorted().map { byPath[$0]! }
    }

    /// The files of a directory: its manifest's includes if it has one, else all YAML below it.
    private static func directoryFiles(_ directory: URL) throws(WorkspaceError) -> [URL] {
        let manifest = directory.appendingPathComponent(manifestName)
        guard FileManager.default.fileExists(atPath: manifest.path) else { return yamlFiles(under: directory) }
        let folders = includedFolders(of: manifest)
        var files = [manifest]
        for folder in folders {
            let url = directory.appendingPathComponent(folder).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw WorkspaceError("\(manifest.path): included folder '\(folder)' does not exist")
            }
            files += isDirectory.boolValue ? yamlFiles(under: url) : [url]
        }
        return files
    }

    /// The `include` list of a manifest. A manifest that cannot be read includes its own
    /// folder only; `check` reports what is wrong with it.
    private static func includedFolders(of manifest: URL) -> [String] {
        guard let bytes = FileManager.default.contents(atPath: manifest.path) else { return [] }
        let parsed = YAMLParser.parse(Array(bytes), file: manifest.path)
        guard let document = parsed.documents.first,
              case .workspace(let workspace)? = DocumentDecoder.decode(document).element,
              !workspace.include.isEmpty else { return ["."] }
        return workspace.include.map(\.value)
    }

    /// Every `.yaml`/`.yml` file below `directory`, skipping hidden files and folders (`.build`
    /// too) and `node_modules`. Symbolic links to files count; links to folders are not followed (no loops).
    /// Read with `readdir`, which says what each entry is: Foundation's enumerator asked the
    /// file system again for every file, a sixth of `check`'s time on a large workspace.
    public static func yamlFiles(under directory: URL) -> [URL] {
        var files: [String] = []
        walk(directory.standardizedFileURL.path, into: &files)
        return files.map { URL(fileURLWithPath: $0) }
    }

    private static func walk(_ folder: String, into files: inout [String]) {
        guard let handle = opendir(folder) else { return }
        defer { closedir(handle) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            let path = prefix + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                var info = stat()
                // A link is followed to see what it is, but a link to a folder is not walked.
                guard stat(path, &info) == 0 else { continue }
                let isFolder = info.st_mode & S_IFMT == S_IFDIR
                if isFolder && type == Int32(DT_LNK) { continue }
                type = isFolder ? Int32(DT_DIR) : Int32(DT_REG)
            }
            if type == Int32(DT_DIR) {
                if name != "node_modules" { walk(path, into: &files) }
            } else if type == Int32(DT_REG) {
                let lower = name.lowercased()
                if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { files.append(path) }
            }
        }
    }

    /// Reads files into memory, naming each relative to `currentDirectory` when it is below it.
    public static func read(_ urls: [URL], currentDirectory: URL) throws(WorkspaceError) -> [SourceFile] {
        let base = currentDirectory.standardizedFileURL.path
        var sources: [SourceFile] = []
        for url in urls {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw WorkspaceError("\(url.path): cannot be read")
            }
            sources.append(SourceFile(path: displayPath(url.standardizedFileURL.path, base: base), bytes: Array(data)))
        }
        return sources
    }

    static func displayPath(_ path: String, base: String) -> String {
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
