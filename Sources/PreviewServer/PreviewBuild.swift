import BlueprintKit
import Foundation

/// What `serve` keeps between saves: every file's parse (`WorkspaceSession`) and every drawn
/// diagram by its DOT (`DiagramCache`), so a save re-parses only the files that changed and lays
/// out only the diagrams whose DOT changed; linking, the rules and the pages run again in full.
actor PreviewBuild {
    private var session = WorkspaceSession()
    private var cache = DiagramCache()
    /// Where the last rebuild's time went, for `BLUEPRINT_SERVE_TIMINGS=1`.
    private(set) var lastTimings = ""

    /// Loads and checks the workspace as it is now, as `check` does, parsing only changed files.
    func check(_ watcher: WorkspaceWatcher) async throws(WorkspaceError) -> CheckResult {
        let clock = ContinuousClock()
        let start = clock.now
        let loaded = try WorkspaceFiles.load(watcher.paths, currentDirectory: watcher.directory)
        let read = clock.now
        var session = self.session
        let result = await session.update(loaded)
        // Kept even if this rebuild is dropped later: a parse is a pure function of the bytes.
        self.session = session
        lastTimings = "read \(Self.ms(read - start)), check \(Self.ms(clock.now - read)) (\(session.parsedLastTime) parsed)"
        return result
    }

    /// The report's files, drawing only the diagrams the cache lacks.
    func report(_ result: CheckResult) -> [String: [UInt8]] {
        let clock = ContinuousClock()
        let start = clock.now
        let drawn = cache.drawn, drawing = cache.drawingTime
        var files: [String: [UInt8]] = [:]
        for file in ReportSite(result, cache: &cache).files { files[file.path] = file.bytes }
        lastTimings += ", report \(Self.ms(clock.now - start)) (\(cache.drawn - drawn) drawn in \(Self.ms(cache.drawingTime - drawing)))"
        return files
    }

    static func ms(_ duration: Swift.Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000) ms"
    }
}
