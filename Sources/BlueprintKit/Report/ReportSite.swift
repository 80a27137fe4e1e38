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

    /// Builds the site of a checked workspace. Diagrams that Graphviz cannot draw are replaced by
    /// the reason, so one bad blueprint does not lose the report.
    public init(_ result: CheckResult, name: String? = nil) {
        var cache = DiagramCache()
        self.init(result, name: name, cache: &cache)
    }

    /// Builds the site, laying out only the diagrams `cache` does not hold, and keeping them in it
    /// (`serve`, which draws the report again on every save). The files are those of `init(_:name:)`.
    public init(_ result: CheckResult, name: String? = nil, cache: inout DiagramCache) {
        let workspace = result.workspace
        let title = name ?? workspace.manifests.first?.name.shown ?? "Service blueprints"
        cache.startDrawing()
        files = ReportPages.site(workspace, title: title, sourceFiles: result.sources.count, diagnostics: result.diagnostics,
                                 diagrams: Self.diagrams(of: workspace, cache: &cache))
    }

    /// Every trace (one per insight), then every blueprint, drawn one after another in file order.
    /// The trace graph is built once for all insights: building it per insight made the report
    /// quadratic in the workspace's size.
    static func diagrams(of workspace: Workspace, cache: inout DiagramCache) -> ReportDiagrams {
        var diagrams = ReportDiagrams()
        let graph = TraceGraph(workspace)
        for insight in workspace.insights where diagrams.traces[insight.id.value] == nil {
            let id = insight.id.value
            do {
                let trace = try Tracing.trace(id, in: graph)
                diagrams.traces[id] = .svg(try cache.svg(TraceDiagram.dot(trace), what: Tracing.what(trace)))
                diagrams.traceSummaries[id] = Tracing.text(trace).split(separator: "\n").first.map(String.init)
            } catch {
                diagrams.traces[id] = .unavailable(error.description)
            }
        }
        for blueprint in workspace.blueprints where diagrams.blueprints[blueprint.id.value] == nil {
            let id = blueprint.id.value
            do {
                let dot = try BlueprintRenderer.dot(id, in: workspace, layoutLimit: BlueprintRenderer.layoutLimit)
                diagrams.blueprints[id] = .svg(try cache.svg(dot, what: "blueprint '\(id)'"))
            } catch {
                diagrams.blueprints[id] = .unavailable(error.description)
            }
        }
        return diagrams
    }

    /// Writes the site into `folder` atomically: built in a sibling folder, then swapped in, so a
    /// failed run never leaves half a site; never over `inputs` or a folder of other files
    /// (`OutputPolicy`).
    public func write(to folder: URL, inputs: OutputPolicy.Inputs = .none) throws(WorkspaceError) {
        try OutputFile.writeFolder(files, to: folder, command: "report", inputs: inputs)
    }
}
