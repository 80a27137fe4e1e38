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
        body += "<p>\(counted(sourceFiles, "file")) · <a href=\"diagnostics.html\">\(counted(errors, "error")), \(counted(warnings, "warning"))</a> · <a href=\"personas.html\">\(counted(workspace.personas.count, "persona"))</a></p>\n"
        if !workspace.stories.isEmpty {
            let tested = workspace.stories.filter { !$0.acceptance.isEmpty }.count
            body += "<p><a href=\"stories.html\">\(counted(workspace.stories.count, "user story"))</a> in \(counted(workspace.epics.count, "epic")), \(tested) with acceptance criteria</p>\n"
        }
        if !workspace.participants.isEmpty || !workspace.insights.isEmpty {
            body += "<p><a href=\"research.html\">Research</a>: \(counted(workspace.participants.count, "participant")), \(counted(workspace.excerpts.count, "excerpt")), <a href=\"traces.html\">\(counted(workspace.insights.count, "insight"))</a>, \(counted(workspace.recommendations.count, "recommendation"))</p>\n"
        }
        body += "<h2>Blueprints</h2>\n"
        body += HTML.table(caption: "Blueprints of the workspace", headers: ["Blueprint", "State", "Service", "Stages", "Steps", "Pain points", "Hand-offs"], rows: rows)
        return HTML.page(title: title, depth: 0, body: body)
    }
}
