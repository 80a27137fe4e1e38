import BlueprintDiagnostics

/// What an element is: the one list of kinds, which the symbol table, the trace chain and
/// coverage all speak. The raw value is the word check messages use; `name` is the word shown
/// when an element stands on its own. Participants' IDs are pseudonyms, unique like every other
/// ID. Stages are here for traces only: their IDs are local to a blueprint, so the symbol table
/// never defines one (lanes, likewise local, take part in nothing).
public enum ElementKind: String, Sendable, Hashable, CaseIterable {
    case blueprint, stage, persona, need, step
    case painPoint = "pain point"
    case change, measure
    case excerpt, insight
    case stories, epic, story, role
    case criterion = "acceptance criterion"
    case study, participant
    case notes = "session"
    case codebook, theme, tag, recommendation
    case insights = "insights document"
    case comments = "comments document"
    case comment
}

extension ElementKind {
    /// The kind's name where an element is shown on its own (a trace, coverage, the report): a
    /// need away from its persona is a "persona need". Check messages name the persona beside
    /// it, so they use the short raw value.
    public var name: String { self == .need ? "persona need" : rawValue }

    /// The name in the plural, for counts ("3 acceptance criteria").
    public var plural: String {
        switch self {
        case .story, .stories: "stories"
        case .criterion: "acceptance criteria"
        default: name + "s"
        }
    }

    /// "1 story", "3 acceptance criteria".
    public func counted(_ count: Int) -> String { "\(count) \(count == 1 ? name : plural)" }
}

/// Where an ID is defined.
public struct Definition: Sendable, Hashable {
    public var id: Identifier
    public var kind: ElementKind
    /// The blueprint it belongs to, for steps, pain points, changes and measures.
    public var blueprint: String?
}

/// A place that names another element by ID.
public struct Reference: Sendable, Hashable {
    public var target: Identifier
    /// What the reference may point at.
    public var accepts: [ElementKind]
    /// The key it was written under, for messages ("after", "improves").
    public var key: String
    /// When set, the target must be defined in this blueprint (flow arrows stay inside one).
    public var withinBlueprint: String?
}

/// Every definition and reference of a workspace, in source order.
public struct SymbolTable: Sendable {
    public private(set) var definitions: [Definition] = []
    public private(set) var references: [Reference] = []
    /// Where each ID's first definition is among `definitions`, and where any later ones (the
    /// duplicates) are: one small number an ID rather than an array, of which a large
    /// workspace had a million.
    private var firstIndex: [String: Int] = [:]
    private var laterIndices: [String: [Int]] = [:]

    init(_ workspace: Workspace) {
        for persona in workspace.personas {
            define(persona.id, .persona)
            for need in persona.needs { if let id = need.id { define(id, .need) } }
        }
        for blueprint in workspace.blueprints {
            let owner = blueprint.id.value
            define(blueprint.id, .blueprint)
            if let improves = blueprint.improves { refer(improves, [.blueprint], "improves") }
            for persona in blueprint.personas { refer(persona, [.persona], "persona") }
            for stage in blueprint.stages {
                for step in stage.steps {
                    define(step.id, .step, in: owner)
                    for target in step.after { refer(target, [.step], "after", withinBlueprint: owner) }
                }
            }
            for pain in blueprint.painPoints {
                define(pain.id, .painPoint, in: owner)
                for case .reference(let target) in pain.evidence { refer(target, [.excerpt, .insight], "evidence") }
            }
            for stage in blueprint.stages {
                for change in blueprint.changes(in: stage) where change.stage == nil { define(change.id, .change, in: owner) }
                for measure in blueprint.measures(in: stage) where measure.stage == nil { define(measure.id, .measure, in: owner) }
            }
            for change in blueprint.changes { define(change.id, .change, in: owner) }
            for measure in blueprint.measures { define(measure.id, .measure, in: owner) }
        }
        defineStories(workspace)
        defineResearch(workspace)
        // Indexed once all are known, at the final size: growing the table rehashed every ID
        // several times over.
        firstIndex.reserveCapacity(definitions.count)
        for (index, definition) in definitions.enumerated() {
            if firstIndex[definition.id.value] == nil {
                firstIndex[definition.id.value] = index
            } else {
                laterIndices[definition.id.value, default: []].append(index)
            }
        }
    }

