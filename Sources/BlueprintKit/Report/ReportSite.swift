import BlueprintAnalysis
import BlueprintEmitters
import Foundation
import BlueprintModel

/// `blueprint report`: a static site of the workspace that works offline from `file://`. Pure
/// apart from rendering diagrams: the pages are built in memory, then written atomically.
public struct ReportSite {
    /// Relative path and bytes of every file of the site, in a stable order.
    public private(set) var files: [(path: String, bytes: [UInt8])] = []

    /// Builds the site of a checked workspace. Diagrams that Graphviz cannot draw are replaced by
    /// the reason, so one bad blueprint does not lose the report.
    public init(_ result: CheckResult, name: String? = nil) {
        let workspace = result.workspace
        let title = name ?? workspace.manifests.first?.name.shown ?? "Service blueprints"
        add("index.html", index(result, title: title))
        add("personas.html", personas(workspace))
        add("stories.html", storiesPage(workspace))
        add("research.html", researchPage(workspace))
        addTraces(workspace)
        add("diagnostics.html", diagnostics(result))
        for blueprint in workspace.blueprints {
            let id = blueprint.id.value
            var diagram: String
            do {
                let svg = try BlueprintRenderer.render(id, in: workspace, format: .svg)
                add("blueprints/\(id).svg", svg)
                diagram = "<div class=\"diagram\"><img src=\"\(Escape.html(id)).svg\" alt=\"\(Escape.html(altText(blueprint)))\"></div>"
            } catch {
                diagram = "<p class=\"error\">The diagram could not be drawn: \(Escape.html(error.description))</p>"
            }
            add("blueprints/\(id).html", page(blueprint, diagram: diagram, in: workspace))
        }
    }

    mutating func add(_ path: String, _ text: String) { files.append((path, Array(text.utf8))) }
    mutating func add(_ path: String, _ bytes: [UInt8]) { files.append((path, bytes)) }

    func altText(_ blueprint: Blueprint) -> String {
        let stages = blueprint.stages.map(\.name.shown).joined(separator: ", ")
        return "Service blueprint \(blueprint.title.shown): \(blueprint.stages.count) stages (\(stages)), \(blueprint.steps.count) steps, \(blueprint.painPoints.count) pain points"
    }

