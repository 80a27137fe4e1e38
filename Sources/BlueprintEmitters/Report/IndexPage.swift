import BlueprintDiagnostics
import BlueprintModel

/// The report's front page: the workspace in figures and a table of its blueprints.
extension ReportPages {
    static func index(_ workspace: Workspace, title: String, sourceFiles: Int, diagnostics: [Diagnostic]) -> String {
        let rows = workspace.blueprints.map { blueprint in
            ["<a href=\"blueprints/\(Escape.html(blueprint.id.value)).html\">\(Escape.html(blueprint.title.shown))</a>",
             blueprint.state.rawValue, Escape.html(blueprint.service?.shown ?? ""), "\(blueprint.stages.count)",
             "\(blueprint.steps.count)", "\(blueprint.painPoints.count)", "\(blueprint.handOffs.count)"]
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        var body = "<h1>\(Escape.html(title))</h1>\n"
        body += "<p>\(sourceFiles) files · <a href=\"diagnostics.html\">\(errors) errors, \(warnings) warnings</a> · <a href=\"personas.html\">\(workspace.personas.count) personas</a></p>\n"
        if !workspace.stories.isEmpty {
            let tested = workspace.stories.filter { !$0.acceptance.isEmpty }.count
            body += "<p><a href=\"stories.html\">\(workspace.stories.count) user stories</a> in \(workspace.epics.count) epics, \(tested) with acceptance criteria</p>\n"
        }
        if !workspace.participants.isEmpty || !workspace.insights.isEmpty {
            body += "<p><a href=\"research.html\">Research</a>: \(workspace.participants.count) participants, \(workspace.excerpts.count) excerpts, <a href=\"traces.html\">\(workspace.insights.count) insights</a>, \(workspace.recommendations.count) recommendations</p>\n"
        }
        body += "<h2>Blueprints</h2>\n"
        body += HTML.table(caption: "Blueprints of the workspace", headers: ["Blueprint", "State", "Service", "Stages", "Steps", "Pain points", "Hand-offs"], rows: rows)
        return HTML.page(title: title, depth: 0, body: body)
    }
}
