import BlueprintAnalysis
import BlueprintEmitters
import BlueprintModel

/// `blueprint trace` and `blueprint render trace`: the chain from excerpts to acceptance
/// criteria through one element, as text, JSON or a diagram.
public enum Tracing {
    /// The chain through `id` (nil: the whole workspace), at most `depth` steps each way.
    public static func trace(_ id: String?, in workspace: Workspace, depth: Int? = nil) throws(WorkspaceError) -> Trace {
        try trace(id, in: TraceGraph(workspace), depth: depth)
    }

    /// The chain through `id` in a graph already built, for callers that trace many IDs.
    static func trace(_ id: String?, in graph: TraceGraph, depth: Int? = nil) throws(WorkspaceError) -> Trace {
        guard let id else { return graph.everything }
        do {
            return try graph.trace(id, depth: depth)
        } catch {
            throw .cannotTrace(error, advice: nil)
        }
    }

    /// The trace as an indented tree.
    public static func text(_ trace: Trace) -> String { TraceReport.text(trace) }

    /// The trace as JSON: nodes and edges.
    public static func json(_ trace: Trace) -> String { TraceReport.json(trace) }

    /// The trace drawn left to right along the chain, as DOT or rendered in-process by Graphviz.
    public static func render(_ trace: Trace, format: TraceFormat) throws(WorkspaceError) -> [UInt8] {
        try BlueprintRenderer.draw(TraceDiagram.dot(trace), format: format, what: what(trace))
    }

    /// How errors name the trace's diagram.
    static func what(_ trace: Trace) -> String {
        trace.root.map { "the trace of '\($0.id)'" } ?? "the workspace's trace"
    }
}
