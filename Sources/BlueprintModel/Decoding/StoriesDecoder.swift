import BlueprintDiagnostics
import BlueprintSyntax

enum StoriesDecoder {
    static func decode(_ node: Node, problems: Problems) -> StoryCollection? {
        guard let fields = Fields(node, what: "stories", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let title = fields.optional("title", readText)
        let roles = fields.optional("roles", readList(readRole)) ?? []
        let epics = fields.optional("epics", readList(readEpic)) ?? []
        let stories = fields.optional("stories", readList(readStory)) ?? []
        fields.finish()
        guard let id else { return nil }
        return StoryCollection(id: id, title: title, roles: roles, epics: epics, stories: stories, range: node.range)
    }

    /// A role is an ID (its name read from it) or `{id, name, persona}`.
    static func readRole(_ node: Node, _ what: String, _ problems: Problems) -> StoryRole? {
        if node.scalar != nil {
            return readID(node, what, problems).map {
                StoryRole(id: $0, name: Text(roleName($0.value), at: $0.range), persona: nil, range: node.range)
            }
        }
        guard let fields = Fields(node, what: "role", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let name = fields.optional("name", readText)
        let persona = fields.optional("persona", readID)
        fields.finish()
        guard let id else { return nil }
        return StoryRole(id: id, name: name ?? Text(roleName(id.value), at: id.range),
                         persona: persona, range: node.range)
    }

    /// "tenant", "live-out-carer" → "live out carer".
    static func roleName(_ id: String) -> String { String(id.map { $0 == "-" ? " " : $0 }) }

    static func readEpic(_ node: Node, _ what: String, _ problems: Problems) -> Epic? {
        guard let fields = Fields(node, what: "epic", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let title = fields.required("title", readText)
        let goal = fields.optional("goal", readText)
        fields.finish()
        guard let id, let title else { return nil }
        return Epic(id: id, title: title, goal: goal, range: node.range)
    }

    static func readStory(_ node: Node, _ what: String, _ problems: Problems) -> Story? {
        guard let fields = Fields(node, what: "story", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let text = fields.required("text", readText)
        let storyID = id?.value ?? ""
        var criteria: [AcceptanceCriterion] = []
        if let items = fields.node("acceptance") {
            if let sequence = items.sequence {
                for (offset, item) in sequence.enumerated() {
                    if let criterion = readCriterion(item, number: offset + 1, story: storyID, problems: problems) {
                        criteria.append(criterion)
                    }
                }
            } else {
                problems.wrongType(items, expected: "a list", for: "'acceptance'",
                                   help: "write each criterion as a list item: '- given: …'")
            }
        }
        let story = Story(
            id: id ?? Identifier("", at: node.range),
            epic: fields.optional("epic", readID),
            text: text ?? Text("", at: node.range),
            parts: StoryText(text?.value ?? ""),
            persona: fields.optional("persona", readID),
            role: fields.optional("role", readID),
            addresses: fields.optional("addresses", readList(readReference)) ?? [],
            priority: fields.optional("priority", readPriority),
            estimate: fields.optional("estimate", readInteger(in: 0...1000)),
            labels: fields.optional("labels", readList(readText)) ?? [],
            status: fields.optional("status", readChoice(Story.Status.self)),
            acceptance: criteria,
            range: node.range)
        fields.finish()
        return id == nil || text == nil ? nil : story
    }

    /// MoSCoW (`must`, `should`, `could`, `wont`, also "won't") or a rank from 1.
    static func readPriority(_ node: Node, _ what: String, _ problems: Problems) -> Located<Story.Priority>? {
        if let number = node.scalar?.integer {
            guard number >= 1 else {
                problems.error(SchemaRuleID.invalidValue, "\(number) is not a valid rank for \(what)", at: node.range,
                               help: "ranks start at 1 (first); or use must, should, could or wont")
                return nil
            }
            return Located(.rank(number), at: node.range)
        }
        guard let text = readText(node, what, problems) else { return nil }
        switch text.value.lowercased().filter({ $0 != "'" && $0 != "’" }) {
        case "must", "must have": return Located(.must, at: node.range)
        case "should", "should have": return Located(.should, at: node.range)
        case "could", "could have": return Located(.could, at: node.range)
        case "wont", "wont have": return Located(.wont, at: node.range)
        default:
            problems.error(SchemaRuleID.invalidValue, "'\(text.value)' is not a valid value for \(what)", at: node.range,
                           help: Suggestion.didYouMean(text.value, in: Story.Priority.words)
                               ?? "use must, should, could or wont (MoSCoW), or a rank from 1")
            return nil
        }
    }

    /// A criterion is a checklist item (text, or `{id, text}`) or `{given, when, then, and}`.
    static func readCriterion(_ node: Node, number: Int, story: String, problems: Problems) -> AcceptanceCriterion? {
        let defaultID = Identifier("\(story).\(number)", at: node.range)
        if node.scalar != nil {
            return readText(node, "an acceptance criterion", problems).map {
                AcceptanceCriterion(id: defaultID, idWritten: false, form: .checklist($0), range: node.range)
            }
        }
        guard let fields = Fields(node, what: "acceptance criterion", problems: problems) else { return nil }
        let id = fields.optional("id", readID)
        let text = fields.optional("text", readText)
        let given = fields.optional("given", readText)
        let when = fields.optional("when", readText)
        let then = fields.optional("then", readText)
        let and = fields.optional("and", readTextOrList) ?? []
        fields.finish()
        let form: AcceptanceCriterion.Form
        if let text {
            if given != nil || when != nil || then != nil {
                problems.error(SchemaRuleID.invalidValue, "an acceptance criterion has 'text' and 'given/when/then'", at: text.range,
                               help: "write either a checklist item ('text') or a scenario ('given', 'when', 'then'), not both")
            }
            form = .checklist(text)
        } else if given == nil && when == nil && then == nil {
            problems.error(SchemaRuleID.missingKey, "an acceptance criterion needs 'then' (with 'given' and 'when') or 'text'", at: node.range,
                           help: "add 'given: …', 'when: …' and 'then: …', or write the criterion as plain text")
            return nil
        } else {
            form = .scenario(given: given, when: when, then: then, and: and)
        }
        return AcceptanceCriterion(id: id ?? defaultID, idWritten: id != nil, form: form, range: node.range)
    }

    static func readTextOrList(_ node: Node, _ what: String, _ problems: Problems) -> [Text]? {
        if node.sequence != nil { return readList(readText)(node, what, problems) }
        return readText(node, what, problems).map { [$0] }
    }
}
