import BlueprintKit
import Foundation

/// The site `blueprint serve` shows: the report of the workspace as it was at the last save,
/// held in memory (so only generated pages can ever be served), with a version number that the
/// open pages follow through server-sent events.
public actor LiveSite {
    /// The site's pages and files by path ("index.html", "blueprints/x.svg").
    private var files: [String: [UInt8]] = [:]
    public private(set) var version = 0
    /// The report of the last save without errors, for pages an error makes disappear.
    public private(set) var lastGood: [String: [UInt8]] = [:]
    /// Findings of the last check, for the terminal and the banner.
    public private(set) var errorCount = 0
    private var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]
    private var closed = false

    public init() {}

    /// The bytes of a generated file, or nil: a request can never reach the disk.
    public func file(_ path: String) -> [UInt8]? { files[path] }

    /// Replaces the site and tells every open page to reload.
    public func publish(_ site: [String: [UInt8]], errors: Int, report: [String: [UInt8]]? = nil) {
        files = site
        if let report { lastGood = report }
        errorCount = errors
        version += 1
        for listener in listeners.values { listener.yield(version) }
    }

    /// Versions as they are published, starting with the current one. After `close()` the
    /// stream ends at once.
    public func updates() -> AsyncStream<Int> {
        guard !closed else { return AsyncStream { $0.finish() } }
        let id = UUID()
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        continuation.yield(version)
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            Task { await self.removeListener(id) }
        }
        listeners[id] = continuation
        return stream
    }

    private func removeListener(_ id: UUID) { listeners[id] = nil }

    /// Sends the current version again: pages ignore it, and streams of closed pages fail and end.
    public func heartbeat() {
        for listener in listeners.values { listener.yield(version) }
    }

    /// Ends every open event stream, so the server can stop without waiting for browsers.
    public func close() {
        closed = true
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }
}
