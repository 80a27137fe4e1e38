import Foundation
import Testing
import TestSupport

/// `blueprint trace` and `blueprint render trace`, run as a user would, on the trace fixture
/// workspace of the Analysis tests (its goldens are shared).
@Suite("The trace commands", .serialized)
struct TraceCommandTests {
    static let fixtures = Run.repository.appendingPathComponent("Tests/AnalysisTests/Fixtures/trace")
    static let workspace = fixtures.appendingPathComponent("workspace")

    @Test("trace prints the golden tree and JSON")
    func trace() throws {
        let text = try Run(["trace", "insight-wait"], in: Self.workspace)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout == (try String(contentsOf: Self.fixtures.appendingPathComponent("insight-wait.txt"), encoding: .utf8)))
        let json = try Run(["trace", "insight-wait", "--format", "json"], in: Self.workspace)
        #expect(json.stdout == (try String(contentsOf: Self.fixtures.appendingPathComponent("insight-wait.json"), encoding: .utf8)))
        let limited = try Run(["trace", "insight-wait", "--depth", "1"], in: Self.workspace)
        #expect(limited.stdout.contains("within 1 step"))
        #expect(!limited.stdout.contains("report-eta"))
    }

    @Test("an unknown ID or a bad depth is a usage error (exit 2) that says how to fix it")
    func mistakes() throws {
        let unknown = try Run(["trace", "insight-wiat"], in: Self.workspace)
        #expect(unknown.status == 2)
        // The fixture's one warning (a pain point no insight explains) is noted first.
        #expect(unknown.stderr.hasSuffix("error: no element 'insight-wiat' in the workspace; did you mean 'insight-wait'?\n"))
        let depth = try Run(["trace", "insight-wait", "--depth=-1"], in: Self.workspace)
        #expect(depth.status == 2)
        #expect(depth.stderr.contains("--depth must be 0 or more"))
        let folder = try Run(["render", "trace", Self.workspace.path, "-o", "-"], in: Self.workspace)
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("add --all"))
    }

    @Test("render trace writes an SVG of one element's chain, or of the whole workspace")
    func render() throws {
        let scratch = try ScratchFolder()
        let svg = scratch.url.appendingPathComponent("out/insight-wait.svg")
        let one = try Run(["render", "trace", "insight-wait", "-o", svg.path], in: Self.workspace)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(try String(contentsOf: svg, encoding: .utf8).contains("Trace of insight insight&#45;wait"))

        let whole = try Run(["render", "trace", "--format", "dot", "-o", "-"], in: Self.workspace)
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(whole.stdout.hasPrefix("digraph trace {"))
        #expect(whole.stdout.contains("The workspace&#39;s trace chain"))
        #expect(whole.stdout.contains("\"insight-hold\""))

        let named = try Run(["render", "trace", "--all", Self.workspace.path, "--format", "dot", "-o", "-"], in: scratch.url)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout.contains("\"insight-hold\""))
    }

    @Test("docs/TRACE.md shows the fixture's trace exactly as the command prints it")
    func documentation() throws {
        let doc = try String(contentsOf: Run.repository.appendingPathComponent("docs/TRACE.md"), encoding: .utf8)
        let golden = try String(contentsOf: Self.fixtures.appendingPathComponent("insight-wait.txt"), encoding: .utf8)
        #expect(doc.contains("```text\n" + golden + "```"))
    }

    @Test("render BLUEPRINT-ID still draws the blueprint")
    func blueprintStillRenders() throws {
        let run = try Run(["render", "bins-current", "--format", "dot", "-o", "-"], in: Self.workspace)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("digraph \"") && !run.stdout.hasPrefix("digraph trace"))
        let explicit = try Run(["render", "blueprint", "bins-current", "--format", "dot", "-o", "-"], in: Self.workspace)
        #expect(explicit.stdout == run.stdout)
    }
}
