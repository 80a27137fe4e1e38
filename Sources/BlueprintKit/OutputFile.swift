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
}

/// Writes a folder of files as one step: the files are written into a hidden sibling folder,
/// which then takes the folder's place, so a failed run never leaves half a folder and readers
/// see the old folder or the new one, never a mix.
public enum OutputFolder {
    /// Replaces `folder` with `files` (relative paths and bytes). `what` names the folder in
    /// messages ("the report").
    public static func write(_ files: [(path: String, bytes: [UInt8])], to folder: URL, what: String) throws(WorkspaceError) {
        let manager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).tmp-\(getpid())")
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
            if manager.fileExists(atPath: folder.path) {
                let old = parent.appendingPathComponent(".\(folder.lastPathComponent).old-\(getpid())")
                try manager.moveItem(at: folder, to: old)
                try manager.moveItem(at: staging, to: folder)
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: folder)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw WorkspaceError("cannot write \(what) to \(folder.path): \(error.localizedDescription)")
        }
    }
}
