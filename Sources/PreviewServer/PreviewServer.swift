import BlueprintKit
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `blueprint serve`: the report of a workspace on a local port, re-checked and re-drawn on every
/// save, with open pages reloading themselves through server-sent events.
public struct PreviewServer: Sendable {
    public var watcher: WorkspaceWatcher
    public var host: String
    public var port: Int
    /// How often the files are looked at.
    public var interval: Swift.Duration
    /// Where progress lines go (the terminal).
    public var log: @Sendable (String) -> Void
    /// Builds the report's files for a check of the workspace: in this process (tests), or in a
    /// child `blueprint report` (`ReportProcess`, what the command uses).
    public var buildReport: @Sendable (CheckResult) async throws -> [String: [UInt8]] = { SiteBuilder.reportFiles(for: $0) }

    public init(watcher: WorkspaceWatcher, host: String = "127.0.0.1", port: Int = 8080,
                interval: Swift.Duration = .milliseconds(200), log: @escaping @Sendable (String) -> Void) {
        self.watcher = watcher
        self.host = host
        self.port = port
        self.interval = interval
        self.log = log
    }

    /// Serves until SIGINT or SIGTERM, then stops cleanly.
    public func run() async throws {
        let site = LiveSite()
        try await rebuild(site)
        let router = Router()
        router.get("events") { _, _ -> Response in
            Self.events(from: site)
        }
        router.get("/") { _, _ in try await Self.page("index.html", from: site) }
        router.get("**") { request, _ in
            try await Self.page(String(request.uri.path.dropFirst()), from: site)
        }
        var logger = Logger(label: "blueprint serve")
        logger.logLevel = .warning
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "blueprint serve"),
            onServerRunning: { channel in
                let address = channel.localAddress.map { "\($0.ipAddress ?? host):\($0.port ?? port)" } ?? "\(host):\(port)"
                log("Serving the workspace report on http://\(address)/ — press Ctrl-C to stop")
            },
            logger: logger)
        // The watcher runs last so it stops first on Ctrl-C: it ends the open event streams, and
        // the server's graceful shutdown then has no request left to wait for.
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: app), .init(service: Watcher(server: self, site: site))],
            gracefulShutdownSignals: [.sigint, .sigterm],
            logger: logger))
        try await group.run()
        log("Stopped.")
    }

    /// Watches the files while the server runs.
    struct Watcher: Service {
        var server: PreviewServer
        var site: LiveSite

        func run() async throws {
            await withGracefulShutdownHandler {
                // Ctrl-C cancels the polling loop: that is how it is meant to end, not a failure.
                try? await cancelWhenGracefulShutdown { try await server.watch(site) }
            } onGracefulShutdown: {
                Task { await site.close() }
            }
        }
    }

    /// Polls the files and rebuilds the site when they change.
    func watch(_ site: LiveSite) async throws {
        var last = watcher.fingerprint()
        var quiet = Swift.Duration.zero
        while !Task.isCancelled {
            try await Task.sleep(for: interval)
            let now = watcher.fingerprint()
            guard now != last else {
                // A periodic heartbeat ends the event streams of browsers that went away.
                quiet += interval
                if quiet >= .seconds(15) { await site.heartbeat(); quiet = .zero }
                continue
            }
            last = now
            quiet = .zero
            try await rebuild(site)
        }
    }

    private func rebuild(_ site: LiveSite) async throws {
        do {
            let result = try await watcher.load()
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            let report = try await buildReport(result)
            await site.publish(SiteBuilder.site(report: report, of: result, lastGood: await site.lastGood), errors: errors,
                               report: errors == 0 ? report : nil)
            let version = await site.version
            log("Checked \(result.sources.count) files: \(errors == 0 ? "no errors" : "\(errors) error\(errors == 1 ? "" : "s") (shown in the page)") — version \(version)")
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
            headers[.cacheControl] = "no-store"
            return Response(status: .notFound, headers: headers, body: .init(byteBuffer: ByteBuffer(string: SiteBuilder.notFound(path))))
        }
        var headers = HTTPFields()
        headers[.contentType] = contentType(of: path)
        headers[.cacheControl] = "no-store"
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
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init { writer in
            for await version in await site.updates() {
                try await writer.write(ByteBuffer(string: "event: version\ndata: \(version)\n\n"))
            }
            try await writer.finish(nil)
        })
    }
}
