import BlueprintDiagnostics
import BlueprintModel

/// A story for a role nobody has described.
struct StoryRoleKnownRule: Rule, StoryRule {
    static let description = RuleDescription(
        id: "BP048", name: "story-role-known", stage: .stories, severity: .warning,
        summary: "A story's role ('As a <role>') is not a persona or a declared role.",
        rationale: "A role the team knows (a persona with research behind it, or a role declared under a stories document's `roles:`) keeps stories tied to real people and lets tools group them. The role matches a persona's name or title, or a declared role's name or ID, ignoring case, 'a'/'an'/'the' and a plural 's'; 'tenant or leaseholder' is known when both are. A story with `persona:` or `role:` set is for that persona or role. Declare the role (`roles: [tenant]`), or set `persona:` on the story.",
        triggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a ↓waste wizard I need to see every round so that I can plan the week\n",
        ],
        nonTriggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a Customer I need to report a missed bin so that it is collected\n",
            "kind: stories\nid: s\nroles: [tenant, leaseholder]\nstories:\n  - id: a\n    text: As a tenant or leaseholder I need to report a fault so that it gets fixed\n",
            "kind: stories\nid: s\nroles:\n  - id: agent\n    name: contact centre agent\nstories:\n  - id: a\n    text: As contact centre agents we need to see the repair history so that we can answer calls\n",
            "kind: stories\nid: s\nstories:\n  - id: a\n    text: As Mr Hamid I need to know my collection day so that my bin goes out on time\n---\nkind: persona\nid: mr-hamid\nname: Mr Hamid\nrole: customer\n",
            "kind: stories\nid: s\nstories:\n  - id: a\n    text: As a resident I need to know my collection day so that my bin goes out on time\n    persona: mr-hamid\n---\nkind: persona\nid: mr-hamid\nname: Mr Hamid\nrole: customer\n",
        ])

    init() {}

    func check(_ stories: [StoryReading], in workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        var known: [String: String] = [:]
        for persona in workspace.personas {
            for name in [persona.name.value, persona.title?.value, persona.id.value].compactMap({ $0 }) {
                for variant in Self.variants(of: Self.key(name)) { known[variant] = persona.name.value }
            }
        }
        for role in workspace.roles {
            for name in [role.name.value, role.id.value] {
                for variant in Self.variants(of: Self.key(name)) { known[variant] = role.name.value }
            }
        }
        let names = Set(known.values).sorted()
        return stories.compactMap { reading -> Diagnostic? in
            let story = reading.story
            // Without "I need" the role is not told apart from the rest: story-well-formed reports it.
            guard story.persona == nil, story.role == nil, story.parts.verb != nil, let role = story.parts.role, !role.isEmpty else { return nil }
            let key = Self.key(role)
            let isKnown = { (key: String) in Self.variants(of: key).contains { known[$0] != nil } }
            // "tenant or leaseholder" is known when each role is (story-atomic reports the pair).
            let roles = key.split(separator: " ").split(whereSeparator: { ["or", "and", "&", "and/or"].contains($0) })
                .map { Self.key($0.joined(separator: " ")) }
            guard !isKnown(key), !roles.allSatisfy(isKnown) else { return nil }
            let span = reading.spans.role.map { story.text.range(of: $0) } ?? story.text.range
            let declare = "declare it under 'roles:' ('- \(IDSyntax.suggestion(for: key))') or set 'persona:' on the story"
            let help = Suggestion.closest(to: role, in: names).map { "did you mean '\($0)'? Otherwise \(declare)" } ?? declare
            return finding("the role '\(role)' of \(story.named) is not a persona or a declared role", at: span, help: help)
        }
    }

    /// How roles are compared: lower-case words, dashes as spaces, no leading article.
    static func key(_ name: String) -> String {
        var words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map(String.init)
        if let first = words.first, ["a", "an", "the"].contains(first), words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The key and its singular forms: "agents" → "agent", "businesses" → "business".
    static func variants(of key: String) -> [String] {
        var variants = [key]
        if key.hasSuffix("es") { variants.append(String(key.dropLast(2))) }
        if key.hasSuffix("s") { variants.append(String(key.dropLast())) }
        return variants
    }
}
