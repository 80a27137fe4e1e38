import BlueprintKit
import Foundation

/// How `serve` notices saves: inotify where the kernel has it, polling elsewhere.
extension PreviewServer {
    /// What the watcher saw: a burst of changes, settled, or a quiet interval.
    enum Change: Sendable { case changed, quiet }

    /// Changes as they settle. An editor's save is several events (a temporary file written,
    /// renamed over the old one, its mode set): they are gathered until `settle` passes without
    /// one (at most `interval`), so one save is one rebuild. The kernel's queue is read on a
    /// thread of its own, never on the tasks that serve pages.
    static func changes(_ events: FolderEvents, settle: Swift.Duration = .milliseconds(10),
                        interval: Swift.Duration) -> AsyncStream<Change> {
        let (stream, continuation) = AsyncStream<Change>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let stopped = Flag()
        continuation.onTermination = { _ in stopped.set() }
        let thread = Thread {
            let clock = ContinuousClock()
            while !stopped.value {
                guard events.wait(timeout: interval) else { continuation.yield(.quiet); continue }
                let deadline = clock.now + interval
                while clock.now < deadline, events.wait(timeout: settle) {}
                continuation.yield(.changed)
            }
            continuation.finish()
        }
        thread.name = "blueprint serve: file events"
        thread.start()
        return stream
    }

    /// Polling, where inotify is not there: the files' sizes and modification times every `interval`.
    static func polledChanges(_ watcher: WorkspaceWatcher, interval: Swift.Duration) -> AsyncStream<Change> {
        AsyncStream { continuation in
            let task = Task {
                var last = watcher.fingerprint()
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    let now = watcher.fingerprint()
                    continuation.yield(now == last ? .quiet : .changed)
                    last = now
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}

/// A flag one thread sets and another reads.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false
    var value: Bool { lock.withLock { isSet } }
    func set() { lock.withLock { isSet = true } }
}
