import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `blueprint serve` as a browser, a hostile page and a flood of idle sockets meet it: the real
/// executable on a scratch copy of the small backlog workspace.
@Suite("blueprint serve", .serialized)
struct ServeTests {
    /// A scratch copy of Fixtures/backlog/workspace (kept alive by the caller).
    static func workspace() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        let fixture = Run.repository.appendingPathComponent("Tests/BlueprintKitTests/Fixtures/backlog/workspace")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixture.path) {
            try FileManager.default.copyItem(at: fixture.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        return folder
    }

    @Test("only requests whose Host is a loopback name, with no port or the real one, are answered; others get 421")
    func hostCheck() throws {
        let folder = try Self.workspace()
        let server = try ServeProcess(in: folder.url)
        defer { server.stop() }
        for host in ["127.0.0.1:\(server.port)", "localhost:\(server.port)", "localhost", "127.0.0.1", "[::1]:\(server.port)"] {
            #expect(try server.get("/", hostHeader: host).status == 200, "\(host)")
        }
        for host in ["evil.example", "evil.example:\(server.port)", "127.0.0.1:\(server.port + 1)", "localhost.evil.example"] {
            let answer = try server.get("/", hostHeader: host)
            #expect(answer.status == 421, "\(host)")
            #expect(answer.body.contains("Misdirected request"))
            #expect(!answer.body.contains("<html"), "no report in the body")
        }
    }

    @Test("every response carries the security headers; the reload script is a file, not inline")
    func securityHeaders() throws {
        let folder = try Self.workspace()
        let server = try ServeProcess(in: folder.url)
        defer { server.stop() }
        let index = try server.get("/")
        #expect(index.body.contains("<script src=\"/_preview/reload.js\"></script>"))
        #expect(!index.body.contains("<script>"))
        let answers = [
            "page": index,
            "svg": try server.get("/blueprints/bins-current.svg"),
            "404": try server.get("/no-such-page.html"),
            "script": try server.get("/_preview/reload.js"),
            "events": try server.get("/events", headersOnly: true),
            "421": try server.get("/", hostHeader: "evil.example"),
        ]
        #expect(answers["svg"]?.status == 200)
        #expect(answers["svg"]?.headers["content-type"] == "image/svg+xml")
        #expect(answers["404"]?.status == 404)
        #expect(answers["script"]?.status == 200)
        #expect(answers["script"]?.body.contains("new EventSource(\"/events\")") == true)
        #expect(answers["events"]?.headers["content-type"] == "text/event-stream")
        for (what, answer) in answers {
            #expect(answer.headers["content-security-policy"] == "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'", "\(what)")
            #expect(answer.headers["x-content-type-options"] == "nosniff", "\(what)")
            #expect(answer.headers["referrer-policy"] == "no-referrer", "\(what)")
            #expect(answer.headers["cache-control"] == "no-store", "\(what)")
        }
    }

    @Test("connections that send nothing are closed after --idle-timeout; the server still answers")
    func idleConnections() throws {
        let folder = try Self.workspace()
        let server = try ServeProcess(["--idle-timeout", "1"], in: folder.url)
        defer { server.stop() }
        let sockets = try (0..<50).map { _ in try ServeProcess.dial(host: server.host, port: server.port) }
        defer { for socket in sockets { close(socket) } }
        Thread.sleep(forTimeInterval: 3)
        var closedByServer = 0
        var byte: UInt8 = 0
        for socket in sockets where recv(socket, &byte, 1, 0) == 0 { closedByServer += 1 }
        #expect(closedByServer == 50)
        #expect(try server.get("/").status == 200)
    }

    @Test("--host beyond loopback is refused (usage error, names research data and --allow-remote) unless --allow-remote is given")
    func remoteHost() throws {
        let folder = try Self.workspace()
        let refused = try Run(["serve", "--port", "0", "--host", "0.0.0.0"], in: folder.url)
        // 2, not ArgumentParser's 64: `blueprint` maps every usage error to 2 (see Blueprint.main).
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("research data"))
        #expect(refused.stderr.contains("--allow-remote"))
        // 127.0.0.2 is loopback on Linux, but not one of the names: it stands in for a LAN address.
        let server = try ServeProcess(["--host", "127.0.0.2", "--allow-remote"], in: folder.url)
        defer { server.stop() }
        #expect(server.host == "127.0.0.2")
        #expect(server.stderr.contains("warning: serving on 127.0.0.2"))
        #expect(try server.get("/").status == 200, "the host the user named is accepted")
        #expect(try server.get("/", hostHeader: "evil.example").status == 421)
    }

    @Test("--host ::1 prints a bracketed URL, and that URL works")
    func ipv6() throws {
        let folder = try Self.workspace()
        let server = try ServeProcess(["--host", "::1"], in: folder.url)
        defer { server.stop() }
        #expect(server.stderr.contains("Serving the workspace report on http://[::1]:\(server.port)/"))
        #expect(try server.get("/").status == 200, "Host: [::1]:PORT is accepted")
    }

    @Test("a deleted workspace.yaml shows a banner over the last report; restoring it clears the banner")
    func manifestDeleted() throws {
        let folder = try Self.workspace()
        let server = try ServeProcess(in: folder.url)
        defer { server.stop() }
        let banner = "workspace.yaml was deleted or moved: showing the last report; restore it to resume"
        let manifest = folder.url.appendingPathComponent("workspace.yaml")
        let saved = try Data(contentsOf: manifest)
        #expect(try !server.get("/").body.contains(banner))
        try FileManager.default.removeItem(at: manifest)
        let deleted = try server.poll("/") { $0.body.contains(banner) }
        #expect(deleted.body.contains(banner), "\(server.stderr)")
        #expect(deleted.body.contains("Bins, &quot;quotes&quot; &amp; commas") || deleted.body.contains("Bins, \"quotes\" &amp; commas"),
                "the last report is still shown")
        try saved.write(to: manifest)
        let restored = try server.poll("/") { !$0.body.contains(banner) }
        #expect(!restored.body.contains(banner), "\(server.stderr)")
    }

    @Test("saves during a rebuild: the stale rebuild is dropped, not published, and the last save wins")
    func staleRebuilds() throws {
        // The example workspace: big enough that a debug build takes well over 250 ms to check and draw it.
        let folder = try ScratchFolder()
        for name in ["workspace.yaml", "blueprints", "research"] {
            try FileManager.default.copyItem(at: Run.repository.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        let server = try ServeProcess(in: folder.url)
        defer { server.stop() }
        let file = folder.url.appendingPathComponent("blueprints/missed-bin-current.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        let title = "title: Report a missed bin collection (current state)"
        #expect(original.contains(title))
        // A save every 250 ms: each is seen (the poll is 200 ms) while the one before is still being checked.
        for save in 1...12 {
            try original.replacingOccurrences(of: title, with: "title: Missed bin save \(save)")
                .write(to: file, atomically: true, encoding: .utf8)
            Thread.sleep(forTimeInterval: 0.25)
        }
        let page = try server.poll("/", timeout: 30) { $0.body.contains("Missed bin save 12") }
        #expect(page.body.contains("Missed bin save 12"), "\(server.stderr)")
        #expect(server.stderr.contains("A newer save arrived: dropped the check of the one before"), "\(server.stderr)")
        // Once things settle the page is still the last save's: no stale rebuild published after it.
        Thread.sleep(forTimeInterval: 1)
        #expect(try server.get("/").body.contains("Missed bin save 12"))
        // Versions only go up, one per published rebuild: never two rebuilds publishing at once.
        let versions = server.stderr.matches(of: /version (\d+)/).compactMap { Int($0.1) }
        #expect(versions == Array(1...max(1, versions.count)), "\(server.stderr)")
    }

    @Test("the report is drawn by a child 'blueprint report': served diagrams are byte for byte the command's, and no child or scratch folder is left")
    func childReport() throws {
        let folder = try Self.workspace()
        let site = folder.url.deletingLastPathComponent().appendingPathComponent("site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try Run(["report", "-o", site.path], in: folder.url).status == 0)
        // A temporary folder of its own, so other tests' servers cannot be mistaken for this one.
        let temporary = try ScratchFolder()
        let server = try ServeProcess(in: folder.url, environment: ["TMPDIR": temporary.url.path])
        let served = try server.get("/blueprints/bins-current.svg")
        #expect(served.status == 200)
        #expect(served.body == (try String(contentsOf: site.appendingPathComponent("blueprints/bins-current.svg"), encoding: .utf8)))
        server.stop()
        // The child exited and its folder was removed with it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.url.path).isEmpty)
    }

    @Test("the executable is replaced while serving (a rebuild, an upgrade): the next save is still drawn")
    func executableReplaced() throws {
        let folder = try Self.workspace()
        let copy = try ScratchFolder()
        let executable = copy.url.appendingPathComponent("blueprint")
        try FileManager.default.copyItem(at: Run.executable, to: executable)
        let server = try ServeProcess(in: folder.url, executable: executable)
        defer { server.stop() }
        try FileManager.default.removeItem(at: executable)
        let before = server.stderr.components(separatedBy: "— version").count
        let file = try #require(FileManager.default.enumerator(atPath: folder.url.path)?.compactMap { $0 as? String }.first { $0.hasSuffix(".yaml") && $0 != "workspace.yaml" })
        let url = folder.url.appendingPathComponent(file)
        try (String(contentsOf: url, encoding: .utf8) + "\n# saved again\n").write(to: url, atomically: false, encoding: .utf8)
        let deadline = Date().addingTimeInterval(20)
        while server.stderr.components(separatedBy: "— version").count == before, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(server.stderr.components(separatedBy: "— version").count > before, "\(server.stderr)")
        #expect(!server.stderr.contains("cannot read the workspace"), "\(server.stderr)")
    }
}
