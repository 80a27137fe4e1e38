import BlueprintAnalysis
import BlueprintDiagnostics
import BlueprintModel

/// The backlog's acceptance criteria as Gherkin: a `.feature` file per epic that has criteria
/// (`<epic-id>.feature`; `no-epic.feature` for stories without an epic), `Feature: <epic title>`
/// with the goal as its description.
///
/// - Each given/when/then criterion is one `Scenario: <story id> — <outcome>`, its steps as
///   written (`and` outcomes become `And` steps).
/// - A story's checklist items become the `Then`/`And` steps of one checklist scenario:
///   `Given story <id> is delivered`, `When a <role> checks it`.
/// - A step a criterion leaves out is filled from the story's own text, so every scenario has
///   Given, When and Then: `Given I am a <role>`, `When I <need> <what>`, `Then <so that …>`
///   (or, without those parts, `story <id> is delivered / is used / is done`).
/// - Stories without criteria are listed in a comment at the top of their feature.
///
/// Gherkin has no escapes, so user text is put on one line (`Escape.singleLine`): a line break
/// in it could otherwise start a comment (`#`), a tag (`@`), a table (`|`), a doc string
/// (`"""`) or a keyword line. Text after a keyword on the same line is read literally. The goal
/// line starts with "Goal:", never with a keyword. Scenario and feature names are unique.
public enum GherkinFeatures {
    static let nameLimit = 100

    /// A `.feature` file per epic with acceptance criteria, in backlog order.
    public static func files(_ workspace: Workspace) -> [ExportedFile] {
        let groups = Backlog(workspace).groups.filter { group in group.stories.contains { !$0.acceptance.isEmpty } }
        let names = BacklogExport.uniqueFileNames(groups.map { $0.id ?? "no-epic" }, extension: "feature")
        var featureNames: Set<String> = []
        return zip(groups, names).map { group, name in
            var title = Escape.singleLine(group.id == nil ? "Stories without an epic" : group.shownTitle)
            if featureNames.contains(title) { title += " (\(group.id ?? "no epic"))" }
            featureNames.insert(title)
            return ExportedFile(path: name, text: feature(group, title: title, in: workspace))
        }
    }

    /// Epics with stories but no acceptance criteria at all: they get no feature file.
    public static func epicsWithoutCriteria(_ workspace: Workspace) -> [String] {
        Backlog(workspace).groups.filter { group in
            !group.stories.isEmpty && group.stories.allSatisfy { $0.acceptance.isEmpty }
        }.map { $0.id ?? Backlog.noEpic }
    }

    static func feature(_ group: Backlog.Group, title: String, in workspace: Workspace) -> String {
        var out = "# Acceptance criteria of " + (group.id.map { "the epic \($0)" } ?? "the stories without an epic")
            + ", exported by 'blueprint export backlog --format gherkin'.\n"
            + "# Stories are in priority order. Edit the stories, not this file: the next export replaces it.\n"
        out += "Feature: \(title)\n"
        if let goal = group.epic?.goal { out += "  Goal: \(Escape.singleLine(goal.shown))\n" }

        let untested = group.stories.filter { $0.acceptance.isEmpty }
        if !untested.isEmpty {
            out += "\n  # Stories without acceptance criteria:\n"
            for story in untested {
                out += "  #   \(story.id.value)" + (story.priorityLabel.map { " (\($0))" } ?? "") + ": "
                    + Escape.singleLine(story.text.shown) + "\n"
            }
        }

        var scenarioNames: Set<String> = []
        for story in group.stories {
            for scenario in scenarios(story, in: workspace) {
                var name = scenario.name
                var number = 2
                while scenarioNames.contains(name) {
                    name = "\(scenario.name) (\(number))"
                    number += 1
                }
                scenarioNames.insert(name)
                out += "\n  Scenario: \(name)\n"
                for step in scenario.steps { out += "    \(step.keyword) \(Escape.singleLine(step.text))\n" }
            }
        }
        return out
    }

    struct Step: Equatable {
        var keyword: String
        var text: String
    }

    struct Scenario {
        var name: String
        var steps: [Step]
    }

    /// A scenario per given/when/then criterion, then one for the story's checklist items.
    static func scenarios(_ story: Story, in workspace: Workspace) -> [Scenario] {
        let id = story.id.value
        // The parts are read from the story's text: masked like it.
        let role = (story.parts.role ?? story.role.flatMap { role in workspace.roles.first { $0.id.value == role.value }?.name.value })
            .map(Redaction.displayText)
        let context = role.map { "I am \(article($0)) \($0)" } ?? "story \(id) is delivered"
        let action = story.parts.verb.flatMap { verb in story.parts.means.map { Redaction.displayText("I \(verb) \($0)") } } ?? "story \(id) is used"
        let benefit = story.parts.ends.map(Redaction.displayText) ?? "story \(id) is done"

        var scenarios: [Scenario] = []
        var checklist: [String] = []
        for criterion in story.acceptance {
            switch criterion.form {
            case .checklist(let item):
                checklist.append(item.shown)
            case .scenario(let given, let when, let then, let and):
                var outcomes = [then].compactMap { $0?.shown } + and.map(\.shown)
                if outcomes.isEmpty { outcomes = [benefit] }
                let steps = [Step(keyword: "Given", text: given?.shown ?? context), Step(keyword: "When", text: when?.shown ?? action)]
                    + outcomes.enumerated().map { Step(keyword: $0.offset == 0 ? "Then" : "And", text: $0.element) }
                scenarios.append(Scenario(name: "\(id) — " + Escape.singleLine(outcomes[0], limit: nameLimit), steps: steps))
            }
        }
        if !checklist.isEmpty {
            let steps = [Step(keyword: "Given", text: "story \(id) is delivered"),
                         Step(keyword: "When", text: role.map { "\(article($0)) \($0) checks it" } ?? "it is checked")]
                + checklist.enumerated().map { Step(keyword: $0.offset == 0 ? "Then" : "And", text: $0.element) }
            scenarios.append(Scenario(name: "\(id) — checklist", steps: steps))
        }
        return scenarios
    }
}
