import BlueprintAnalysis
import BlueprintModel

/// The backlog as a CSV file for Jira's importer (System → External system import → CSV).
///
/// Columns: `Issue Id`, `Parent`, `Issue Type`, `Summary`, `Epic Name`, `Epic Link`,
/// `Description`, `Priority`, then one `Labels` column per label: Jira's importer reads
/// repeated columns of one name as the values of a multi-value field, and a label cannot hold a
/// space (spaces in a label become "-"). Epics come first, as rows of type Epic, so that Jira
/// creates them before the stories that point at them. Each story points at its epic twice:
/// `Parent` holds the epic row's `Issue Id` (Jira Cloud), and `Epic Link` its `Epic Name`
/// (Jira Data Center); map whichever your Jira has. Stories follow in priority order, which
/// becomes their rank. The Description is Jira wiki markup: the story, its acceptance criteria as
/// a numbered list, and its ID, estimate, status and what it addresses. RFC 4180 quoting (`CSV`).
public enum JiraCSV {
    /// Jira's limit on a summary.
    static let summaryLimit = 255

    /// The CSV file: a header row, the epics, then the stories.
    public static func document(_ workspace: Workspace) -> String {
        let backlog = Backlog(workspace)
        let epics = backlog.groups.filter { $0.id != nil }
        var epicRow: [String: (issueID: Int, name: String)] = [:]
        for (offset, group) in epics.enumerated() {
            epicRow[group.id!] = (offset + 1, Escape.singleLine(group.shownTitle, limit: summaryLimit))
        }

        let stories = Backlog.ordered(backlog.stories)
        let labelColumns = max(1, stories.map { $0.labels.count }.max() ?? 0)
        let header = ["Issue Id", "Parent", "Issue Type", "Summary", "Epic Name", "Epic Link", "Description", "Priority"]
            + Array(repeating: "Labels", count: labelColumns)
        let noLabels = Array(repeating: "", count: labelColumns)

        var rows: [[String]] = []
        for group in epics {
            let (issueID, name) = epicRow[group.id!]!
            rows.append([String(issueID), "", "Epic", name, name, "", epicDescription(group), ""] + noLabels)
        }
        for (offset, story) in stories.enumerated() {
            let epic = story.epic.flatMap { epicRow[$0.value] }
            let labels = story.labels.map { label($0.shown) }
            rows.append([String(epics.count + offset + 1), epic.map { String($0.issueID) } ?? "", "Story",
                         Escape.singleLine(story.text.shown, limit: summaryLimit), "", epic?.name ?? "",
                         description(story), story.priority?.value.jiraName ?? ""]
                        + labels + noLabels.dropFirst(labels.count))
        }
        return CSV.document(header: header, rows: rows)
    }

    /// A label as Jira takes it: no spaces.
    static func label(_ text: String) -> String {
        String(Escape.singleLine(text).map { $0 == " " ? "-" : $0 })
    }

    static func epicDescription(_ group: Backlog.Group) -> String {
        var lines: [String] = []
        if let goal = group.epic?.goal { lines += ["*Goal:* " + Escape.jiraWiki(goal.shown), ""] }
        lines.append("Epic ID: " + Escape.jiraWiki(group.id ?? ""))
        return lines.joined(separator: "\n")
    }

    static func description(_ story: Story) -> String {
        var lines = [Escape.jiraWiki(story.text.shown), "", "h3. Acceptance criteria"]
        if story.acceptance.isEmpty {
            lines.append("_No acceptance criteria yet._")
        } else {
            lines += story.acceptance.map { "# " + $0.prose(keyword: { "*\($0)*" }, text: Escape.jiraWiki) }
        }
        var facts = ["Story ID: " + Escape.jiraWiki(story.id.value)]
        if let estimate = story.estimate { facts.append("Estimate: \(estimate.value) points") }
        if let status = story.status { facts.append("Status: " + Escape.jiraWiki(status.value.rawValue)) }
        if let priority = story.priorityLabel { facts.append("Priority: " + Escape.jiraWiki(priority)) }
        if !story.addresses.isEmpty {
            facts.append("Addresses: " + story.addresses.map { Escape.jiraWiki($0.value) }.joined(separator: ", "))
        }
        lines += ["", "----", facts.joined(separator: " · ")]
        return lines.joined(separator: "\n")
    }
}
