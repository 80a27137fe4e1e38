import BlueprintAnalysis
import BlueprintModel

/// The report's traces page: one diagram per insight, the chain from its evidence to the
/// stories that answer it.
extension ReportPages {
    /// The page, and the SVG files its drawn diagrams link to (`traces/ID.svg`), in insight order.
    static func traces(_ workspace: Workspace, diagrams: ReportDiagrams) -> (svgs: [File], page: String) {
        var svgs: [File] = []
        var body = "<h1>Traces</h1>\n<p>Each insight's chain: the excerpts that support it, the pain points it explains, the recommendations and changes that answer it, the stories that deliver them and their acceptance criteria (<code>blueprint trace ID</code>; docs/TRACE.md).</p>\n"
        for insight in workspace.insights {
            let id = insight.id.value
            body += "<section aria-labelledby=\"\(Escape.html(id))\">\n<h2 id=\"\(Escape.html(id))\">\(Escape.html(id))</h2>\n<p>\(Escape.html(insight.statement.shown))</p>\n"
            switch diagrams.traces[id] ?? .unavailable("it was not drawn") {
            case .svg(let svg):
                svgs.append(("traces/\(id).svg", svg))
                let description = diagrams.traceSummaries[id] ?? id
                body += "<div class=\"diagram\"><img src=\"traces/\(Escape.html(id)).svg\" alt=\"\(Escape.html(description))\"></div>\n"
            case .unavailable(let reason):
                body += "<p class=\"error\">The trace could not be drawn: \(Escape.html(reason))</p>\n"
            }
            body += "</section>\n"
        }
        return (svgs, HTML.page(title: "Traces", depth: 0, body: body))
    }
}
