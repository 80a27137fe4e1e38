import BlueprintDiagnostics
import BlueprintModel

/// A story that does not say who wants what (the Quality User Story framework's "well-formed").
struct StoryWellFormedRule: Rule, StoryRule {
    static let description = RuleDescription(
        id: "BP040", name: "story-well-formed", stage: .stories, severity: .warning,
        summary: "A story does not say who it is for and what they want: 'As a <role> I need <something>'.",
        rationale: "A well-formed story has at least a role and a means (Lucassen et al., the Quality User Story framework): who it is for, and what they want. Without them the team guesses. Write 'As a <role> I need <what> so that <why>'; 'As an', 'I want', 'I can' and 'I would like' are read too.",
        triggering: [
            "kind: stories\nid: s\nstories:\n  - id: a\n    text: ↓Report a missed bin online\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: ↓As a customer, missed bins are collected within two days\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: ↓As a customer I need\n",
        ],
        nonTriggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n",
            "kind: stories\nid: s\nroles: [admin]\nstories:\n  - id: a\n    text: As an admin, I would like to see the log so I can fix errors\n",
        ])

    init() {}

    func check(_ stories: [StoryReading], in workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        stories.compactMap { reading -> Diagnostic? in
            let story = reading.story
            let parts = story.parts
            let example = "'As a customer I need to report a missed bin so that it is collected'"
            if parts.role == nil {
                return finding("\(story.named) does not say who it is for", at: story.text.range,
                               help: "start it with 'As a <role>', e.g. \(example)")
            }
            if parts.verb == nil {
                return finding("\(story.named) does not say what is wanted: there is no 'I need' or 'I want' after 'As a'",
                               at: story.text.range,
                               help: "after the role write 'I need <what>' (or 'I want', 'I can', 'I would like'), e.g. \(example)")
            }
            if parts.means == nil {
                return finding("\(story.named) says who it is for, but nothing follows 'I \(parts.verb ?? "need")'",
                               at: story.text.range,
                               help: "write what they need after 'I \(parts.verb ?? "need")', e.g. \(example)")
            }
            return nil
        }
    }
}
