import BlueprintKit
import Foundation
import PreviewServer
import Testing

/// The preview's pure parts: what a page shows after a good save and after a broken one, and
/// how the site's versions reach open pages. The server itself is tested in a browser
/// (Tests/Browser, `BrowserTests`).
@Suite("Live preview")
struct PreviewServerTests {
    static let good = SourceFile(path: "b.yaml", text: """
        kind: blueprint
        id: b
        title: A <b>bold</b> journey
        stages:
          - id: s
            name: Start
            steps:
              - {id: one, lane: customer, text: Calls}

        """)
    static let broken = SourceFile(path: "b.yaml", text: "kind: blueprint\nid: b\ntitle: <script>x</script>\nstages: [\n")

    @Test("a good save: report pages get the reload script and no banner")
    func goodSave() throws {
        let result = Checker.check([Self.good])
        let report = SiteBuilder.reportFiles(for: result)
        let site = SiteBuilder.site(report: report, of: result)
        let page = String(decoding: try #require(site["blueprints/b.html"]), as: UTF8.self)
        // An external script, so the pages' CSP can forbid inline ones.
        #expect(page.contains("<script src=\"/_preview/reload.js\"></script>"))
        #expect(!page.contains("<script>"))
        #expect(SiteBuilder.reloadJS.contains("new EventSource(\"/events\")"))
        #expect(!page.contains("role=\"alert\""))
        #expect(site.keys.sorted() == report.keys.sorted())
        // Files other than pages are served as the report wrote them.
        #expect(site["blueprints/b.svg"] == report["blueprints/b.svg"])
    }

    @Test("a broken save: every page shows the escaped errors, and a page the error removed is kept from the last good save")
    func brokenSave() throws {
        let lastGood = SiteBuilder.reportFiles(for: Checker.check([Self.good]))
        let result = Checker.check([Self.broken])
        let site = SiteBuilder.site(report: SiteBuilder.reportFiles(for: result), of: result, lastGood: lastGood)
        let kept = String(decoding: try #require(site["blueprints/b.html"]), as: UTF8.self)
        #expect(kept.contains("role=\"alert\""))
        #expect(kept.contains("<code>b.yaml:5:1</code> expected a value here"))
        #expect(kept.contains("A &lt;b&gt;bold&lt;/b&gt; journey"), "the last good page, still escaped")
        let index = String(decoding: try #require(site["index.html"]), as: UTF8.self)
        #expect(index.contains("The workspace has 1 error"))
        #expect(!index.contains("<script>x</script>"))
    }

    @Test("a page the report lacks is an HTML page that reloads itself, with the path escaped")
    func notFound() {
        let page = SiteBuilder.notFound("<x>.html")
        #expect(page.contains("&lt;x&gt;.html"))
        #expect(page.contains(SiteBuilder.reloadPath))
    }

    @Test("open pages hear each new version; after close, streams end")
    func versions() async {
        let site = LiveSite()
        await site.publish(["index.html": Array("one".utf8)], errors: 0)
        var updates = await site.updates().makeAsyncIterator()
        #expect(await updates.next() == 1)
        await site.publish(["index.html": Array("two".utf8)], errors: 1)
        #expect(await updates.next() == 2)
        #expect(await site.file("index.html") == Array("two".utf8))
        #expect(await site.file("../index.html") == nil)
        await site.close()
        #expect(await updates.next() == nil)
    }

    @Test("a deleted manifest: the last report, with a banner saying so on every page")
    func manifestMissing() throws {
        let report = SiteBuilder.reportFiles(for: Checker.check([Self.good]))
        let site = SiteBuilder.site(report: report, banner: SiteBuilder.manifestMissingBanner())
        let page = String(decoding: try #require(site["blueprints/b.html"]), as: UTF8.self)
        #expect(page.contains("workspace.yaml was deleted or moved: showing the last report; restore it to resume"))
        #expect(page.contains("role=\"alert\""))
    }

    @Test("the printed address brackets IPv6 hosts")
    func url() {
        #expect(PreviewServer.url(host: "127.0.0.1", port: 8080) == "http://127.0.0.1:8080/")
        #expect(PreviewServer.url(host: "::1", port: 4000) == "http://[::1]:4000/")
        #expect(PreviewServer.url(host: "localhost", port: 80) == "http://localhost:80/")
    }

    @Test("only loopback Host headers, with no port or the real one, are answered")
    func hostCheck() {
        for host in ["127.0.0.1", "localhost", "[::1]", "127.0.0.1:4000", "LOCALHOST:4000", "[::1]:4000"] {
            #expect(RequestGuard.allows(authority: host, port: 4000), "\(host)")
        }
        for host in [nil, "", "evil.example", "evil.example:4000", "127.0.0.1:4001", "localhost:", "localhost:+4000",
                     "::1", "[::1]x", "127.0.0.1.evil.example", "localhost.", "192.168.1.5:4000"] {
            #expect(!RequestGuard.allows(authority: host, port: 4000), "\(host ?? "nil")")
        }
        #expect(RequestGuard.allows(authority: "192.168.1.5:4000", port: 4000, extraHost: "192.168.1.5"))
        #expect(RequestGuard.allows(authority: "[fd00::2]:4000", port: 4000, extraHost: "fd00::2"))
    }
}

@Suite("Preview: what the watcher loads")
struct WorkspaceWatcherTests {
    @Test("the preview checks what check checks: an entry that cannot be loaded is a BP008 warning, not skipped")
    func unreadableEntry() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watcher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("kind: workspace\nname: W\n".utf8).write(to: folder.appendingPathComponent("workspace.yaml"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.yaml").path,
                                                   withDestinationPath: folder.appendingPathComponent("missing.yaml").path)
        let result = try await WorkspaceWatcher(paths: [], directory: folder).load()
        #expect(result.diagnostics.map(\.ruleID) == ["BP008"])
        #expect(result.diagnostics.first?.range.file == "gone.yaml")
    }
}
