import BlueprintDiagnostics
import BlueprintAnalysis
import BlueprintModel

/// The backlog as one Markdown page: epics in file order, each epic's stories in priority
/// order, each story with its facts and acceptance criteria. User text is escaped (`Escape.markdown`).
public enum MarkdownBacklog {
    /// The whole backlog page.
    public static func document(_ workspace: Workspace) -> String {
        let backlog = Backlog(workspace)
        let stories = backlog.stories
        let tested = stories.filter { !$0.acceptance.isEmpty }.count
        let epics = backlog.groups.filter { $0.id != nil }.count
        let name = workspace.manifests.first?.name.value
        var out = "# Backlog" + (name.map { ": " + Escape.markdown($0) } ?? "") + "\n\n"
        out += "\(count(stories.count, "story", "stories")) in \(count(epics, "epic", "epics")); "
            + "\(tested) with acceptance criteria. Within each epic, stories are in priority order "
            + "(ranks, then must, should, could, won't; unprioritised last).\n"
        for group in backlog.groups {
            out += "\n## " + (group.id == nil ? "Stories without an epic" : Escape.markdown(group.shownTitle)) + "\n\n"
            if let goal = group.epic?.goal { out += "Goal: " + Escape.markdown(goal.shown) + "\n\n" }
            out += (group.id.map { "Epic `\($0)`: " } ?? "") + count(group.stories.count, "story", "stories") + ".\n"
            for story in group.stories {
                out += "\n### `\(story.id.value)`\n\n"
                out += Escape.markdown(story.text.shown) + "\n\n"
                let facts = MarkdownStory.facts(story, epic: nil)
                if !facts.isEmpty { out += facts.map { "- \($0)" }.joined(separator: "\n") + "\n\n" }
                if !story.acceptance.isEmpty { out += "Acceptance criteria:\n\n" }
                out += MarkdownStory.criteria(story, checkboxes: false)
            }
        }
        return out
    }

    static func count(_ number: Int, _ one: String, _ many: String) -> String { counted(number, one, plural: many) }
}

/// A story's parts in Markdown, shared by the backlog page and the GitHub issue bodies.
enum MarkdownStory {
    /// "**Priority:** must", "**Estimate:** 3 points" …, for what the story has.
    static func facts(_ story: Story, epic: Backlog.Group?) -> [String] {
        var facts: [String] = []
        if let epic {
            facts.append("**Epic:** " + Escape.markdown(epic.shownTitle) + (epic.epic != nil ? " (`\(epic.id ?? "")`)" : ""))
        }
        if let priority = story.priorityLabel { facts.append("**Priority:** \(priority)") }
        if let estimate = story.estimate { facts.append("**Estimate:** \(counted(estimate.value, "point"))") }
        if let status = story.status { facts.append("**Status:** \(status.value.rawValue)") }
        if !story.labels.isEmpty { facts.append("**Labels:** " + story.labels.map { Escape.markdown($0.shown) }.joined(separator: ", ")) }
        if !story.addresses.isEmpty { facts.append("**Addresses:** " + story.addresses.map { "`\($0.value)`" }.joined(separator: ", ")) }
        return facts
    }

    /// The criteria as a list (a task list with `checkboxes`), or a line saying there are none.
    static func criteria(_ story: Story, checkboxes: Bool) -> String {
        guard !story.acceptance.isEmpty else { return "*No acceptance criteria yet.*\n" }
        let marker = checkboxes ? "- [ ] " : "- "
        return story.acceptance.map { criterion in
            marker + criterion.prose(keyword: { "**\($0)**" }, text: Escape.markdown) + "\n"
        }.joined()
    }
}
