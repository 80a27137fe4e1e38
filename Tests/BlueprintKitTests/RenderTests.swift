import BlueprintKit
import Foundation
import Testing

/// Rendering through the real Graphviz, in-process.
@Suite("Rendering blueprints", .serialized)
struct RenderTests {
    static let blueprint = """
    kind: blueprint
    id: report
    title: Report a <script>alert("x")</script> problem
    stages:
      - id: contact
        name: Contact & "more"
        steps:
          - {id: calls, lane: customer, channel: phone, text: Calls </text><script>bad()</script>, emotion: -1}
          - {id: logs, lane: frontstage, actor: agent, text: Logs it, after: [calls]}
          - {id: fixes, lane: backstage, actor: crew, text: Fixes it, after: [logs]}

    """

    static func workspace() -> Workspace {
        Checker.check([SourceFile(path: "r.yaml", text: blueprint)]).workspace
    }

    @Test("SVG is drawn with user text escaped, and is byte-identical on every render in one process")
    func svg() throws {
        let workspace = Self.workspace()
        let first = try BlueprintRenderer.render("report", in: workspace, format: .svg)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("<svg"))
        #expect(text.contains("Logs it"))
        #expect(!text.contains("<script>"))
        #expect(!text.contains("</text><script>"))
        for _ in 0..<3 {
            #expect(try BlueprintRenderer.render("report", in: workspace, format: .svg) == first)
        }
    }

    @Test("PNG and PDF have their file signatures")
    func binaryFormats() throws {
        let workspace = Self.workspace()
        #expect(try BlueprintRenderer.render("report", in: workspace, format: .png).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try BlueprintRenderer.render("report", in: workspace, format: .pdf).starts(with: Array("%PDF".utf8)))
    }

    @Test("an unknown blueprint gets a did-you-mean")
    func unknown() {
        #expect(throws: WorkspaceError("no blueprint 'reprt' in the workspace; did you mean 'report'?")) {
            try BlueprintRenderer.render("reprt", in: Self.workspace(), format: .svg)
        }
    }

    @Test("render writes the file; with workspace errors it writes nothing and exits 1")
    func commandLine() throws {
        let folder = try ScratchFolder()
        try folder.write("workspace.yaml", "kind: workspace\nname: T\n")
        try folder.write("r.yaml", Self.blueprint)
        let ok = try Run(["render", "report", "-o", "out/report.svg"], in: folder.url)
        #expect(ok.status == 0, "\(ok.stderr)")
        let written = try String(contentsOf: folder.url.appendingPathComponent("out/report.svg"), encoding: .utf8)
        #expect(written.contains("<svg"))

        let toStdout = try Run(["render", "report", "--format", "dot", "-o", "-"], in: folder.url)
        #expect(toStdout.stdout.hasPrefix("digraph blueprint {"))

        try folder.write("broken.yaml", "kind: persona\nid: x\n")
        let failed = try Run(["render", "report", "-o", "out/report.svg"], in: folder.url)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("[BP011]"))
        // The earlier output is untouched: nothing half-written replaced it.
        #expect(try String(contentsOf: folder.url.appendingPathComponent("out/report.svg"), encoding: .utf8) == written)
    }

    @Test("render --all writes one file per blueprint into the folder")
    func renderAll() throws {
        let folder = try ScratchFolder()
        try folder.write("workspace.yaml", "kind: workspace\nname: T\n")
        try folder.write("r.yaml", Self.blueprint)
        try folder.write("s.yaml", Self.blueprint.replacingOccurrences(of: "id: report", with: "id: second")
            .replacingOccurrences(of: "id: calls", with: "id: calls2").replacingOccurrences(of: "[calls]", with: "[calls2]")
            .replacingOccurrences(of: "id: logs", with: "id: logs2").replacingOccurrences(of: "[logs]", with: "[logs2]")
            .replacingOccurrences(of: "id: fixes", with: "id: fixes2"))
        let run = try Run(["render", "--all", "--format", "pdf", "-o", "diagrams"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("diagrams").path).sorted()
        #expect(written == [OutputPolicy.manifestName, "report.pdf", "second.pdf"])
        #expect(try Run(["render", "--all", "-o", "-"], in: folder.url).status == 2)
        #expect(try Run(["render", "-o", "x.svg"], in: folder.url).status == 2)
    }
}
