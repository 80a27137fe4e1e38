import BlueprintKit
import BlueprintAnalysis
import Foundation
import Testing
import TestSupport

/// Light cells (issue 18, item 7): a step that nothing points at needs no `id`, and a step's
/// `text` may be a list of lines drawn as one box.
@Suite("Light cells")
struct LightCellsTests {
    static func blueprint(_ id: String, stage: String = "order", extra: String = "") -> String {
        """
        kind: blueprint
        id: \(id)
        title: Order at the counter
        stages:
          - id: \(stage)
            name: Order
            steps:
              - id: \(id)-orders
                lane: customer
                text: Arrive and order
              - lane: frontstage
                text: [Signage, Electronic menu, "Card reader <b>"]
              - lane: backstage
                text:
                  - Payment system
                  - Food preparation
        \(extra)
        """
    }

    static func check(_ texts: String...) -> CheckResult {
        Checker.check(texts.enumerated().map { SourceFile(path: "b\($0.offset).yaml", text: $0.element) })
    }

    @Test("a step without an id is named after its stage and its place in the stage's steps, and a list of lines is kept line by line")
    func derivedIDs() throws {
        let result = Self.check(Self.blueprint("counter"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let steps = try #require(result.workspace.blueprint("counter")).steps
        #expect(steps.map(\.id.value) == ["counter-orders", "order#2", "order#3"])
        #expect(steps.map(\.hasWrittenID) == [true, false, false])
        #expect(steps[1].lines.map(\.value) == ["Signage", "Electronic menu", "Card reader <b>"])
        #expect(steps[1].text.value == "Signage; Electronic menu; Card reader <b>")
        #expect(steps[2].lines.map(\.value) == ["Payment system", "Food preparation"])
        #expect(steps[0].lines.isEmpty && steps[0].text.value == "Arrive and order")
        // The derived ID points at the step's first line, where a message about it belongs.
        #expect(steps[1].id.range.start.line == 11)
    }

    @Test("the position counts every written step, so a step left out for its own error does not rename the ones after it")
    func positionsAreWritten() throws {
        let text = Self.blueprint("counter").replacingOccurrences(of: "      - lane: frontstage\n        text:", with: "      - text:")
        let result = Self.check(text)
        #expect(result.diagnostics.map(\.message) == ["a step needs 'lane'"])
        let steps = try #require(result.workspace.blueprint("counter")).steps
        #expect(steps.map(\.id.value) == ["counter-orders", "order#3"])
    }

    @Test("two blueprints with an id-less step in a stage of the same name do not clash, and each is its own node in a trace")
    func noClash() throws {
        let result = Self.check(Self.blueprint("counter"), Self.blueprint("drive-through"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let graph = TraceGraph(result.workspace)
        #expect(graph.nodes["counter/order#2"]?.label == "Signage; Electronic menu; Card reader <b>")
        #expect(graph.nodes["drive-through/order#2"]?.kind == .step)
        #expect(try graph.trace("drive-through/order#2").nodes.map(\.id).contains("drive-through/order"))
    }

    @Test("pointing at a derived name is one error that says to give the step an id")
    func pointingAtDerivedName() throws {
        let extra = """
              - id: counter-paid
                lane: support
                text: Payment recorded
                after: [order#3]
        """
        let result = Self.check(Self.blueprint("counter").replacingOccurrences(of: "\n\n", with: "\n") + extra)
        let messages = result.diagnostics.map { "\($0.ruleID) \($0.message) | \($0.help ?? "")" }
        #expect(messages == ["BP014 'order#3' names a step that has no ID of its own, and cannot be pointed at | give step 'order#3' an 'id: …' and write that ID here"])
    }

    @Test("an empty list of lines and a line that is not text are errors at the value")
    func badLines() throws {
        let empty = Self.check(Self.blueprint("counter").replacingOccurrences(of: "text: [Signage, Electronic menu, \"Card reader <b>\"]", with: "text: []"))
        #expect(empty.diagnostics.map(\.message) == ["'text' is an empty list"])
        let mapping = Self.check(Self.blueprint("counter").replacingOccurrences(of: "- Food preparation", with: "- {name: Food preparation}"))
        #expect(mapping.diagnostics.count == 1)
        #expect(mapping.diagnostics.first?.message.contains("'text'") == true, "\(mapping.diagnostics.map(\.message))")
    }

    @Test("the lines are drawn as bullets in one box, escaped, through the real Graphviz")
    func drawn() throws {
        let workspace = Self.check(Self.blueprint("counter")).workspace
        let dot = String(decoding: try BlueprintRenderer.render("counter", in: workspace, format: .dot), as: UTF8.self)
        #expect(dot.contains("• Signage<BR ALIGN=\"LEFT\"/>• Electronic menu<BR ALIGN=\"LEFT\"/>• Card reader &lt;b&gt;"))
        let svg = String(decoding: try BlueprintRenderer.render("counter", in: workspace, format: .svg), as: UTF8.self)
        #expect(svg.contains("• Electronic menu") && svg.contains("• Card reader &lt;b&gt;"))
        #expect(!svg.contains("<b>"))
        let drawio = String(decoding: try BlueprintRenderer.render("counter", in: workspace, format: .drawio), as: UTF8.self)
        #expect(drawio.contains("• Signage&lt;br&gt;• Electronic menu"))
    }

    @Test("18F's fast-food blueprint, written the short way, checks clean: 22 cells, 4 of them with IDs, one box per cell")
    func fastFood() throws {
        let files = try PlantedMistakeTests.example()
        let result = Checker.check(files)
        #expect(!result.diagnostics.contains { $0.range.file.hasSuffix("fast-food.yaml") })
        let blueprint = try #require(result.workspace.blueprint("fast-food"))
        #expect(blueprint.steps.count == 22)
        #expect(blueprint.steps.filter(\.hasWrittenID).map(\.id.value) == ["ff-decide", "ff-order", "ff-eat", "ff-leave"])
        #expect(blueprint.lanes.map(\.name) == ["User steps", "Front stage: people", "Front stage: places", "Front stage: objects", "Back stage", "Support processes"])
        // One step per cell: no lane of a stage holds two.
        for stage in blueprint.stages {
            let lanes = stage.steps.map(\.lane.value)
            #expect(Set(lanes).count == lanes.count, "stage \(stage.id.value)")
        }
    }
}
