import BlueprintKit
import Foundation
import Testing
import TestSupport

@Suite("HTML report", .serialized)
struct ReportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/report")

    static func exampleSite() throws -> ReportSite {
        let files = try WorkspaceFiles.collect([], currentDirectory: Run.repository)
        return ReportSite(Checker.check(try WorkspaceFiles.read(files, currentDirectory: Run.repository)))
    }

    @Test("pages of the example workspace match their goldens", arguments: [
        "index.html", "personas.html", "diagnostics.html", "blueprints/missed-bin-future.html",
        "blueprints/missed-bin-current.html", "stories.html", "research.html", "traces.html",
    ])
    func golden(_ path: String) throws {
        let site = try Self.exampleSite()
        let page = try #require(site.files.first { $0.path == path })
        let golden = Self.folder.appendingPathComponent(path.replacingOccurrences(of: "/", with: "_"))
        let text = String(decoding: page.bytes, as: UTF8.self)
        try expectGolden(text, at: golden)
    }

    @Test("every blueprint has a page and its diagram; no page loads anything from elsewhere")
    func complete() throws {
        let site = try Self.exampleSite()
        let paths = Set(site.files.map(\.path))
        for id in ["gold-standard", "missed-bin-current", "missed-bin-future", "highways-report-current", "housing-repair-current", "bereavement-current"] {
            #expect(paths.contains("blueprints/\(id).html"))
            #expect(paths.contains("blueprints/\(id).svg"))
        }
        // A trace diagram for every insight, and the pages that link them.
        for id in ["insight-1", "insight-18", "insight-language"] { #expect(paths.contains("traces/\(id).svg")) }
        for page in ["stories.html", "research.html", "traces.html"] { #expect(paths.contains(page)) }
        for file in site.files where file.path.hasSuffix(".html") {
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(!text.contains("http://") && !text.contains("https://") && !text.contains("<script"), "\(file.path)")
            #expect(text.contains("<html lang=\"en\">"))
        }
    }

    @Test("user text is escaped on every page, and diagnostics are listed")
    func escaping() throws {
        let yaml = """
        kind: blueprint
        id: b
        title: <script>alert("x")</script> & co
        description: "<img src=x onerror=alert(1)>"
        stages:
          - id: s
            name: S
            pains:
              - {id: p, text: "</td><script>", evidence: [{quote: "<b>loud</b>"}]}

        """
        let result = Checker.check([SourceFile(path: "b.yaml", text: yaml)])
        let site = ReportSite(result, name: "<i>Workspace</i>")
        let all = site.files.filter { $0.path.hasSuffix(".html") }.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        #expect(!all.contains("<script>"))
        #expect(!all.contains("<img src=x"))
        #expect(!all.contains("<b>loud</b>"))
        #expect(!all.contains("<i>Workspace</i>"))
        #expect(all.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"))
        #expect(all.contains("BP031"))
    }

    @Test("writing replaces the folder whole, and the same workspace gives the same bytes")
    func writeAtomically() throws {
        let scratch = try ScratchFolder()
        let target = scratch.url.appendingPathComponent("site")
        // An earlier run's site (its manifest lists stale.html) is replaced whole.
        try OutputFile.writeFolder([("stale.html", Array("old".utf8))], to: target, command: "report")
        let site = try Self.exampleSite()
        try site.write(to: target)
        let written = try FileManager.default.contentsOfDirectory(atPath: target.path)
        #expect(!written.contains("stale.html"))
        #expect(written.contains("index.html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["site"])
        let again = try Self.exampleSite()
        #expect(site.files.map(\.bytes) == again.files.map(\.bytes))
    }
}
