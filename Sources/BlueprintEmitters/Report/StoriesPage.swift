import BlueprintDiagnostics
import BlueprintAnalysis
import BlueprintModel
import Foundation

/// The report's backlog page: acceptance-criteria coverage as figures and as a matrix, then every
/// epic's stories with their criteria.
extension ReportPages {
    static func stories(_ workspace: Workspace) -> String {
        var body = "<h1>Stories and acceptance-criteria coverage</h1>\n"
        guard !workspace.stories.isEmpty else {
            return HTML.page(title: "Stories", depth: 0, body: body + "<p>The workspace has no user stories yet (<code>kind: stories</code>).</p>\n")
        }
        let coverage = Coverage(workspace)
        body += "<p>\(counted(workspace.stories.count, "story")) in \(counted(coverage.epics.filter { $0.id != nil }.count, "epic")). A pain point, change, recommendation or need is <strong>covered</strong> when a story with acceptance criteria addresses it, <strong>untested</strong> when only stories without criteria do, and a <strong>gap</strong> when no story does.</p>\n"
        let figureRows = coverage.figures.map { figure in
            [Escape.html(figure.label), "\(figure.covered)", figure.untested.map(String.init) ?? "—", "\(figure.gaps)", "\(figure.total)",
             figure.percent.map { String(format: "%.1f%%", $0) } ?? "—"]
        }
        body += HTML.table(caption: "Coverage figures (blueprint coverage)", headers: ["Figure", "Covered", "Untested", "Gaps", "Total", "Coverage"], rows: figureRows)

        // The matrix: one row per epic, one column per kind of target, each cell "covered / total".
        body += "<h2>Coverage matrix by epic</h2>\n"
        let kinds = Coverage.targetKinds
        let storiesByID = Dictionary(workspace.stories.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        // Counted in one pass over the targets (epic by epic, each target was filtered again for
        // every epic and kind: quadratic). A target is touched by an epic when a story of the epic
        // addresses it, tested when such a story has acceptance criteria.
        var epicsOfStory: [String: Set<Int>] = [:]
        let epicsByID = Dictionary(grouping: coverage.epics.indices, by: { coverage.epics[$0].id })
        for story in workspace.stories {
            for index in epicsByID[story.epic?.value] ?? [] { epicsOfStory[story.id.value, default: []].insert(index) }
        }
        var touched = [[Int]](repeating: [Int](repeating: 0, count: kinds.count), count: coverage.epics.count)
        var tested = touched
        let kindIndex = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        for target in coverage.targets {
            guard let kind = kindIndex[target.kind] else { continue }
            var touching: Set<Int> = [], testing: Set<Int> = []
            for story in target.addressedBy {
                guard let epics = epicsOfStory[story] else { continue }
                touching.formUnion(epics)
                if !(storiesByID[story]?.acceptance.isEmpty ?? true) { testing.formUnion(epics) }
            }
            for epic in touching { touched[epic][kind] += 1 }
            for epic in testing { tested[epic][kind] += 1 }
        }
        let matrixRows = coverage.epics.enumerated().map { index, epic -> [String] in
            var row = [Escape.html(epic.title), "\(epic.withCriteria) / \(epic.stories)"]
            for kind in kinds.indices {
                row.append(touched[index][kind] == 0 ? "—" : "\(tested[index][kind]) / \(touched[index][kind])")
            }
            return row
        }
        body += HTML.table(caption: "Per epic: stories with criteria, and the targets its stories address that a tested story of the epic covers",
                           headers: ["Epic", "Stories with criteria"] + kinds.map { $0.name.capitalized + "s" }, rows: matrixRows)

        let open = coverage.targets.filter { $0.status != .covered }
        body += "<h2>Gaps and untested targets</h2>\n"
        body += open.isEmpty ? "<p>Every pain point, change, recommendation and need is covered by a tested story.</p>\n"
            : HTML.table(caption: "What no tested story covers", headers: ["Status", "Kind", "ID", "Text", "Addressed by"], rows: open.map { target in
                ["<span class=\"\(target.status == .gap ? "error" : "warning")\">\(target.status.rawValue)</span>", Escape.html(target.kind.name),
                 "<code>\(Escape.html(target.id))</code>", Escape.html(target.text),
                 target.addressedBy.map { "<a href=\"#\(Escape.html($0))\">\(Escape.html($0))</a>" }.joined(separator: ", ")]
            })

        body += "<h2>Backlog by epic</h2>\n"
        for group in Backlog(workspace, order: .priority).groups {
            body += "<h3 id=\"\(Escape.html(group.id ?? "no-epic"))\">\(Escape.html(group.shownTitle))</h3>\n"
            let rows = group.stories.map { story -> [String] in
                let criteria = story.acceptance.map { Redaction.displayText($0.summary) }
                return ["<span id=\"\(Escape.html(story.id.value))\"><code>\(Escape.html(story.id.value))</code></span>",
                        Escape.html(story.text.shown), Escape.html(story.priority?.value.label ?? ""),
                        criteria.isEmpty ? "<span class=\"warning\">none</span>" : HTML.list(criteria)]
            }
            body += HTML.table(caption: "Stories of \(group.shownTitle), by priority", headers: ["Story", "Text", "Priority", "Acceptance criteria"], rows: rows)
        }
        return HTML.page(title: "Stories", depth: 0, body: body)
    }
}
