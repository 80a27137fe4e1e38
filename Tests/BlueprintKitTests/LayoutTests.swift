import BlueprintKit
import Foundation
import Testing
import TestSupport

/// No flow arrow over a box (issue 17, item 1): every arrow starts and ends at its steps and
/// passes through no other step, pain point, change or measure, as `svg-crossings` counts it,
/// through the real Graphviz.
@Suite("Layout: no arrow over a box", .serialized)
struct LayoutTests {
    static let dense = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/dense")
    static let script = Run.repository.deletingLastPathComponent().appendingPathComponent("shared/tools/svg-crossings")

    static func crossings(of id: String, in workspace: Workspace) throws -> SVGCrossings {
        SVGCrossings(svg: String(decoding: try BlueprintRenderer.render(id, in: workspace, format: .svg), as: UTF8.self))
    }

    static func load(_ folder: URL, _ paths: [String] = []) throws -> Workspace {
        let files = try WorkspaceFiles.collect(paths, currentDirectory: folder)
        let result = Checker.check(try WorkspaceFiles.read(files, currentDirectory: folder))
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics.map(\.message))")
        return result.workspace
    }

    /// Three boxes in a column; one arrow from the first to the last runs over the middle one.
    static let crafted = """
    <svg xmlns="http://www.w3.org/2000/svg"><g id="node1" class="node"><title>a</title><polygon fill="white" stroke="black" points="0,0 100,0 100,-40 0,-40 0,0"/></g>
    <g id="node2" class="node"><title>b</title><polygon fill="white" stroke="black" points="0,-100 100,-100 100,-140 0,-140 0,-100"/></g>
    <g id="node3" class="node"><title>c</title><polygon fill="white" stroke="black" points="0,-200 100,-200 100,-240 0,-240 0,-200"/></g>
    <g id="edge1" class="edge"><title>a&#45;&gt;c</title><path fill="none" stroke="black" d="M50,-40C50,-90 50,-150 50,-200"/></g>
    <g id="edge2" class="edge"><title>a&#45;&gt;b</title><path fill="none" stroke="black" d="M50,-40C50,-60 50,-80 50,-100"/></g></svg>
    """

    @Test("the counter finds an arrow drawn over a box, and does not count the boxes an arrow starts and ends at")
    func counterCanFail() {
        let counted = SVGCrossings(svg: Self.crafted)
        #expect(counted.description == "2 edges, 3 boxes, 1 crossings, 1 edges with a crossing")
        #expect(counted.listed.count == 1 && counted.listed[0].hasSuffix("in b"))
    }

    @Test("every example blueprint has no arrow over a box")
    func example() throws {
        let workspace = try Self.load(Run.repository)
        #expect(workspace.blueprints.count >= 7)
        for blueprint in workspace.blueprints {
            let counted = try Self.crossings(of: blueprint.id.value, in: workspace)
            #expect(counted.crossings == 0, "\(blueprint.id.value): \(counted) \(counted.listed)")
            #expect(counted.edges > 0)
        }
    }

    @Test("dense blueprints have no arrow over a box: twelve steps in a cell, arrows back to earlier stages, arrows across every lane",
          arguments: ["dense-cell", "back-flows", "cross-lane"])
    func denseFixtures(_ id: String) throws {
        let workspace = try Self.load(Self.dense, ["\(id).yaml"])
        let blueprint = try #require(workspace.blueprint(id))
        // The fixture is as hard as its name says.
        let stageOf = Dictionary(blueprint.stages.enumerated().flatMap { column, stage in stage.steps.map { ($0.id.value, column) } }, uniquingKeysWith: { a, _ in a })
        let backwards = blueprint.flows.filter { stageOf[$0.to.id.value]! < stageOf[$0.from.id.value]! }.count
        let crossLane = blueprint.flows.filter { $0.from.lane.value != $0.to.lane.value }.count
        switch id {
        case "dense-cell": #expect(blueprint.stages[0].steps.filter { $0.lane.value == "customer" }.count == 12)
        case "back-flows": #expect(backwards >= 6)
        default: #expect(crossLane >= 15)
        }
        let counted = try Self.crossings(of: id, in: workspace)
        #expect(counted.crossings == 0, "\(counted) \(counted.listed)")
        #expect(counted.edges >= blueprint.flows.count / 2)
    }

    @Test("every blueprint of a generated workspace has no arrow over a box")
    func generated() throws {
        let folder = try ScratchFolder()
        let made = try Run(["generate", "--megabytes", "0.5", "-o", folder.url.appendingPathComponent("w").path], executable: Run.benchExecutable)
        #expect(made.status == 0, "\(made.stderr)")
        let workspace = try Self.load(folder.url.appendingPathComponent("w"))
        #expect(workspace.blueprints.count >= 20)
        var total = 0
        for blueprint in workspace.blueprints {
            let counted = try Self.crossings(of: blueprint.id.value, in: workspace)
            total += counted.crossings
            #expect(counted.crossings == 0, "\(blueprint.id.value): \(counted) \(counted.listed)")
        }
        #expect(total == 0)
    }

    @Test("the port counts what ../shared/tools/svg-crossings counts, where the script is beside this checkout",
          .enabled(if: FileManager.default.isExecutableFile(atPath: LayoutTests.script.path)))
    func sameAsTheScript() throws {
        let folder = try ScratchFolder()
        let workspace = try Self.load(Self.dense, ["back-flows.yaml"])
        let file = try folder.write("back-flows.svg", String(decoding: try BlueprintRenderer.render("back-flows", in: workspace, format: .svg), as: UTF8.self))
        let crafted = try folder.write("crafted.svg", Self.crafted)
        for svg in [file, crafted] {
            let run = try Run([svg.path], executable: Self.script)
            let ours = "\(svg.path): \(SVGCrossings(svg: try String(contentsOf: svg, encoding: .utf8)))\n"
            #expect(run.stdout == ours, "\(run.stderr)")
        }
    }
}
