import BlueprintAnalysis
import BlueprintKit
import BlueprintEmitters
import Foundation
import Testing
import TestSupport

/// `blueprint trace`: the chain from excerpts to acceptance criteria, on a small fixture
/// workspace (Fixtures/trace/workspace) with one participant who agreed to paraphrase only.
@Suite("Traceability", .serialized)
struct TraceTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/trace")
    static let folder = fixtures.appendingPathComponent("workspace")

    /// The words of P02, who consented to paraphrase only: no output may contain them.
    static let paraphrasedWords = ["rang three times", "nobody ever rang me back"]

    static func load() throws -> CheckResult {
        let files = try WorkspaceFiles.collect([folder.path], currentDirectory: folder)
        return Checker.check(try WorkspaceFiles.read(files, currentDirectory: folder))
    }

    static let workspace: Workspace = { try! load().workspace }()
    static let graph = TraceGraph(workspace)

    static func ids(_ trace: Trace, _ position: Trace.Position? = nil) -> Set<String> {
        Set(trace.nodes.map(\.id).filter { position == nil || trace.positions[$0] == position })
    }

    @Test("the fixture workspace is clean, so the trace tests see every link")
    func fixtureIsClean() throws {
        let result = try Self.load()
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        #expect(result.workspace.insights.count == 2)
    }

    @Test("an insight's trace reaches its excerpts upstream, and pain point, blueprint, stories and criteria downstream")
    func insight() throws {
        let trace = try Self.graph.trace("insight-wait")
        #expect(trace.root?.kind == .insight)
        #expect(Self.ids(trace, .upstream) == ["q-black-hole", "q-rang-three-times"])
        #expect(Self.ids(trace, .downstream) == [
            "long-wait", "rec-confirm", "auto-confirmation", "report-eta", "shorter-queues", "confirm-email",
            "report-eta.1", "report-eta.2", "shorter-queues.1", "confirm-email.sent",
        ])
        #expect(Self.ids(trace, .context) == ["bins-current", "bins-current/report", "bins-future", "bins-future/confirm"])
        // Not on the chain through this insight: the other insight, its evidence, unrelated stories.
        for id in ["insight-hold", "q-on-hold", "wc-001", "bin-guide", "no-reply", "calls-council"] {
            #expect(!Self.ids(trace).contains(id), "\(id)")
        }
        let relations = Set(trace.edges.map { "\($0.upstream) \($0.relation.rawValue) \($0.downstream)" })
        #expect(relations.isSuperset(of: [
            "q-black-hole supports insight-wait", "insight-wait explains long-wait", "insight-wait answered by rec-confirm",
            "rec-confirm realises auto-confirmation", "long-wait addressed by report-eta", "report-eta proved by report-eta.1",
            "bins-current contains bins-current/report", "bins-current improved by bins-future",
        ]))
        #expect(trace.counts.map { $0.kind.counted($0.count) } == [
            "2 excerpts", "1 pain point", "1 recommendation", "1 change", "3 stories", "4 acceptance criteria", "2 blueprints", "2 stages",
        ])
    }

    @Test("a story's trace goes up to its pain point, step, insight and excerpts and down to its criteria, not to sibling stories")
    func story() throws {
        let trace = try Self.graph.trace("report-eta")
        #expect(Self.ids(trace, .upstream) == ["long-wait", "calls-council", "insight-wait", "q-black-hole", "q-rang-three-times"])
        #expect(Self.ids(trace, .downstream) == ["report-eta.1", "report-eta.2"])
        // shorter-queues addresses the same pain point but is not downstream of this story.
        #expect(!Self.ids(trace).contains("shorter-queues"))
        #expect(!Self.ids(trace).contains("rec-confirm"))
    }

    @Test("an acceptance criterion's trace goes up to the excerpts, through recommendation, change and persona need")
    func criterion() throws {
        let trace = try Self.graph.trace("confirm-email.sent")
        #expect(Self.ids(trace, .upstream) == [
            "confirm-email", "rec-confirm", "auto-confirmation", "kept-informed", "insight-wait", "q-black-hole", "q-rang-three-times",
        ])
        #expect(Self.ids(trace, .downstream).isEmpty)
        #expect(Self.ids(trace, .context) == ["bins-future", "bins-future/confirm", "mrs-khan"])
    }

    @Test("an excerpt about a stage reaches the stage; tracing the stage reaches the excerpt and what the stage holds")
    func stage() throws {
        let excerpt = try Self.graph.trace("q-on-hold")
        #expect(Self.ids(excerpt, .downstream) == ["insight-hold", "bins-current/report"])
        let stage = try Self.graph.trace("bins-current/report")
        #expect(Self.ids(stage, .traced) == ["bins-current/report", "notices-bin", "calls-council", "long-wait"])
        #expect(Self.ids(stage, .upstream) == ["q-on-hold", "q-black-hole", "insight-wait", "q-rang-three-times"])
        #expect(Self.ids(stage, .downstream).isSuperset(of: ["report-eta", "shorter-queues", "report-eta.1"]))
    }

    @Test("a blueprint's trace covers everything it holds and the blueprint that improves it")
    func blueprint() throws {
        let trace = try Self.graph.trace("bins-current")
        #expect(Self.ids(trace, .traced).isSuperset(of: ["bins-current", "bins-current/confirm", "no-reply", "agent-logs"]))
        #expect(Self.ids(trace, .context) == ["bins-future"])
        #expect(Self.ids(trace, .upstream).isSuperset(of: ["q-on-hold", "q-rang-three-times", "insight-wait"]))
    }

    @Test("--depth stops after that many links each way and says where the chain goes on")
    func depth() throws {
        let trace = try Self.graph.trace("insight-wait", depth: 1)
        #expect(Self.ids(trace, .downstream) == ["long-wait", "rec-confirm"])
        #expect(trace.cutOff == ["long-wait", "rec-confirm"])
        #expect(TraceReport.text(trace).contains("(more beyond --depth 1)"))
        #expect(Self.ids(try Self.graph.trace("insight-wait", depth: 0)) == ["insight-wait"])
    }

    @Test("an unknown ID gets a did-you-mean; an ID outside the chain says what it is")
    func unknown() {
        #expect(throws: TraceError(id: "insight-wiat", kind: nil, suggestion: "insight-wait")) {
            try Self.graph.trace("insight-wiat")
        }
        #expect(throws: WorkspaceError.cannotTrace(TraceError(id: "insight-wiat", kind: nil, suggestion: "insight-wait"), advice: nil)) {
            try Tracing.trace("insight-wiat", in: Self.workspace)
        }
        // A stage's own ID is local to its blueprint: the suggestion is the full one.
        #expect(throws: TraceError(id: "confirm", kind: nil, suggestion: "bins-current/confirm")) {
            try Self.graph.trace("confirm")
        }
        #expect(throws: TraceError(id: "P01", kind: .participant, suggestion: nil)) {
            try Self.graph.trace("P01")
        }
        let far = TraceError(id: "zzzzzzzz", kind: nil, suggestion: nil)
        #expect(throws: far) { try Self.graph.trace("zzzzzzzz") }
        #expect(far.description.contains("give the ID of an element the workspace defines"))
    }

    @Test("text, JSON and DOT of the insight's trace match their goldens")
    func goldens() throws {
        let trace = try Self.graph.trace("insight-wait")
        try expectGolden(TraceReport.text(trace), at: Self.fixtures.appendingPathComponent("insight-wait.txt"))
        try expectGolden(TraceReport.json(trace), at: Self.fixtures.appendingPathComponent("insight-wait.json"))
        try expectGolden(TraceDiagram.dot(trace), at: Self.fixtures.appendingPathComponent("insight-wait.dot"))
        try expectGolden(TraceReport.text(try Self.graph.trace("bins-current")), at: Self.fixtures.appendingPathComponent("bins-current.txt"))
    }

    @Test("the paraphrase-only participant's words appear in no trace output; the quoting participant's do")
    func consent() throws {
        var outputs: [String] = []
        for id in Self.graph.nodes.keys.sorted() {
            let trace = try Self.graph.trace(id)
            outputs += [TraceReport.text(trace), TraceReport.json(trace), TraceDiagram.dot(trace)]
        }
        let everything = Self.graph.everything
        outputs += [TraceReport.text(everything), TraceReport.json(everything), TraceDiagram.dot(everything)]
        outputs.append(String(decoding: try Tracing.render(everything, format: .svg), as: UTF8.self))
        for output in outputs {
            for words in Self.paraphrasedWords { #expect(!output.contains(words)) }
        }
        let text = TraceReport.text(try Self.graph.trace("q-rang-three-times"))
        #expect(text.contains("[paraphrase only: P02 did not consent to quotation]"))
        #expect(TraceReport.text(try Self.graph.trace("q-black-hole")).contains("Things just go into a big black hole"))
    }

    @Test("the trace renders to SVG with Graphviz, every label escaped")
    func svg() throws {
        let trace = try Self.graph.trace("insight-wait")
        let svg = String(decoding: try Tracing.render(trace, format: .svg), as: UTF8.self)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("</svg>"))
        // Graphviz writes a hyphen in SVG text as &#45;.
        let readable = svg.replacingOccurrences(of: "&#45;", with: "-")
        for text in ["insight-wait", "long-wait", "report-eta.1", "confirm-email.sent", "Confirm every report"] {
            #expect(readable.contains(text), "\(text)")
        }
        // The pain point's "<and>" is text, not markup.
        #expect(svg.contains("Waits on hold &lt;and&gt; is not"))
        #expect(!svg.contains("<and>"))
        #expect(svg.contains("answered by"))
        // The excerpt whose participant agreed to paraphrase only shows the notice.
        #expect(readable.contains("[paraphrase only: P02 did not"))
        let png = try Tracing.render(trace, format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test("the same workspace gives byte-identical output every time")
    func deterministic() throws {
        let again = TraceGraph(try Self.load().workspace)
        for id in ["insight-wait", "bins-current", "confirm-email.sent"] {
            let (first, second) = (try Self.graph.trace(id), try again.trace(id))
            #expect(TraceReport.text(first) == TraceReport.text(second))
            #expect(TraceReport.json(first) == TraceReport.json(second))
            #expect(TraceDiagram.dot(first) == TraceDiagram.dot(second))
        }
        let trace = try Self.graph.trace("insight-wait")
        #expect(try Tracing.render(trace, format: .svg) == Tracing.render(trace, format: .svg))
    }
}
