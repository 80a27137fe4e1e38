import BlueprintAnalysis
import BlueprintModel

/// The backlog as JSON: `{name, epics: [{id, title, goal, stories: [...]}]}`, epics in file
/// order (stories without an epic in a last entry whose `id` is absent), stories in priority
/// order, each with its text and the parts read from it, persona (its own or its role's),
/// priority, estimate, status, labels, what it addresses and its criteria. Keys sorted (`JSONOutput`).
public enum BacklogJSON {
    struct Document: Encodable {
        var name: String?
        var epics: [EpicEntry]
    }

    struct EpicEntry: Encodable {
        var id: String?
        var title: String
        var goal: String?
        var declared: Bool
        var stories: [StoryEntry]
    }

    struct StoryEntry: Encodable {
        struct Parts: Encodable {
            var role: String?
            var verb: String?
            var means: String?
            var ends: String?
        }

        var id: String
        var text: String
        var parts: Parts
        var persona: String?
        var role: String?
        var priority: String?
        var estimate: Int?
        var status: String?
        var labels: [String]
        var addresses: [String]
        var acceptance: [CriterionEntry]
    }

    struct CriterionEntry: Encodable {
        var id: String
        var text: String?
        var given: String?
        var when: String?
        var then: String?
        var and: [String]?
    }

    /// The backlog of `workspace` as one JSON document.
    public static func document(_ workspace: Workspace) -> String {
        let epics = Backlog(workspace).groups.map { group in
            EpicEntry(id: group.id, title: group.shownTitle, goal: group.epic?.goal?.shown, declared: group.epic != nil,
                      stories: group.stories.map { entry($0, in: workspace) })
        }
        return JSONOutput.encode(Document(name: workspace.manifests.first?.name.value, epics: epics))
    }

    static func entry(_ story: Story, in workspace: Workspace) -> StoryEntry {
        StoryEntry(
            id: story.id.value, text: story.text.shown,
            // The parts are read from the text: masked like it.
            parts: .init(role: story.parts.role.map(Redaction.displayText), verb: story.parts.verb,
                         means: story.parts.means.map(Redaction.displayText), ends: story.parts.ends.map(Redaction.displayText)),
            persona: workspace.personaID(of: story), role: story.role?.value, priority: story.priorityLabel,
            estimate: story.estimate?.value, status: story.status?.value.rawValue,
            labels: story.labels.map(\.shown), addresses: story.addresses.map(\.value),
            acceptance: story.acceptance.map { criterion in
                switch criterion.form {
                case .checklist(let text):
                    CriterionEntry(id: criterion.id.value, text: text.shown)
                case .scenario(let given, let when, let then, let and):
                    CriterionEntry(id: criterion.id.value, given: given?.shown, when: when?.shown, then: then?.shown,
                                   and: and.isEmpty ? nil : and.map(\.shown))
                }
            })
    }
}
