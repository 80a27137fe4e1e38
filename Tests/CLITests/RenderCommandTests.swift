import BlueprintKit
import Foundation
import Testing
import TestSupport

/// `blueprint render`, run as a user would: the files it writes, and what it refuses.
@Suite("The render command", .serialized)
struct RenderCommandTests {
    @Test("render writes the file; with workspace errors it writes nothing and exits 1")
    func commandLine() throws {
        let folder = try ScratchFolder()
        try folder.write("workspace.yaml", "kind: workspace\nname: T\n")
        try folder.write("r.yaml", Samples.escapingBlueprint)
        let ok = try Run(["render", "report", "-o", "out/report.svg"], in: folder.url)
        #expect(ok.status == 0, "\(ok.stderr)")
        let written = try String(contentsOf: folder.url.appendingPathComponent("out/report.svg"), encoding: .utf8)
        #expect(written.contains("<svg"))

        let toStdout = try Run(["render", "report", "--format", "dot", "-o", "-"], in: folder.url)
        #expect(toStdout.stdout.hasPrefix("digraph \""))

        try folder.write("r.yaml", Samples.escapingBlueprint.replacingOccurrences(of: "title:", with: "titel:"))
        let failed = try Run(["render", "report", "-o", "out/report.svg"], in: folder.url)
        #expect(failed.status == 1)
        // The typo is reported once, as unknown; 'title' is read from it, so it is not also missing.
        #expect(failed.stderr.contains("[BP013]") && !failed.stderr.contains("[BP011]"))
        // The earlier output is untouched: nothing half-written replaced it.
        #expect(try String(contentsOf: folder.url.appendingPathComponent("out/report.svg"), encoding: .utf8) == written)
    }

    @Test("render writes a draw.io file from its extension or --format; render trace has no draw.io format")
    func drawIO() throws {
        let folder = try ScratchFolder()
        try folder.write("workspace.yaml", "kind: workspace\nname: T\n")
        try folder.write("r.yaml", Samples.escapingBlueprint)
        let run = try Run(["render", "report", "-o", "report.drawio"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try String(contentsOf: folder.url.appendingPathComponent("report.drawio"), encoding: .utf8)
        #expect(written.hasPrefix("<mxfile ") && written.contains("<mxGraphModel "))
        let named = try Run(["render", "report", "--format", "drawio", "-o", "-"], in: folder.url)
        #expect(named.stdout == written)
        let trace = try Run(["render", "trace", "--format", "drawio", "-o", "t.drawio"], in: folder.url)
        #expect(trace.status == 2 && trace.stderr.contains("'drawio' is invalid"), "\(trace.stderr)")
    }

    @Test("render ID reads only what the diagram needs: a broken file elsewhere does not stop it; its own errors, and its persona's, still do, in check's words")
    func unrelatedFileBroken() throws {
        let folder = try ScratchFolder()
        try folder.write("workspace.yaml", "kind: workspace\nname: T\n")
        try folder.write("r.yaml", Samples.escapingBlueprint.replacingOccurrences(of: "stages:", with: "persona: hayley\nstages:"))
        try folder.write("people.yaml", "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n")
        let clean = try Run(["render", "report", "-o", "-"], in: folder.url)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains("Hayley"))

        try folder.write("elsewhere/broken.yaml", "kind: persona\nid: [x\n")
        try folder.write("elsewhere/typo.yaml", "kind: persona\nid: y\n")
        let despite = try Run(["render", "report", "-o", "-"], in: folder.url)
        #expect(despite.status == 0, "\(despite.stderr)")
        #expect(despite.stdout == clean.stdout)
        #expect(try Run(["check"], in: folder.url).status == 1)

        // The blueprint's own mistakes are reported exactly as check reports them, and only they.
        try folder.write("r.yaml", Samples.escapingBlueprint.replacingOccurrences(of: "stages:", with: "persona: hayley\ntitel: x\nstages:"))
        let own = try Run(["render", "report", "-o", "-"], in: folder.url)
        #expect(own.status == 1)
        #expect(own.stdout.isEmpty)
        let check = try Run(["check", "r.yaml", "people.yaml"], in: folder.url)
        // All but the last line, which counts the files read ("1 error in 5 files").
        #expect(own.stderr.split(separator: "\n").dropLast() == check.stdout.split(separator: "\n").dropLast(), "\(own.stderr)")
        #expect(own.stderr.contains("[BP013]") && !own.stderr.contains("broken.yaml") && !own.stderr.contains("typo.yaml"))

        // A broken persona the diagram names stops it too.
        try folder.write("r.yaml", Samples.escapingBlueprint.replacingOccurrences(of: "stages:", with: "persona: hayley\nstages:"))
        try folder.write("people.yaml", "kind: persona\nid: hayley\nrole: customer\n")
        let persona = try Run(["render", "report", "-o", "-"], in: folder.url)
        #expect(persona.status == 1)
        #expect(persona.stderr.contains("people.yaml") && persona.stderr.contains("[BP011]"), "\(persona.stderr)")
    }

    @Test("render --all writes one file per blueprint into the folder")
    func renderAll() throws {
        let folder = try ScratchFolder()
        try folder.write("workspace.yaml", "kind: workspace\nname: T\n")
        try folder.write("r.yaml", Samples.escapingBlueprint)
        try folder.write("s.yaml", Samples.escapingBlueprint.replacingOccurrences(of: "id: report", with: "id: second")
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

    @Test("render exits 2 above the limit, names the fix and writes nothing")
    func renderCommandLimit() throws {
        let folder = try ScratchFolder()
        try folder.write("workspace.yaml", "kind: workspace\nname: Dense\n")
        try folder.write("dense.yaml", Samples.dense(steps: 200, flows: 5))
        let run = try Run(["render", "dense", "-o", "dense.svg"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: dense.yaml:1:1: blueprint 'dense' is too large to lay out: 985 flows among 200 steps"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("dense.svg").path))
        let dot = try Run(["render", "dense", "-o", "dense.dot"], in: folder.url)
        #expect(dot.status == 0)
    }
}
