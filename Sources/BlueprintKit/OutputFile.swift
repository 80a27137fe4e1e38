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