    func index(_ result: CheckResult, title: String) -> String {
        let workspace = result.workspace
        let rows = workspace.blueprints.map { blueprint in
            ["<a href=\"blueprints/\(Escape.html(blueprint.id.value)).html\">\(Escape.html(blueprint.title.shown))</a>",
             blueprint.state.rawValue, Escape.html(blueprint.service?.shown ?? ""), "\(blueprint.stages.count)",
             "\(blueprint.steps.count)", "\(blueprint.painPoints.count)", "\(blueprint.handOffs.count)"]
        }
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.filter { $0.severity == .warning }.count
        var body = "<h1>\(Escape.html(title))</h1>\n"
        body += "<p>\(result.sources.count) files · <a href=\"diagnostics.html\">\(errors) errors, \(warnings) warnings</a> · <a href=\"personas.html\">\(workspace.personas.count) personas</a></p>\n"
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

    func page(_ blueprint: Blueprint, diagram: String, in workspace: Workspace) -> String {
        var body = "<h1>\(Escape.html(blueprint.title.shown))</h1>\n"
        if let description = blueprint.description { body += "<p>\(Escape.html(description.shown))</p>\n" }
        var facts = ["\(blueprint.state.rawValue.capitalized) state"]
        if let service = blueprint.service { facts.append("service: \(Escape.html(service.shown))") }
        let names = blueprint.personas.map { id in workspace.persona(id.value)?.name.shown ?? id.value }
        if !names.isEmpty { facts.append("persona: \(Escape.html(names.joined(separator: ", ")))") }
        if let improves = blueprint.improves {
            facts.append("improves <a href=\"\(Escape.html(improves.value)).html\">\(Escape.html(improves.value))</a>")
        }
        body += "<p>\(facts.joined(separator: " · "))</p>\n<h2>Diagram</h2>\n\(diagram)\n"

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
                [Escape.html(row.measure), "\(row.current)", "\(row.future)",
                 (row.change > 0 ? "+" : "") + "\(row.change)" + (row.percent.map { " (\(Comparison.percent($0)))" } ?? "")]
            }
            body += "<h2>Compared with the current state</h2>\n"
            body += HTML.table(caption: "\(current.title.shown) compared with this future state (docs/COMPARE.md)",
                               headers: ["Measure", "Current", "Future", "Change"], rows: rows)
        }
        return HTML.page(title: blueprint.title.shown, depth: 1, body: body)
    }

    func evidence(_ pain: PainPoint, insightIDs: Set<String>) -> String {
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
    func explainedBy(_ pain: PainPoint, in workspace: Workspace) -> String {
        let insights = workspace.insights.filter { $0.pains.contains { $0.value == pain.id.value } }
        guard !insights.isEmpty else { return "" }
        return "<p>Explained by " + insights.map { "<a href=\"../traces.html#\(Escape.html($0.id.value))\">\(Escape.html($0.id.value))</a>" }.joined(separator: ", ") + "</p>"
    }

    func personas(_ workspace: Workspace) -> String {
        var body = "<h1>Personas</h1>\n<div class=\"cards\">\n"
        for persona in workspace.personas {
            body += "<section class=\"card\" aria-labelledby=\"\(Escape.html(persona.id.value))\">\n"
            body += "<h2 id=\"\(Escape.html(persona.id.value))\">\(Escape.html(persona.name.shown))</h2>\n"
            var line = persona.role.map { $0.value.rawValue.capitalized } ?? ""
            if let title = persona.title { line += line.isEmpty ? Escape.html(title.shown) : " · " + Escape.html(title.shown) }
            body += "<p><strong>\(line)</strong></p>\n"
            if let summary = persona.summary { body += "<p>\(Escape.html(summary.shown))</p>\n" }
            if let quote = persona.quote { body += "<blockquote>\(Escape.html(quote.shown))</blockquote>\n" }
            for (heading, items) in [("Needs", persona.needs.map(\.text.shown)), ("Positives", persona.positives.map(\.shown)),
                                     ("Negatives", persona.negatives.map(\.shown))] where !items.isEmpty {
                body += "<h3>\(heading)</h3>\n\(HTML.list(items))\n"
            }
            if !persona.attributes.isEmpty {
                body += "<dl>" + persona.attributes.map { "<dt>\(Escape.html($0.name.shown))</dt><dd>\(Escape.html($0.value.shown))</dd>" }.joined() + "</dl>\n"
            }
            body += "</section>\n"
        }
        return HTML.page(title: "Personas", depth: 0, body: body + "</div>\n")
    }

    func diagnostics(_ result: CheckResult) -> String {
        let rows = result.diagnostics.map { diagnostic in
            ["\(Escape.html(diagnostic.range.file)):\(diagnostic.range.start.line):\(diagnostic.range.start.column)",
             "<span class=\"\(diagnostic.severity.rawValue)\">\(diagnostic.severity.rawValue)</span>", diagnostic.ruleID,
             Escape.html(diagnostic.message), Escape.html(diagnostic.help ?? "")]
        }
        var body = "<h1>Diagnostics</h1>\n"
        body += rows.isEmpty ? "<p>No problems: every file checks clean.</p>\n"
            : HTML.table(caption: "Findings of blueprint check, by file and position", headers: ["Where", "Severity", "Rule", "Message", "Help"], rows: rows)
        return HTML.page(title: "Diagnostics", depth: 0, body: body)
    }

    /// Writes the site into `folder` atomically: built in a sibling folder, then swapped in, so a
    /// failed run never leaves half a site; never over `inputs` or a folder of other files
    /// (`OutputPolicy`).
    public func write(to folder: URL, inputs: OutputPolicy.Inputs = .none) throws(WorkspaceError) {
        try OutputFile.writeFolder(files, to: folder, command: "report", inputs: inputs)
    }
}
