import BlueprintAnalysis
import BlueprintModel

/// The backlog as GitHub issues: a Markdown body per story (`<story-id>.md`, its criteria as a
/// task list) and `issues.json`, an array of `{title, body, bodyFile, labels, milestone}` in
/// backlog order, for a script that calls `gh issue create` once per entry. The milestone is the
/// epic's title (absent for stories without an epic); titles are the story text on one line,
/// cut to GitHub's 256 characters.
public enum GitHubIssues {
    static let titleLimit = 256

    /// One entry of `issues.json`.
    struct Issue: Encodable {
        var title: String
        var body: String
        var bodyFile: String
        var labels: [String]
        var milestone: String?
        var story: String
    }

    /// A body per story, in backlog order, then `issues.json`.
    public static func files(_ workspace: Workspace) -> [ExportedFile] {
        let entries = Backlog(workspace).groups.flatMap { group in group.stories.map { (group, $0) } }
        let names = BacklogExport.uniqueFileNames(entries.map { $0.1.id.value }, extension: "md")
        var files: [ExportedFile] = []
        var issues: [Issue] = []
        for ((group, story), name) in zip(entries, names) {
            let body = body(story, epic: group)
            files.append(ExportedFile(path: name, text: body))
            issues.append(Issue(title: Escape.singleLine(story.text.shown, limit: titleLimit), body: body, bodyFile: name,
                                labels: story.labels.map { Escape.singleLine($0.shown) },
                                milestone: group.id == nil ? nil : Escape.singleLine(group.shownTitle), story: story.id.value))
        }
        return files + [ExportedFile(path: "issues.json", text: JSONOutput.encode(issues))]
    }

    /// The issue body: the story, its ID and facts, and its criteria as a task list.
    static func body(_ story: Story, epic: Backlog.Group) -> String {
        var out = Escape.markdown(story.text.shown) + "\n\n"
        let facts = ["**Story:** `\(story.id.value)`"] + MarkdownStory.facts(story, epic: epic.id == nil ? nil : epic)
        out += facts.map { "- \($0)" }.joined(separator: "\n") + "\n\n"
        out += "## Acceptance criteria\n\n" + MarkdownStory.criteria(story, checkboxes: true)
        return out
    }
}
