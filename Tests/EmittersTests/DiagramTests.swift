import BlueprintKit
import BlueprintEmitters
import Foundation
import Testing
import TestSupport

@Suite("Blueprint diagram (DOT)")
struct DiagramTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func workspace() throws -> Workspace {
        let text = try String(contentsOf: fixtures.appendingPathComponent("missed-bin.yaml"), encoding: .utf8)
        let persona = "kind: persona\nid: mr-hamid\nname: Mr Hamid\nrole: customer\n"
        let result = Checker.check([SourceFile(path: "missed-bin.yaml", text: text), SourceFile(path: "p.yaml", text: persona)])
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.message))")
        return result.workspace
    }

    static func dot() throws -> String {
        let workspace = try workspace()
        return BlueprintDiagram.dot(try #require(workspace.blueprint("missed-bin")), personas: workspace.personas)
    }

    @Test("golden DOT for a blueprint using every feature")
    func golden() throws {
        try expectGolden(try Self.dot(), at: Self.fixtures.appendingPathComponent("missed-bin.dot"))
    }

    @Test("user text is escaped: no raw <script> or unescaped quote reaches the DOT")
    func escaping() throws {
        let dot = try Self.dot()
        #expect(!dot.contains("<script>"))
        #expect(dot.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(dot.contains("&amp;"))
        #expect(dot.contains("&quot;quotes&quot;"))
    }

    @Test("the lines of interaction, visibility and internal interaction are drawn in order")
    func lines() throws {
        let dot = try Self.dot()
        let positions = ["// Line of interaction", "// Line of visibility", "// Line of internal interaction"].map {
            dot.range(of: $0)?.lowerBound
        }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        // The custom backstage lane sits with the back stage: no second line of visibility.
        #expect(dot.components(separatedBy: "// Line of visibility").count == 2)
    }

    @Test("pain points are numbered in order and hand-offs between service actors are highlighted")
    func painsAndHandOffs() throws {
        let dot = try Self.dot()
        #expect(dot.contains("<B>P1 medium</B>"))
        #expect(dot.contains("<B>P3 high</B>"))
        // A pain point of the stage as a whole sits in the stage's header, not under a step.
        let header = try #require(dot.split(separator: "\n").first { $0.hasPrefix("  r0c2 [") })
        #expect(header.contains("the whole stage:") && header.contains("<B>P2 critical</B>"))
        #expect(dot.components(separatedBy: "<B>P2 critical</B>").count == 2)
        #expect(dot.contains("3 hand-offs"))
        #expect(dot.components(separatedBy: "color=\"#D9480F\", style=bold").count - 1 == 3)
    }

    @Test("the same blueprint gives the same bytes")
    func deterministic() throws {
        #expect(try Self.dot() == Self.dot())
    }

    @Test("the legend lists only what the diagram shows; a long title wraps to the grid's width; the title names the SVG")
    func legendAndTitle() throws {
        let title = "Apply for a disabled parking permit when you have moved house and your old permit has not yet expired"
        let yaml = """
        kind: blueprint
        id: plain
        title: \(title)
        lanes: [customer]
        stages:
          - id: s
            name: S
            steps: [{id: a, lane: customer, text: Applies}]
        """
        let result = Checker.check([SourceFile(path: "plain.yaml", text: yaml)])
        let dot = BlueprintDiagram.dot(try #require(result.workspace.blueprint("plain")), personas: [])
        #expect(dot.hasPrefix("digraph \"\(title)\" {"))
        for absent in ["→ flow", "hand-off between actors", "pain point (colour", "- - -", "emotion curve"] {
            #expect(!dot.contains(absent), "\(absent)")
        }
        // One stage: 330 points of grid, so the 20-point title wraps at 30 characters.
        #expect(dot.contains("<B>Apply for a disabled parking</B>"))
        #expect(!dot.contains("<B>\(title)</B>"))
        // The full blueprint keeps every entry.
        let full = try Self.dot()
        for present in ["→ flow", "hand-off between actors", "pain point (colour", "lines of interaction, visibility, internal interaction", "emotion curve"] {
            #expect(full.contains(present), "\(present)")
        }
    }
}
