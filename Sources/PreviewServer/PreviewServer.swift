import BlueprintKit
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle

/// `blueprint serve`: the report of a workspace on a local port, re-checked and re-drawn on every
/// save, with open pages reloading themselves through server-sent events. Every request passes
/// `GuardedResponder` (Host check, security headers).
public struct PreviewServer: Sendable {
    public var watcher: WorkspaceWatcher
    public var host: String
    public var port: Int
    /// How often the files are looked at.
    public var interval: Swift.Duration
    /// How long a connection may send nothing before it is closed (open event streams are not idle).
    public var idleTimeout: Swift.Duration
    /// Connections beyond this wait to be accepted, so a flood cannot exhaust file descriptors.
    public var maxConnections: Int
    /// A Host header accepted besides the loopback names: the `--host` of `--allow-remote`.
    public var remoteHost: String?
    /// Where progress lines go (the terminal).
    public var log: @Sendable (String) -> Void
    /// Whether to watch with inotify (where the kernel has it) rather than poll every `interval`.
    public var useFileEvents = true
    /// Whether each rebuild's log line says where its time went (`BLUEPRINT_SERVE_TIMINGS=1`).
    public var logTimings = ProcessInfo.processInfo.environment["BLUEPRINT_SERVE_TIMINGS"] == "1"

    public init(watcher: WorkspaceWatcher, host: String = "127.0.0.1", port: Int = 8080,
                interval: Swift.Duration = .milliseconds(200), idleTimeout: Swift.Duration = .seconds(30),
                maxConnections: Int = 64, remoteHost: String? = nil, log: @escaping @Sendable (String) -> Void) {
        self.watcher = watcher
        self.host = host
        self.port = port
        self.interval = interval
        self.idleTimeout = idleTimeout
        self.maxConnections = maxConnections
        self.remoteHost = remoteHost
        self.log = log
    }

    /// The address to open in a browser: IPv6 addresses in brackets, as URLs need them.
    public static func url(host: String, port: Int) -> String {
        "http://\(RequestGuard.bracketed(host)):\(port)/"
    }

