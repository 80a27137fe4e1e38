import BlueprintKit
import BlueprintEmitters
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// The draw.io export: a valid mxfile (checked against the format as draw.io reads it: one
/// root and one layer, every parent, source and target an existing cell, every box with a
/// geometry) in which every step box lies in its lane and its stage's column.
@Suite("Blueprint diagram (draw.io)")
struct DrawIOTests {
    /// The example workspace's blueprints and personas.
    static func example() throws -> Workspace {
        let folder = Run.repository.appendingPathComponent("blueprints")
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let sources = try names.map { SourceFile(path: $0, text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
        return Checker.check(sources).workspace
    }

    @Test("golden draw.io file for a blueprint using every feature")
    func golden() throws {
        let workspace = try DiagramTests.workspace()
        let file = DrawIO.file(try #require(workspace.blueprint("missed-bin")), personas: workspace.personas)
        try expectGolden(file, at: DiagramTests.fixtures.appendingPathComponent("missed-bin.drawio"))
        // User text is escaped twice, for the HTML label inside the XML attribute.
        #expect(!file.contains("<script") && !file.contains("&lt;script"))
        #expect(file.contains("&amp;lt;script&amp;gt;"))
    }

    @Test("the gold standard opens as an mxfile with 7 lanes, 8 stages and 40 step boxes in their cells")
    func goldStandard() throws {
        let workspace = try Self.example()
        let blueprint = try #require(workspace.blueprint("gold-standard"))
        let model = try Model(DrawIO.file(blueprint, personas: workspace.personas))
        #expect(model.cells.values.filter { $0.style.hasPrefix("swimlane;") }.count == 7)
        #expect(model.cells.keys.filter { $0.hasPrefix("stage:") }.count == 8)
        #expect(blueprint.steps.count == 40)
        try model.expectEveryStepInItsCell(of: blueprint)
    }

    @Test("every example blueprint is a valid mxfile with its steps in their cells, and its flows as connectors", arguments: [
        "bereavement-current", "gold-standard", "highways-report-current", "housing-repair-current", "missed-bin-current", "missed-bin-future",
    ])
    func examples(_ id: String) throws {
        let workspace = try Self.example()
        let blueprint = try #require(workspace.blueprint(id))
        let file = DrawIO.file(blueprint, personas: workspace.personas)
        #expect(file == DrawIO.file(blueprint, personas: workspace.personas))
        let model = try Model(file)
        try model.expectEveryStepInItsCell(of: blueprint)
        let edges = model.cells.values.filter { $0.source != nil }
        #expect(edges.count == blueprint.flows.count)
        for flow in blueprint.flows {
            #expect(edges.contains { $0.source == flow.from.id.value && $0.target == flow.to.id.value })
        }
    }

    /// The cells of an mxfile, checked as draw.io reads them.
    struct Model {
        struct Cell {
            var parent: String?
            var style: String
            var box: (x: Double, y: Double, width: Double, height: Double)?
            var source: String?
            var target: String?
        }

        var cells: [String: Cell] = [:]

        init(_ text: String) throws {
            let document = try XMLDocument(data: Data(text.utf8))
            let root = try #require(document.rootElement())
            #expect(root.name == "mxfile")
            let diagrams = root.elements(forName: "diagram")
            #expect(diagrams.count == 1 && diagrams[0].attribute(forName: "id") != nil && diagrams[0].attribute(forName: "name") != nil)
            let model = try #require(diagrams.first?.elements(forName: "mxGraphModel").first)
            let cellElements = try #require(model.elements(forName: "root").first).elements(forName: "mxCell")
            for element in cellElements {
                let id = try #require(element.attribute(forName: "id")?.stringValue)
                #expect(cells[id] == nil, "duplicate id \(id)")
                var cell = Cell(parent: element.attribute(forName: "parent")?.stringValue, style: element.attribute(forName: "style")?.stringValue ?? "")
                if element.attribute(forName: "edge")?.stringValue == "1" {
                    cell.source = element.attribute(forName: "source")?.stringValue
                    cell.target = element.attribute(forName: "target")?.stringValue
                } else if element.attribute(forName: "vertex")?.stringValue == "1" {
                    let geometry = try #require(element.elements(forName: "mxGeometry").first)
                    #expect(geometry.attribute(forName: "as")?.stringValue == "geometry")
                    func number(_ name: String) throws -> Double { try #require(Double(geometry.attribute(forName: name)?.stringValue ?? "")) }
                    cell.box = (try number("x"), try number("y"), try number("width"), try number("height"))
                }
                cells[id] = cell
            }
            #expect(cells["0"]?.parent == nil && cells["1"]?.parent == "0")
            for (id, cell) in cells where id != "0" {
                #expect(cell.parent.flatMap { cells[$0] } != nil, "\(id): no parent")
                if cell.source != nil {
                    #expect(cell.source.flatMap { cells[$0]?.box } != nil && cell.target.flatMap { cells[$0]?.box } != nil, "\(id)")
                } else if id != "1" {
                    #expect(cell.box != nil, "\(id): neither a box nor a connector")
                }
            }
        }

        /// The box of `id` in page coordinates: a child's geometry is relative to its container.
        func absolute(_ id: String) -> (x: Double, y: Double, width: Double, height: Double)? {
            guard let cell = cells[id], let box = cell.box else { return nil }
            guard let parent = cell.parent, parent != "1", let offset = absolute(parent) else { return box }
            return (offset.x + box.x, offset.y + box.y, box.width, box.height)
        }

        func expectEveryStepInItsCell(of blueprint: Blueprint) throws {
            for stage in blueprint.stages {
                let column = try #require(absolute("stage:\(stage.id.value)"))
                for step in stage.steps {
                    let box = try #require(absolute(step.id.value), "\(step.id.value)")
                    #expect(cells[step.id.value]?.parent == "lane:\(step.lane.value)")
                    let lane = try #require(absolute("lane:\(step.lane.value)"))
                    #expect(box.y >= lane.y && box.y + box.height <= lane.y + lane.height, "\(step.id.value) outside its lane")
                    #expect(box.x >= column.x && box.x + box.width <= column.x + column.width, "\(step.id.value) outside its stage")
                }
            }
        }
    }
}
