import BlueprintDiagnostics
import BlueprintAnalysis
import BlueprintModel

/// A blueprint's page: its facts, diagram, pain points with their evidence, changes and
/// measures, and the comparison with the current state it improves.
extension ReportPages {
    static func page(_ blueprint: Blueprint, diagram: ReportDiagrams.Diagram, in workspace: Workspace) -> String {
        var body = "<h1>\(Escape.html(blueprint.title.shown))</h1>\n"
        if let description = blueprint.description { body += "<p>\(Escape.html(description.shown))</p>\n" }
        var facts = ["\(blueprint.state.rawValue.capitalized) state"]
        if let service = blueprint.service { facts.append("service: \(Escape.html(service.shown))") }
        let names = blueprint.personas.map { id in workspace.persona(id.value)?.name.shown ?? id.value }
        if !names.isEmpty { facts.append("persona: \(Escape.html(names.joined(separator: ", ")))") }
        if let improves = blueprint.improves {
            facts.append("improves <a href=\"\(Escape.html(improves.value)).html\">\(Escape.html(improves.value))</a>")
        }
        body += "<p>\(facts.joined(separator: " · "))</p>\n<h2>Diagram</h2>\n\(shown(diagram, of: blueprint))\n"

        let stageOfPain = Dictionary(blueprint.stages.flatMap { stage in
            (stage.pains + stage.steps.flatMap(\.pains)).map { ($0.id.value, stage.name.shown) }
        }, uniquingKeysWith: { first, _ in first })
        let insightIDs = Set(workspace.insights.map(\.id.value))
        let painRows = blueprint.painPoints.enumerated().map { offset, pain in
            ["P\(offset + 1)", "<span class=\"\(pain.severity.rawValue)\">\(pain.severity.rawValue)</span>",
             Escape.html(stageOfPain[pain.id.value] ?? ""), Escape.html(pain.text.shown), evidence(pain, insightIDs: insightIDs)
             + explainedBy(pain, in: workspace)]
        }
        body += "<h2>Pain points</h2>\n"
        body += painRows.isEmpty ? "<p>None recorded.</p>\n"
            : HTML.table(caption: "Pain points, numbered as on the diagram", headers: ["#", "Severity", "Stage", "Pain point", "Evidence"], rows: painRows)

        let planRows = blueprint.stages.compactMap { stage -> [String]? in
            let changes = blueprint.changes(in: stage).map(\.text.shown), measures = blueprint.measures(in: stage).map(\.text.shown)
            guard !changes.isEmpty || !measures.isEmpty else { return nil }
            return [Escape.html(stage.name.shown), HTML.list(changes), HTML.list(measures)]
        }
        if !planRows.isEmpty {
            body += "<h2>Changes needed and measures</h2>\n"
            body += HTML.table(caption: "Changes and measures by stage", headers: ["Stage", "Changes needed", "Measurement"], rows: planRows)
        }
        if let improves = blueprint.improves, let current = workspace.blueprint(improves.value) {
            let comparison = Comparison(current: current, future: blueprint)
            let rows = comparison.rows.map { row in
                [Escape.html(row.measure), "\(row.current)", "\(row.future)", ComparisonReport.change(row)]
            }
            body += "<h2>Compared with the current state</h2>\n"
            body += HTML.table(caption: "\(current.title.shown) compared with this future state (docs/COMPARE.md)",
                               headers: ["Measure", "Current", "Future", "Change"], rows: rows)
        }
        return HTML.page(title: blueprint.title.shown, depth: 1, body: body)
    }

    /// The diagram beside the page, described for screen readers, or why it could not be drawn.
    static func shown(_ diagram: ReportDiagrams.Diagram, of blueprint: Blueprint) -> String {
        switch diagram {
        case .svg:
            "<div class=\"diagram\"><img src=\"\(Escape.html(blueprint.id.value)).svg\" alt=\"\(Escape.html(altText(blueprint)))\"></div>"
        case .unavailable(let reason):
            "<p class=\"error\">The diagram could not be drawn: \(Escape.html(reason))</p>"
        }
    }

    static func altText(_ blueprint: Blueprint) -> String {
        let stages = blueprint.stages.map(\.name.shown).joined(separator: ", ")
        return "Service blueprint \(blueprint.title.shown): \(counted(blueprint.stages.count, "stage")) (\(stages)), \(counted(blueprint.steps.count, "step")), \(counted(blueprint.painPoints.count, "pain point"))"
    }

    static func evidence(_ pain: PainPoint, insightIDs: Set<String>) -> String {
        pain.evidence.map { item in
            switch item {
            case .reference(let id):
                // An insight links to its trace; an excerpt is named by ID (its words may be withheld).
                let isInsight = insightIDs.contains(id.value)
                return "<p>" + (isInsight ? "<a href=\"../traces.html#\(Escape.html(id.value))\">\(Escape.html(id.value))</a>"
                    : "<code>\(Escape.html(id.value))</code>") + "</p>"
            case .citation(let quote, let source, _):
                return (quote.map { "<blockquote>\(Escape.html($0.shown))</blockquote>" } ?? "")
                    + (source.map { "<small>\(Escape.html($0.shown))</small>" } ?? "")
            }
        }.joined()
    }

    /// The insights that name the pain point in `pains:`, linked to their traces.
    static func explainedBy(_ pain: PainPoint, in workspace: Workspace) -> String {
        let insights = workspace.insights.filter { $0.pains.contains { $0.value == pain.id.value } }
        guard !insights.isEmpty else { return "" }
        return "<p>Explained by " + insights.map { "<a href=\"../traces.html#\(Escape.html($0.id.value))\">\(Escape.html($0.id.value))</a>" }.joined(separator: ", ") + "</p>"
    }
}
