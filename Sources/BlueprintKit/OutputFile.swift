import Foundation

/// Writes command output: to standard output for `-`, otherwise atomically (a temporary file
/// in the same folder, renamed into place), so a failed run never leaves half a file.
public enum OutputFile {
    /// Writes `bytes` to `path` (or standard output for `-`), creating the folder if needed.
    public static func write(_ bytes: [UInt8], to path: String) throws(WorkspaceError) {
        if path == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw WorkspaceError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// What an existing output folder may hold for `writeFolder` to replace it.
    public enum FolderReplacement: Sendable {
        /// Anything: the folder is the command's own (`report -o site`).
        case anything
        /// Only files with these extensions and no subfolders: what an earlier run of the same
        /// export wrote. Anything else means the folder is not ours to replace.
        case onlyFiles(withExtensions: Set<String>)
    }

    /// Writes `files` (paths relative to `folder`) as a whole: into a hidden sibling folder
    /// first, then swapped in place of `folder`, so a failed run leaves neither half a folder
    /// nor a mix of old and new files. An existing `folder` is replaced only as `replacing` allows.
    public static func writeFolder(_ files: [(path: String, bytes: [UInt8])], to folder: URL,
                                   replacing: FolderReplacement = .anything) throws(WorkspaceError) {
        let manager = FileManager.default
        for file in files where file.path.isEmpty || file.path.hasPrefix("/")
            || file.path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) {
            throw WorkspaceError("cannot write '\(file.path)' into \(folder.path): file names must be relative and stay inside the folder")
        }
        try checkReplaceable(folder, replacing)
        let parent = folder.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).tmp-\(getpid())")
        let old = parent.appendingPathComponent(".\(folder.lastPathComponent).old-\(getpid())")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
            if manager.fileExists(atPath: folder.path) {
                try manager.moveItem(at: folder, to: old)
                do {
                    try manager.moveItem(at: staging, to: folder)
                } catch {
                    try? manager.moveItem(at: old, to: folder)
                    throw error
                }
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: folder)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw WorkspaceError("cannot write \(folder.path): \(error.localizedDescription)")
        }
    }

    /// Throws when `folder` exists and is a file, or holds something `replacing` does not allow.
    private static func checkReplaceable(_ folder: URL, _ replacing: FolderReplacement) throws(WorkspaceError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw WorkspaceError("\(folder.path) is a file, not a folder; name a folder for the output")
        }
        guard case .onlyFiles(let extensions) = replacing else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw WorkspaceError("cannot read \(folder.path): \(error.localizedDescription)")
        }
        let foreign = names.filter { name in
            var isSubfolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isSubfolder)
            return !exists || isSubfolder.boolValue || !extensions.contains((name as NSString).pathExtension)
        }
        if !foreign.isEmpty {
            let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? " …" : "")
            throw WorkspaceError("\(folder.path) holds files this export does not write (\(shown)); "
                + "name a new or empty folder, or move them out: the export replaces the whole folder")
        }
    }
}
