import BlueprintKit
import Foundation
import Testing
import TestSupport

/// The example workspace is what a new user sees first: it must check clean and draw well.
@Suite("The example workspace", .serialized)
struct ExampleWorkspaceTests {
    static func load() throws -> CheckResult {
        let files = try WorkspaceFiles.collect([], currentDirectory: Run.repository)
        return Checker.check(try WorkspaceFiles.read(files, currentDirectory: Run.repository))
    }

    @Test("checks with no findings at all, but for story-quality warnings on the seed's stories and one BP070")
    func clean() throws {
        let result = try Self.load()
        // The example's stories are the discovery report's, word for word, quirks included:
        // what the story-quality rules say about them is the point of 'blueprint stories check'.
        let storyRules = Set(RuleCatalog.descriptions.filter { $0.stage == .stories }.map(\.id))
        // And one BP070: the discovery's participants are recorded in enough detail to be told
        // apart, which is why a copy for sharing is made with 'research export --redact --k 3'.
        let identifiable = result.diagnostics.filter { $0.ruleID == "BP070" }
        #expect(identifiable.count == 1 && identifiable[0].range.file.hasSuffix("research/participants.yaml")
                && identifiable[0].message.hasPrefix("39 of study 'discovery''s 60 participants"), "\(identifiable.map(\.message))")
        let findings = result.diagnostics.filter { !(storyRules.contains($0.ruleID) && $0.severity == .warning) && $0.ruleID != "BP070" }
        #expect(findings.isEmpty, "\(findings.map { "\($0.range.file):\($0.range.start.line): \($0.message)" })")
        #expect(result.workspace.blueprints.count >= 6)
        #expect(result.workspace.personas.count >= 8)
    }

    @Test("the discovery's stories and research: every seed story, 26 citizens and 33 staff, the 18 insights and recommendations")
    func storiesAndResearch() throws {
        let workspace = try Self.load().workspace
        let seedStories = try String(contentsOf: Run.repository.appendingPathComponent("Tests/BlueprintKitTests/Fixtures/stories/seed-002-stories.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(Set(workspace.stories.map(\.text.value)) == Set(seedStories))
        // At least half have acceptance criteria, and not all: coverage shows real gaps.
        let tested = workspace.stories.filter { !$0.acceptance.isEmpty }.count
        #expect(tested * 2 >= workspace.stories.count && tested < workspace.stories.count)
        #expect(workspace.participants.filter { $0.segment?.value == .citizen }.count == 26)
        #expect(workspace.participants.filter { $0.segment?.value == .staff }.count == 33)
        #expect((1...18).allSatisfy { number in workspace.insights.contains { $0.id.value == "insight-\(number)" } })
        #expect((1...18).allSatisfy { number in workspace.recommendations.contains { $0.id.value == "rec-\(number)" && !$0.measures.isEmpty } })
        #expect(workspace.participants.contains { $0.consent == .paraphrase })
        // Every pain point on a current state is explained by an insight.
        let explained = Set(workspace.insights.flatMap(\.pains).map(\.value))
        for blueprint in workspace.blueprints where blueprint.state == .current {
            for pain in blueprint.painPoints { #expect(explained.contains(pain.id.value), "\(pain.id.value)") }
        }
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
