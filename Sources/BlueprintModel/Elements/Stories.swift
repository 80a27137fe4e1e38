import BlueprintDiagnostics

/// A `kind: stories` document: a product owner's epics, user stories and acceptance criteria.
public struct StoryCollection: Sendable, Hashable {
    public var id: Identifier
    public var title: Text?
    public var roles: [StoryRole]
    public var epics: [Epic]
    public var stories: [Story]
    public var range: SourceRange
}

/// A role that stories are written for ("As a tenant …") that is not a persona's name.
public struct StoryRole: Sendable, Hashable {
    public var id: Identifier
    /// The role as written after "As a"; defaults to the ID with dashes read as spaces.
    public var name: Text
    /// The persona who plays the role, if any.
    public var persona: Identifier?
    public var range: SourceRange
}

/// A large piece of work that groups stories.
public struct Epic: Sendable, Hashable {
    public var id: Identifier
    public var title: Text
    public var goal: Text?
    public var range: SourceRange
}

/// A user story: who needs what, and why, with the criteria that prove it is done.
public struct Story: Sendable, Hashable {
    /// What to do first: MoSCoW, or a rank where 1 comes first.
    public enum Priority: Sendable, Hashable, Comparable {
        case must, should, could, wont
        case rank(Int)

        /// MoSCoW words, as written in YAML.
        public static let words = ["must", "should", "could", "wont"]

        /// Lower comes first: ranks before MoSCoW words, ranks in order, then must … wont.
        public var order: Int {
            switch self {
            case .rank(let rank): rank
            case .must: 1_000_000
            case .should: 1_000_001
            case .could: 1_000_002
            case .wont: 1_000_003
            }
        }

        public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.order < rhs.order }

        /// As written in YAML: the word, or the number.
        public var label: String {
            switch self {
            case .must: "must"
            case .should: "should"
            case .could: "could"
            case .wont: "wont"
            case .rank(let rank): String(rank)
            }
        }

        /// The nearest of Jira's default priority names.
        public var jiraName: String {
            switch self {
            case .must: "Highest"
            case .should: "High"
            case .could: "Medium"
            case .wont: "Lowest"
            case .rank(let rank): rank <= 1 ? "Highest" : rank <= 3 ? "High" : rank <= 10 ? "Medium" : "Low"
            }
        }
    }

    /// Where a story is in delivery.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case idea, ready
        case inProgress = "in-progress"
        case done
    }

    public var id: Identifier
    public var epic: Identifier?
    public var text: Text
    /// The text read as "As a <role> I need <means> so that <ends>".
    public var parts: StoryText
    public var persona: Identifier?
    public var role: Identifier?
    /// Pain points, gold-standard changes, recommendations or persona needs the story serves.
    public var addresses: [Identifier]
    public var priority: Located<Priority>?
    public var estimate: Located<Int>?
    public var labels: [Text]
    public var status: Located<Status>?
    public var acceptance: [AcceptanceCriterion]
    public var range: SourceRange
}

/// A condition a story must meet to be done: given/when/then, or a checklist item.
public struct AcceptanceCriterion: Sendable, Hashable {
    public enum Form: Sendable, Hashable {
        /// Given a context, when an event happens, then an outcome (and more outcomes).
        case scenario(given: Text?, when: Text?, then: Text?, and: [Text])
        /// A plain statement to tick off.
        case checklist(Text)
    }

    /// Written, or `<story-id>.<n>` counting from 1.
    public var id: Identifier
    /// Whether the ID was written or made up from the story's.
    public var idWritten: Bool
    public var form: Form
    public var range: SourceRange

    /// The criterion in one line of prose.
    public var summary: String {
        switch form {
        case .checklist(let text): return text.value
        case .scenario(let given, let when, let then, let and):
            var parts: [String] = []
            if let given { parts.append("Given \(given.value)") }
            if let when { parts.append("when \(when.value)") }
            if let then { parts.append("then \(then.value)") }
            parts += and.map { "and \($0.value)" }
            return parts.joined(separator: ", ")
        }
    }
}

extension StoryCollection: WorkspaceDocument {
    public func forEachFreeText(_ body: (Text) -> Void) {
        if let title { body(title) }
        for role in roles { body(role.name) }
        for epic in epics {
            body(epic.title)
            if let goal = epic.goal { body(goal) }
        }
        for story in stories {
            body(story.text)
            story.labels.forEach(body)
            for criterion in story.acceptance { criterion.forEachFreeText(body) }
        }
    }

    func declareSymbols(in symbols: inout SymbolTable) {
        symbols.define(id, .stories)
        for role in roles {
            symbols.define(role.id, .role)
            if let persona = role.persona { symbols.refer(persona, [.persona], "persona") }
        }
        for epic in epics { symbols.define(epic.id, .epic) }
        for story in stories {
            symbols.define(story.id, .story)
            if let epic = story.epic { symbols.refer(epic, [.epic], "epic") }
            if let persona = story.persona { symbols.refer(persona, [.persona], "persona") }
            if let role = story.role { symbols.refer(role, [.role], "role") }
            for target in story.addresses { symbols.refer(target, [.painPoint, .change, .recommendation, .need], "addresses") }
            for criterion in story.acceptance { symbols.define(criterion.id, .criterion) }
        }
    }
}

extension AcceptanceCriterion {
    public func forEachFreeText(_ body: (Text) -> Void) {
        switch form {
        case .checklist(let text): body(text)
        case .scenario(let given, let when, let then, let and):
            for text in [given, when, then] { if let text { body(text) } }
            and.forEach(body)
        }
    }
}
