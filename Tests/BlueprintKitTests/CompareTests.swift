import BlueprintKit
import Foundation
import Testing
import TestSupport

@Suite("Comparing two states")
struct CompareTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/compare")

    @Test("every measure counts what docs/COMPARE.md says")
    func metrics() throws {
        let yaml = """
        kind: blueprint
        id: b
        title: B
        lanes: [customer, frontstage, backstage, {id: crew, type: backstage}]
        stages:
          - id: s
            name: S
            steps:
              - {id: c1, lane: customer, channel: phone, text: Calls, emotion: -2, wait: 30m}
              - {id: c2, lane: customer, text: Waits, emotion: 1, after: [c1], wait: 2h}
              - {id: f1, lane: frontstage, channel: Email, text: Replies, after: [c1], actor: agent}
              - {id: b1, lane: backstage, text: Assigns, after: [f1], actor: scheduler}
              - {id: b2, lane: crew, text: Repairs, after: [b1]}
              - {id: b3, lane: crew, text: Tidies, after: [b2]}
            pains:
              - {id: p1, text: Slow, severity: high, evidence: [{source: Interview}]}

        """
        let blueprint = try #require(Checker.check([SourceFile(path: "b.yaml", text: yaml)]).workspace.blueprint("b"))
        let metrics = ServiceMetrics(blueprint)
        #expect(metrics.touchPoints == 2)
        #expect(metrics.channels == ["email", "phone"])
        #expect(metrics.customerSteps == 2)
        #expect(metrics.handOffs == 2)  // agent → scheduler, scheduler → crew; crew → crew is not one
        #expect(metrics.waitSteps == 2)
        #expect(metrics.waitSeconds == 9_000)
        #expect(metrics.distress == 2)
        #expect(metrics.painPoints == ["high": 1])
        #expect(metrics.stepsPerLane == ["customer": 2, "frontstage": 1, "backstage": 3])
        #expect(metrics.customerEffort == 2 + 2 + 2 + 2)
    }

    @Test("the example's missed bin collection, current against future (golden text and JSON)", arguments: ["txt", "json"])
    func golden(_ format: String) throws {
        let files = try WorkspaceFiles.collect([], currentDirectory: Run.repository)
        let workspace = Checker.check(try WorkspaceFiles.read(files, currentDirectory: Run.repository)).workspace
        let comparison = try Comparison(current: "missed-bin-current", future: "missed-bin-future", in: workspace)
        let output = format == "json" ? comparison.json() : comparison.text()
        let golden = Self.folder.appendingPathComponent("missed-bin.\(format)")
        try expectGolden(output, at: golden)
        #expect(comparison.futureMetrics.customerEffort < comparison.currentMetrics.customerEffort)
    }

    @Test("percentages: a change from zero has none; a cut by half is -50%")
    func percentages() {
        #expect(Comparison.Row(measure: "x", current: 0, future: 3).percent == nil)
        #expect(Comparison.Row(measure: "x", current: 10, future: 5).percent == -50)
    }
}