    /// Serves until SIGINT or SIGTERM, then stops cleanly.
    public func run() async throws {
        let site = LiveSite()
        let build = PreviewBuild()
        // Only a manifest that is there at the start can go missing (a bare folder has none).
        let manifests = watcher.manifests()
        await rebuild(site, build, manifests: manifests)
        let router = Router()
        router.get("events") { _, _ -> Response in
            Self.events(from: site)
        }
        router.get(RouterPath(SiteBuilder.reloadPath)) { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "text/javascript; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: SiteBuilder.reloadJS)))
        }
        router.get("/") { _, _ in try await Self.page("index.html", from: site) }
        router.get("**") { request, _ in
            try await Self.page(String(request.uri.path.dropFirst()), from: site)
        }
        var logger = Logger(label: "blueprint serve")
        logger.logLevel = .warning
        let listening = ListeningPort(port)
        let app = Application(
            responder: GuardedResponder(inner: router.buildResponder(), port: listening, extraHost: remoteHost),
            server: .http1(configuration: .init(idleTimeout: .nanoseconds(Int64(idleTimeout / .nanoseconds(1))))),
            configuration: .init(address: .hostname(host, port: port), serverName: "blueprint serve",
                                 availableConnectionsDelegate: MaximumAvailableConnections(maxConnections)),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                listening.value = bound
                log("Serving the workspace report on \(Self.url(host: channel.localAddress?.ipAddress ?? host, port: bound)) — press Ctrl-C to stop")
            },
            logger: logger)
        // The watcher runs last so it stops first on Ctrl-C: it ends the open event streams, and
        // the server's graceful shutdown then has no request left to wait for.
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: app), .init(service: Watcher(server: self, site: site, build: build, manifests: manifests))],
            gracefulShutdownSignals: [.sigint, .sigterm],
            logger: logger))
        try await group.run()
        log("Stopped.")
    }

    /// Watches the files while the server runs.
    struct Watcher: Service {
        var server: PreviewServer
        var site: LiveSite
        var build: PreviewBuild
        var manifests: [URL]

        func run() async throws {
            await withGracefulShutdownHandler {
                // Ctrl-C cancels the polling loop: that is how it is meant to end, not a failure.
                try? await cancelWhenGracefulShutdown { try await server.watch(site, build, manifests: manifests) }
            } onGracefulShutdown: {
                Task { await site.close() }
            }
        }
    }

    /// Watches the files and rebuilds the site when they change. One rebuild at a time: a save
    /// during a rebuild cancels it (its result is already stale) and starts a new one.
    func watch(_ site: LiveSite, _ build: PreviewBuild, manifests: [URL]) async throws {
        let events = useFileEvents ? FolderEvents.start(roots: watcher.watchRoots()) : nil
        let changes = events.map { Self.changes($0, interval: interval) } ?? Self.polledChanges(watcher, interval: interval)
        var quiet = Swift.Duration.zero
        var running: Task<Void, Never>?
        defer { running?.cancel() }
        for await change in changes {
            guard !Task.isCancelled else { break }
            guard change == .changed else {
                // A periodic heartbeat ends the event streams of browsers that went away.
                quiet += interval
                if quiet >= .seconds(15) { await site.heartbeat(); quiet = .zero }
                continue
            }
            quiet = .zero
            // A folder made since the last save gets its watch before its files are read.
            events?.rewatch(roots: watcher.watchRoots())
            if let running {
                running.cancel()
                await running.value
            }
            running = Task { await rebuild(site, build, manifests: manifests) }
        }
    }

    private func rebuild(_ site: LiveSite, _ build: PreviewBuild, manifests: [URL]) async {
        // A deleted manifest would load nothing, or a different workspace: keep the last report,
        // and say why on every page.
        if let gone = manifests.first(where: { !FileManager.default.fileExists(atPath: $0.path) }) {
            await site.publish(SiteBuilder.site(report: await site.lastGood, banner: SiteBuilder.manifestMissingBanner()),
                               errors: await site.errorCount)
            log("\(gone.path) was deleted or moved: showing the last report; restore it to resume")
            return
        }
        // A newer save arrived while this one was checked or drawn: its rebuild publishes instead.
        let dropped = { log("A newer save arrived: dropped the check of the one before") }
        do {
            let clock = ContinuousClock()
            let start = clock.now
            let result = try await build.check(watcher)
            guard !Task.isCancelled else { return dropped() }
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            let report = await build.report(result)
            guard !Task.isCancelled else { return dropped() }
            let pages = clock.now
            await site.publish(SiteBuilder.site(report: report, of: result, lastGood: await site.lastGood), errors: errors,
                               report: errors == 0 ? report : nil)
            let version = await site.version
            let timings = logTimings ? " [\(await build.lastTimings), publish \(PreviewBuild.ms(clock.now - pages)), total \(PreviewBuild.ms(clock.now - start))]" : ""
            log("Checked \(counted(result.sources.count, "file")): \(errors == 0 ? "no errors" : "\(counted(errors, "error")) (shown in the page)") — version \(version)\(timings)")
        } catch {
            // The folder is unreadable for a moment (an editor replacing it): keep the last site.
            log("cannot read the workspace: \(error); keeping the last report")
        }
    }

    /// A generated file, or 404: paths are looked up among generated files only, so `..` and
    /// absolute paths can never reach the disk.
    static func page(_ path: String, from site: LiveSite) async throws -> Response {
        let path = path.isEmpty ? "index.html" : (path.hasSuffix("/") ? path + "index.html" : path)
        guard let bytes = await site.file(path) else {
            var headers = HTTPFields()
            headers[.contentType] = "text/html; charset=utf-8"
            return Response(status: .notFound, headers: headers, body: .init(byteBuffer: ByteBuffer(string: SiteBuilder.notFound(path))))
        }
        var headers = HTTPFields()
        headers[.contentType] = contentType(of: path)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last {
        case "html": "text/html; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "pdf": "application/pdf"
        case "css": "text/css"
        case "json": "application/json"
        case "csv": "text/csv; charset=utf-8"
        default: "application/octet-stream"
        }
    }

    /// Server-sent events: the site's version now and after every rebuild.
    static func events(from site: LiveSite) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        return Response(status: .ok, headers: headers, body: .init { writer in
            for await version in await site.updates() {
                try await writer.write(ByteBuffer(string: "event: version\ndata: \(version)\n\n"))
            }
            try await writer.finish(nil)
        })
    }
}
