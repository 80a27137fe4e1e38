import BlueprintKit
import Foundation
import Testing

/// The example workspace is what a new user sees first: it must check clean and draw well.
@Suite("The example workspace", .serialized)
struct ExampleWorkspaceTests {
    static func load() throws -> CheckResult {
        let files = try WorkspaceFiles.collect([], currentDirectory: Run.repository)
        return Checker.check(try WorkspaceFiles.read(files, currentDirectory: Run.repository))
    }

    @Test("checks with no findings at all, but for story-quality warnings on the seed's stories")
    func clean() throws {
        let result = try Self.load()
        // The example's stories are the discovery report's, word for word, quirks included:
        // what the story-quality rules say about them is the point of 'blueprint stories check'.
        let storyRules = Set(RuleCatalog.descriptions.filter { $0.stage == .stories }.map(\.id))
        let findings = result.diagnostics.filter { !(storyRules.contains($0.ruleID) && $0.severity == .warning) }
        #expect(findings.isEmpty, "\(findings.map { "\($0.range.file):\($0.range.start.line): \($0.message)" })")
        #expect(result.workspace.blueprints.count >= 6)
        #expect(result.workspace.personas.count >= 8)
    }

    @Test("the gold standard has the 8 stages and 7 rows of the discovery report")
    func goldStandard() throws {
        let blueprint = try #require(try Self.load().workspace.blueprint("gold-standard"))
        #expect(blueprint.stages.map(\.name.value) == [
            "Issue", "Contact", "Request", "Confirm", "Waiting period, tracking or rescheduling",
            "The thing happens", "Resolution", "Feedback on experience",
        ])
        #expect(blueprint.lanes.count == 5)
        #expect(blueprint.stages.allSatisfy { !blueprint.changes(in: $0).isEmpty && !blueprint.measures(in: $0).isEmpty })
    }

    @Test("every blueprint renders to SVG, the same bytes twice in one process")
    func rendersDeterministically() throws {
        let workspace = try Self.load().workspace
        for blueprint in workspace.blueprints {
            let first = try BlueprintRenderer.render(blueprint.id.value, in: workspace, format: .svg)
            #expect(String(decoding: first, as: UTF8.self).contains("<svg"))
            #expect(try BlueprintRenderer.render(blueprint.id.value, in: workspace, format: .svg) == first, "\(blueprint.id.value)")
        }
    }

    @Test("the gold standard renders as SVG with all 8 stage names, and as PNG and PDF")
    func goldStandardFormats() throws {
        let workspace = try Self.load().workspace
        let svg = String(decoding: try BlueprintRenderer.render("gold-standard", in: workspace, format: .svg), as: UTF8.self)
        for name in ["Issue", "Contact", "Request", "Confirm", "Waiting period, tracking or", "rescheduling",
                     "The thing happens", "Resolution", "Feedback on experience"] {
            #expect(svg.contains(">\(name)</text>"), "\(name) is not drawn")
        }
        #expect(try BlueprintRenderer.render("gold-standard", in: workspace, format: .png).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try BlueprintRenderer.render("gold-standard", in: workspace, format: .pdf)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(String(decoding: pdf.suffix(8), as: UTF8.self).contains("%%EOF"))
    }
}
