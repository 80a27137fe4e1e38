import BlueprintAnalysis
import BlueprintEmitters
import BlueprintModel
import Foundation

/// `blueprint report`: a static site of the workspace that works offline from `file://`. The
/// diagrams are drawn here, the one step that needs Graphviz; the pages are pure text from
/// `ReportPages` (BlueprintEmitters), built in memory, then written atomically.
public struct ReportSite {
    /// Relative path and bytes of every file of the site, in a stable order.
    public private(set) var files: [(path: String, bytes: [UInt8])] = []

    /// Builds the site of a checked workspace, from the files that are sound. Diagrams that
    /// Graphviz cannot draw are replaced by the reason, so one bad blueprint does not lose the report.
    public init(_ result: CheckResult, name: String? = nil) {
        var cache = DiagramCache()
        self.init(result, name: name, cache: &cache)
    }

    /// Builds the site, laying out only the diagrams `cache` does not hold, and keeping them in it
    /// (`serve`, which draws the report again on every save). The files are those of `init(_:name:)`.
    public init(_ result: CheckResult, name: String? = nil, cache: inout DiagramCache) {
        // Files with errors, and what names them, are left out (`SoundFiles`): a page drawn
        // from half a blueprint misleads. The diagnostics page still lists every finding.
        let workspace = SoundFiles(result).sound(result.workspace)
        let title = name ?? workspace.manifests.first?.name.shown ?? "Service blueprints"
        cache.startDrawing()
        files = ReportPages.site(workspace, title: title, sourceFiles: result.sources.count, diagnostics: result.diagnostics,
                                 diagrams: Self.diagrams(of: workspace, cache: &cache))
    }

    /// A diagram ready to draw: its DOT, how errors name it, and a trace's one-line summary; or
    /// why it cannot be drawn.
    enum Planned: Sendable {
        case dot(String, what: String, summary: String?)
        case unavailable(String)
    }

    /// Every trace (one per insight), then every blueprint, in file order. Their DOT (pure, and
    /// most of a redraw's time when the cache holds the drawings) is written on every core; the
    /// drawing then runs one after another, as Graphviz requires. The trace graph is built once
    /// for all insights: building it per insight made the report quadratic in the workspace's size.
    static func diagrams(of workspace: Workspace, cache: inout DiagramCache) -> ReportDiagrams {
        let graph = TraceGraph(workspace)
        var seen: Set<String> = []
        let traced = workspace.insights.map(\.id.value).filter { seen.insert($0).inserted }
        seen = []
        let drawn = workspace.blueprints.map(\.id.value).filter { seen.insert($0).inserted }
        let planned = [Planned](unsafeUninitializedCapacity: traced.count + drawn.count) { buffer, count in
            let base = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: traced.count + drawn.count) { index in
                (base.base + index).initialize(to: index < traced.count ? plan(trace: traced[index], in: graph)
                                                                   : plan(blueprint: drawn[index - traced.count], in: workspace))
            }
            count = traced.count + drawn.count
        }
        var diagrams = ReportDiagrams()
        for (index, plan) in planned.enumerated() {
            let isTrace = index < traced.count
            let id = isTrace ? traced[index] : drawn[index - traced.count]
            let diagram: ReportDiagrams.Diagram
            switch plan {
            case .unavailable(let reason): diagram = .unavailable(reason)
            case .dot(let dot, let what, let summary):
                do {
                    diagram = .svg(try cache.svg(dot, what: what))
                    if isTrace { diagrams.traceSummaries[id] = summary }
                } catch {
                    diagram = .unavailable(error.description)
                }
            }
            if isTrace { diagrams.traces[id] = diagram } else { diagrams.blueprints[id] = diagram }
        }
        return diagrams
    }

    /// The plans' storage, each slot written by one iteration only.
    private struct Slots: @unchecked Sendable { var base: UnsafeMutablePointer<Planned> }

    private static func plan(trace id: String, in graph: TraceGraph) -> Planned {
        do {
            let trace = try Tracing.trace(id, in: graph)
            return .dot(TraceDiagram.dot(trace), what: Tracing.what(trace), summary: Tracing.text(trace).split(separator: "\n").first.map(String.init))
        } catch {
            return .unavailable(error.description)
        }
    }

    private static func plan(blueprint id: String, in workspace: Workspace) -> Planned {
        do {
            return .dot(try BlueprintRenderer.dot(id, in: workspace, layoutLimit: BlueprintRenderer.layoutLimit), what: "blueprint '\(id)'", summary: nil)
        } catch {
            return .unavailable(error.description)
        }
    }

    /// Writes the site into `folder` atomically: built in a sibling folder, then swapped in, so a
    /// failed run never leaves half a site; never over `inputs` or a folder of other files
    /// (`OutputPolicy`).
    public func write(to folder: URL, inputs: OutputPolicy.Inputs = .none) throws(WorkspaceError) {
        try OutputFile.writeFolder(files, to: folder, command: "report", inputs: inputs)
    }
}