    private mutating func defineStories(_ workspace: Workspace) {
        for collection in workspace.storyCollections {
            define(collection.id, .stories)
            for role in collection.roles {
                define(role.id, .role)
                if let persona = role.persona { refer(persona, [.persona], "persona") }
            }
            for epic in collection.epics { define(epic.id, .epic) }
            for story in collection.stories {
                define(story.id, .story)
                if let epic = story.epic { refer(epic, [.epic], "epic") }
                if let persona = story.persona { refer(persona, [.persona], "persona") }
                if let role = story.role { refer(role, [.role], "role") }
                for target in story.addresses { refer(target, [.painPoint, .change, .recommendation, .need], "addresses") }
                for criterion in story.acceptance { define(criterion.id, .criterion) }
            }
        }
    }

    private mutating func defineResearch(_ workspace: Workspace) {
        for study in workspace.studies { define(study.id, .study) }
        for list in workspace.participantLists {
            refer(list.study, [.study], "study")
            for participant in list.participants {
                define(participant.id, .participant)
                if let persona = participant.persona { refer(persona, [.persona], "persona") }
            }
        }
        for session in workspace.sessions {
            define(session.id, .notes)
            refer(session.study, [.study], "study")
            for participant in session.participants { refer(participant, [.participant], "participants") }
            for excerpt in session.excerpts {
                define(excerpt.id, .excerpt)
                if excerpt.participantWritten, let participant = excerpt.participant { refer(participant, [.participant], "participant") }
                for tag in excerpt.tags { refer(tag, [.tag], "tags") }
                if let step = excerpt.step { refer(step, [.step], "step") }
                if let blueprint = excerpt.blueprint { refer(blueprint, [.blueprint], "blueprint") }
            }
        }
        for codebook in workspace.codebooks {
            define(codebook.id, .codebook)
            if let study = codebook.study { refer(study, [.study], "study") }
            for theme in codebook.allThemes { define(theme.id, .theme) }
            for (tag, _) in codebook.allTags { define(tag.id, .tag) }
        }
        for collection in workspace.insightCollections {
            define(collection.id, .insights)
            if let study = collection.study { refer(study, [.study], "study") }
            for insight in collection.insights {
                define(insight.id, .insight)
                for evidence in insight.evidence { refer(evidence, [.excerpt, .comment], "evidence") }
                for theme in insight.themes { refer(theme, [.theme], "themes") }
                for pain in insight.pains { refer(pain, [.painPoint], "pains") }
            }
            for recommendation in collection.recommendations {
                define(recommendation.id, .recommendation)
                for insight in recommendation.insights { refer(insight, [.insight], "insights") }
                for change in recommendation.changes { refer(change, [.change], "changes") }
            }
        }
        for collection in workspace.commentCollections {
            define(collection.id, .comments)
            if let study = collection.study { refer(study, [.study], "study") }
            for comment in collection.comments {
                define(comment.id, .comment)
                for theme in comment.themes { refer(theme, [.theme], "themes") }
                for tag in comment.tags { refer(tag, [.tag], "tags") }
            }
        }
    }

    private mutating func define(_ id: Identifier, _ kind: ElementKind, in blueprint: String? = nil) {
        guard !id.value.isEmpty else { return }
        definitions.append(Definition(id: id, kind: kind, blueprint: blueprint))
    }

    private mutating func refer(_ target: Identifier, _ accepts: [ElementKind], _ key: String, withinBlueprint: String? = nil) {
        references.append(Reference(target: target, accepts: accepts, key: key, withinBlueprint: withinBlueprint))
    }

    /// The first definition of `id`, if any.
    public func definition(of id: String) -> Definition? { firstIndex[id].map { definitions[$0] } }

    /// Every definition of `id`, in source order; more than one means a duplicate.
    public func definitions(of id: String) -> [Definition] {
        guard let first = firstIndex[id] else { return [] }
        return ([first] + (laterIndices[id] ?? [])).map { definitions[$0] }
    }

    /// Whether `id` has a definition that `matches`.
    public func hasDefinition(of id: String, where matches: (Definition) -> Bool) -> Bool {
        guard let first = firstIndex[id] else { return false }
        return matches(definitions[first]) || (laterIndices[id] ?? []).contains { matches(definitions[$0]) }
    }
}
