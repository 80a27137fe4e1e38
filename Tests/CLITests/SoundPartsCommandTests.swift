import Foundation
import Testing
import TestSupport

/// Issue 18: one broken file blocks only what depends on it. The example workspace with a lane
/// typo in one blueprint (4 errors there): every command that draws from part of the workspace
/// still does so for the rest, prints the errors, says what it left out, and exits 1.
@Suite("Commands work on what is sound")
struct SoundPartsCommandTests {
    /// A copy of the example workspace; with `broken`, bereavement-current has a lane typo.
    static func example(broken: Bool) throws -> ScratchFolder {
        let folder = try ScratchFolder()
        for name in ["workspace.yaml", "blueprints", "research"] {
            try FileManager.default.copyItem(at: Run.repository.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        if broken {
            let file = folder.url.appendingPathComponent("blueprints/bereavement-current.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "lane: customer", with: "lane: custmer").write(to: file, atomically: true, encoding: .utf8)
        }
        return folder
    }

    static let leftOut = "note: left out blueprints/bereavement-current.yaml: it has 4 errors (the first on line 26)"
    static let dependent = "note: left out research/synthesis-insights.yaml: on line 26 it names 'br-unfamiliar-language', defined in blueprints/bereavement-current.yaml, which is left out too"

    @Test("render --all draws every other blueprint, names the one it left out and why, and exits 1")
    func renderAll() throws {
        let folder = try Self.example(broken: true)
        let run = try Run(["render", "--all", "-o", "drawn"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: step 'br-family-decides' is in lane 'custmer'"))
        #expect(run.stderr.contains(Self.leftOut) && run.stderr.contains(Self.dependent), "\(run.stderr)")
        let drawn = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("drawn").path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(drawn == ["fast-food.svg", "gold-standard.svg", "highways-report-current.svg", "housing-repair-current.svg",
                          "missed-bin-current.svg", "missed-bin-future.svg"])
        // The same bytes as in the clean workspace.
        let clean = try Self.example(broken: false)
        #expect(try Run(["render", "--all", "-o", "drawn"], in: clean.url).status == 0)
        for name in drawn {
            let path = "drawn/\(name)"
            #expect(try Data(contentsOf: folder.url.appendingPathComponent(path)) == Data(contentsOf: clean.url.appendingPathComponent(path)), "\(name)")
        }
    }

    @Test("compare of two sound blueprints prints the comparison and the errors, and exits 1; of a broken one, says why not")
    func compare() throws {
        let folder = try Self.example(broken: true)
        let cleanFolder = try Self.example(broken: false)
        let clean = try Run(["compare", "missed-bin-current", "missed-bin-future"], in: cleanFolder.url)
        let run = try Run(["compare", "missed-bin-current", "missed-bin-future"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout == clean.stdout && !clean.stdout.isEmpty)
        #expect(run.stderr.contains("[BP023]"))

        let broken = try Run(["compare", "bereavement-current", "missed-bin-future"], in: folder.url)
        #expect(broken.status == 1)
        #expect(broken.stdout.isEmpty)
        #expect(broken.stderr.contains("error: cannot compare: 'bereavement-current' is in blueprints/bereavement-current.yaml, which is left out: it has 4 errors (the first on line 26); fix it and run again"))
    }

    @Test("trace follows the sound files and says which it left out; a broken element cannot be traced")
    func trace() throws {
        let folder = try Self.example(broken: true)
        let run = try Run(["trace", "missed-bin-current"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout.contains("blueprint missed-bin-current"))
        #expect(!run.stdout.contains("bereavement") && !run.stdout.contains("synthesis-insights"))
        #expect(run.stderr.contains(Self.leftOut) && run.stderr.contains(Self.dependent))
        let broken = try Run(["trace", "br-family-decides"], in: folder.url)
        #expect(broken.status == 1 && broken.stdout.isEmpty)
        #expect(broken.stderr.contains("error: cannot trace: 'br-family-decides' is in blueprints/bereavement-current.yaml, which is left out"))
        let drawn = try Run(["render", "trace", "missed-bin-current", "-o", "t.svg"], in: folder.url)
        #expect(drawn.status == 1)
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("t.svg").path))
    }

    @Test("report writes every sound page, lists every finding on its diagnostics page, and exits 1")
    func report() throws {
        let folder = try Self.example(broken: true)
        let run = try Run(["report", "-o", "site"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("[BP023]") && run.stderr.contains(Self.leftOut))
        let site = folder.url.appendingPathComponent("site")
        let pages = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("blueprints").path)
        #expect(pages.contains("missed-bin-current.html") && !pages.contains { $0.hasPrefix("bereavement-current") }, "\(pages)")
        let diagnostics = try String(contentsOf: site.appendingPathComponent("diagnostics.html"), encoding: .utf8)
        #expect(diagnostics.contains("BP023"))
    }

    @Test("export backlog writes the stories of sound files and exits 1")
    func exportBacklog() throws {
        let folder = try Self.example(broken: true)
        let clean = try Self.example(broken: false)
        let run = try Run(["export", "backlog", "--format", "markdown", "-o", "-"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains(Self.leftOut))
        // No story names the broken blueprint's elements: the backlog is the clean one.
        #expect(run.stdout == (try Run(["export", "backlog", "--format", "markdown", "-o", "-"], in: clean.url)).stdout)
    }
}
