import BlueprintDiagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes command output where `OutputPolicy` allows: `-` to standard output; a regular file
/// atomically (a temporary file in the same folder, renamed into place, removed on failure), so
/// a failed run never leaves half a file; through a symlink to its target; into a device or
/// FIFO directly, never replacing it; a folder as a whole, swapped in with one atomic exchange.
public enum OutputFile {
    /// Writes `bytes` to `path` (or standard output for `-`), creating the folder if needed.
    /// `inputs` are what the command read: the policy refuses to write over them.
    public static func write(_ bytes: [UInt8], to path: String, inputs: OutputPolicy.Inputs = .none) throws(WorkspaceError) {
        switch OutputPolicy.decide(path, as: .file, inputs: inputs, currentDirectory: FileManager.default.currentDirectoryPath) {
        case .standardOutput:
            // Text sent to a terminal shows control characters visibly (a story cannot rewrite
            // the screen); through a pipe or for binary formats the bytes stay exact.
            if isatty(STDOUT_FILENO) != 0, let text = String(validating: bytes, as: UTF8.self) {
                FileHandle.standardOutput.write(Data(TerminalText.safe(text).utf8))
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        case .stream(let stream):
            try writeStream(bytes, to: stream, named: path)
        case .file(let real):
            try writeAtomically(bytes, to: real, named: path)
        case .folder:
            throw WorkspaceError.outputRefused("\(path) is a folder; name a file to write")
        case .refused(let message):
            throw WorkspaceError.outputRefused(message)
        }
    }

    /// Writes `files` (paths relative to `folder`) as a whole, with a manifest naming `command`
    /// and the files: into a hidden sibling folder first, then exchanged with `folder` in one
    /// step, so a failed or killed run leaves either the old folder or the new one. An existing
    /// `folder` is replaced only when the policy allows (empty, or holding only what an earlier
    /// run listed in its manifest, or only files with the `replaceable` extensions).
    public static func writeFolder(_ files: [(path: String, bytes: [UInt8])], to folder: URL, command: String = "blueprint",
                                   inputs: OutputPolicy.Inputs = .none, replaceable: Set<String> = []) throws(WorkspaceError) {
        for file in files where file.path.isEmpty || file.path.hasPrefix("/") || file.path == OutputPolicy.manifestName
            || file.path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) {
            throw WorkspaceError.outputRefused("cannot write '\(file.path)' into \(folder.path): file names must be relative and stay inside the folder")
        }
        let real: String
        switch OutputPolicy.decide(folder.path, as: .folder, inputs: inputs,
                                   currentDirectory: FileManager.default.currentDirectoryPath, replaceable: replaceable) {
        case .folder(let path): real = path
        case .refused(let message): throw WorkspaceError.outputRefused(message)
        case .standardOutput, .file, .stream: throw WorkspaceError.outputRefused("\(folder.path): name a folder for the output")
        }
        let manager = FileManager.default
        let parent = (real as NSString).deletingLastPathComponent, name = (real as NSString).lastPathComponent
        let staging = "\(parent)/.\(name).tmp-\(getpid())"
        let written = files + [(OutputPolicy.manifestName, OutputPolicy.manifest(command: command, files: files.map(\.path)))]
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            removeStale(named: name, in: parent)
            try? manager.removeItem(atPath: staging)
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            for file in written {
                let url = URL(fileURLWithPath: staging + "/" + file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
            var info = stat()
            if lstat(real, &info) == 0 {
                try swap(staging, with: real, parent: parent, name: name)
            } else if rename(staging, real) != 0 {
                throw WorkspaceError.cannotWrite(path: folder.path, reason: String(cString: strerror(errno)))
            }
        } catch let error as WorkspaceError {
            try? manager.removeItem(atPath: staging)
            throw error
        } catch {
            try? manager.removeItem(atPath: staging)
            throw WorkspaceError.cannotWrite(path: folder.path, reason: plainWords(error))
        }
    }

    /// Puts the folder `staging` in place of `target` and removes the old one: one atomic
    /// exchange (`renameat2(RENAME_EXCHANGE)`) where the kernel and file system offer it, else
    /// two renames (old out of the way, new in), undone if the second fails.
    private static func swap(_ staging: String, with target: String, parent: String, name: String) throws(WorkspaceError) {
        if exchange(staging, target) {
            try? FileManager.default.removeItem(atPath: staging)
            return
        }
        let old = "\(parent)/.\(name).old-\(getpid())"
        try? FileManager.default.removeItem(atPath: old)
        guard rename(target, old) == 0 else {
            throw WorkspaceError.cannotReplace(path: target, reason: String(cString: strerror(errno)))
        }
        guard rename(staging, target) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old, target)
            throw WorkspaceError.cannotReplace(path: target, reason: reason)
        }
        try? FileManager.default.removeItem(atPath: old)
    }

    /// Exchanges two paths atomically; false where that is not offered (not Linux, a kernel
    /// before 3.15, or a file system that refuses), so the caller falls back.
    public static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
        // Looked up at run time: not every Glibc module exports renameat2 to Swift.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let atCurrentDirectory: Int32 = -100, renameExchange: UInt32 = 1 << 1
        return renameat2(atCurrentDirectory, first, atCurrentDirectory, second, renameExchange) == 0
        #else
        return false
        #endif
    }

    /// Removes `.NAME.tmp-PID` and `.NAME.old-PID` beside an output, left by earlier runs that
    /// were killed: only those whose process is gone, so a run going on beside us is left alone.
    static func removeStale(named name: String, in parent: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries {
            for marker in [".\(name).tmp-", ".\(name).old-"] where entry.hasPrefix(marker) {
                guard let pid = Int32(entry.dropFirst(marker.count)), pid > 0, pid != getpid() else { continue }
                if kill(pid, 0) != 0 && errno == ESRCH {
                    try? FileManager.default.removeItem(atPath: parent + "/" + entry)
                }
            }
        }
    }

    /// A regular file: written to `.NAME.tmp-PID` beside it, then renamed over it. A file that
    /// exists keeps its permissions.
    private static func writeAtomically(_ bytes: [UInt8], to real: String, named path: String) throws(WorkspaceError) {
        let parent = (real as NSString).deletingLastPathComponent, name = (real as NSString).lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw WorkspaceError.cannotWrite(path: path, reason: "cannot create its folder \(parent): \(plainWords(error))")
        }
        removeStale(named: name, in: parent)
        let temporary = "\(parent)/.\(name).tmp-\(getpid())"
        var existing = stat()
        let mode = stat(real, &existing) == 0 ? existing.st_mode & 0o7777 : 0o666
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(mode))
        guard descriptor >= 0 else { throw WorkspaceError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        var failure = writeAll(bytes, to: descriptor)
        if failure == nil, mode != 0o666, fchmod(descriptor, mode_t(mode)) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, real) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw WorkspaceError.cannotWrite(path: path, reason: String(cString: strerror(failure)))
        }
    }

    /// A device, FIFO or socket: opened and written as it is (`/dev/fd/63`, a named pipe).
    private static func writeStream(_ bytes: [UInt8], to stream: String, named path: String) throws(WorkspaceError) {
        let descriptor = open(stream, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WorkspaceError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        let failure = writeAll(bytes, to: descriptor)
        close(descriptor)
        if let failure { throw WorkspaceError.cannotWrite(path: path, reason: String(cString: strerror(failure))) }
    }

    /// Writes every byte, retrying short writes and interruptions; the errno of a failure.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return nil
        }
    }

    /// Foundation's errors in plain words: the POSIX reason where there is one, never
    /// "NSCocoaErrorDomain error 512".
    static func plainWords(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileWriteNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "no space left on the device"
        case .fileWriteFileExists: return "a file of that name is in the way"
        case .fileWriteVolumeReadOnly: return "the file system is read-only"
        default: return "the file system refused (\(ns.localizedDescription))"
        }
    }
}
