import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Changes under a workspace's folders as the kernel reports them (inotify), so a save is seen
/// within milliseconds instead of at the next 200 ms poll, and an idle preview reads nothing.
/// Every folder is watched (inotify watches one folder, not a tree); folders made later are
/// added at the next `rewatch`. Where inotify is unavailable `start` returns nil and `serve`
/// polls (`WorkspaceWatcher.fingerprint`).
final class FolderEvents: @unchecked Sendable {
    #if canImport(Glibc)
    private let descriptor: Int32
    private let lock = NSLock()
    /// Watched folders by watch descriptor, and the other way round.
    private var folders: [Int32: String] = [:]
    private var watched: Set<String> = []

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// A watch on every folder under `roots` (hidden ones and `node_modules` skipped, as loading
    /// skips them), or nil without inotify.
    static func start(roots: [String]) -> FolderEvents? {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let events = FolderEvents(descriptor: descriptor)
        events.rewatch(roots: roots)
        return events
    }

    /// Watches every folder under `roots` not watched yet: new folders, and folders that came back.
    func rewatch(roots: [String]) {
        var found: [String] = []
        for root in roots { Self.folders(under: root, into: &found) }
        lock.withLock {
            for folder in found where !watched.contains(folder) {
                let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                                  | IN_DELETE_SELF | IN_MOVE_SELF)
                let watch = inotify_add_watch(descriptor, folder, mask)
                guard watch >= 0 else { continue }
                folders[watch] = folder
                watched.insert(folder)
            }
        }
    }

    /// Waits up to `timeout` for events and reads them all. True when anything changed (or the
    /// kernel's queue overflowed, which means anything may have); false on a quiet timeout.
    func wait(timeout: Swift.Duration) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(timeout / .milliseconds(1))
        guard poll(&request, 1, milliseconds) > 0 else { return false }
        return drain()
    }

    /// Reads every pending event; forgets folders the kernel stopped watching (deleted, moved).
    private func drain() -> Bool {
        var changed = false
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, size)
            guard count > 0 else { return changed }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                changed = true
                if event.mask & UInt32(IN_IGNORED) != 0 {
                    lock.withLock {
                        if let folder = folders.removeValue(forKey: event.wd) { watched.remove(folder) }
                    }
                }
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
        }
    }

    /// `root` and every folder below it, without following links to folders (as loading does).
    private static func folders(under root: String, into found: inout [String]) {
        guard let handle = opendir(root) else { return }
        defer { closedir(handle) }
        found.append(root)
        let prefix = root.hasSuffix("/") ? root : root + "/"
        while let entry = readdir(handle) {
            guard Int32(entry.pointee.d_type) == Int32(DT_DIR) || Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) else { continue }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix("."), name != "node_modules" else { continue }
            var info = stat()
            let path = prefix + name
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { continue }
            folders(under: path, into: &found)
        }
    }
    #else
    static func start(roots: [String]) -> FolderEvents? { nil }
    func rewatch(roots: [String]) {}
    func wait(timeout: Swift.Duration) -> Bool { false }
    #endif
}
