import BlueprintDiagnostics
import BlueprintAnalysis
import BlueprintModel

/// The report's research page: the figures of `blueprint research summary` as charts and tables.
/// It shows IDs and counts, never participants' words.
extension ReportPages {
    static func research(_ workspace: Workspace) -> String {
        var body = "<h1>Research</h1>\n"
        guard !(workspace.studies.isEmpty && workspace.sessions.isEmpty && workspace.insights.isEmpty) else {
            return HTML.page(title: "Research", depth: 0, body: body + "<p>The workspace has no research yet (<code>kind: study</code>, <code>notes</code>, <code>codebook</code>, <code>insights</code>).</p>\n")
        }
        let summary = ResearchSummary(workspace)
        let totals = summary.totals
        body += "<p>" + [counted(totals.studies, "study"), counted(totals.participants, "participant"), counted(totals.sessions, "session"),
                        counted(totals.excerpts, "excerpt"), counted(totals.comments, "comment"), counted(totals.insights, "insight"),
                        counted(totals.recommendations, "recommendation")].joined(separator: " · ") + "</p>\n"
        body += HTML.table(caption: "Participants by segment", headers: ["Segment", "Participants", "In a session", "Excerpts"],
                           rows: summary.segments.map { [Escape.html($0.segment), "\($0.participants)", "\($0.interviewed)", "\($0.excerpts)"] })

        body += "<h2>Sampling: planned against recruited</h2>\n"
        for report in summary.sampling {
            body += "<h3>Study <code>\(Escape.html(report.study))</code>: \(report.recruited) recruited against \(report.size) planned\(report.segment.map { " (\(Escape.html($0)) only)" } ?? "")</h3>\n"
            for attribute in report.attributes {
                let rows = attribute.rows.map { (label: $0.label, planned: $0.planned ?? 0, actual: $0.recruited) }
                body += "<figure>\n" + Chart.pairedBars(title: "\(attribute.name): planned against recruited", rows)
                    + "<figcaption>\(Escape.html(attribute.name)): planned (largest remainder of the target shares) against recruited</figcaption>\n</figure>\n"
            }
            body += report.gaps.isEmpty ? "<p>The recruited mix matches the plan.</p>\n" : "<h4>Gaps</h4>\n" + HTML.list(report.gaps) + "\n"
        }

        body += "<h2>Tags</h2>\n"
        let tags = summary.tags.filter { $0.excerpts > 0 }.sorted { $0.excerpts > $1.excerpts }.prefix(25)
        body += "<figure>\n" + Chart.bars(title: "The 25 most used tags, by excerpts", tags.map { Chart.Bar($0.name, $0.excerpts) })
            + "<figcaption>Excerpts per tag (the \(tags.count) most used of \(summary.tags.count))</figcaption>\n</figure>\n"
        let themes = summary.themes.filter { $0.depth == 0 && ($0.excerpts > 0 || $0.comments > 0) }
        body += "<figure>\n" + Chart.bars(title: "Themes, by excerpts", themes.map { Chart.Bar($0.name, $0.excerpts) }, colour: "#7C3AED")
            + "<figcaption>Excerpts per top-level theme, counting the tags of its nested themes</figcaption>\n</figure>\n"
        if !summary.untagged.isEmpty || !summary.unusedTags.isEmpty {
            body += "<p>Untagged excerpts: \(summary.untagged.map { "<code>\(Escape.html($0.excerpt))</code>" }.joined(separator: ", ").ifEmpty("none")). "
            body += "Tags never used: \(summary.unusedTags.map { "<code>\(Escape.html($0.tag))</code>" }.joined(separator: ", ").ifEmpty("none")).</p>\n"
        }

        body += "<h2>Tags that occur together</h2>\n"
        let matrix = summary.excerptCooccurrence
        let top = Array(matrix.tags.enumerated().sorted { matrix.counts[$0.offset].reduce(0, +) > matrix.counts[$1.offset].reduce(0, +) }.prefix(12).map(\.offset)).sorted()
        body += "<figure>\n" + Chart.heatMap(title: "Co-occurrence of the 12 most connected tags on the same excerpt",
                                          labels: top.map { matrix.tags[$0] }, counts: top.map { row in top.map { matrix.counts[row][$0] } })
            + "<figcaption>Excerpts carrying both tags, for the 12 tags most often used together</figcaption>\n</figure>\n"

        body += "<h2>Evidence strength of insights</h2>\n"
        body += HTML.table(caption: "Evidence behind each insight (an insight resting on one participant needs corroboration)",
                           headers: ["Insight", "Excerpts", "Comments", "Participants", "Segments", "Flag", "Trace"],
                           rows: summary.evidence.map { strength in
                               ["<code>\(Escape.html(strength.insight))</code>", "\(strength.excerpts)", "\(strength.comments)",
                                "\(strength.participants.count)", Escape.html(strength.segments.joined(separator: ", ")),
                                strength.flag.map { "<span class=\"warning\">\(Escape.html($0))</span>" } ?? "",
                                "<a href=\"traces.html#\(Escape.html(strength.insight))\">trace</a>"]
                           })
        return HTML.page(title: "Research", depth: 0, body: body)
    }
}
