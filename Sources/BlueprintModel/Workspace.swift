import BlueprintDiagnostics

/// Everything a workspace's documents define, in the order the files were read.
public struct Workspace: Sendable {
    public var manifests: [WorkspaceManifest] = []
    public var blueprints: [Blueprint] = []
    public var personas: [Persona] = []
    public var storyCollections: [StoryCollection] = []
    public var studies: [Study] = []
    public var participantLists: [ParticipantList] = []
    public var sessions: [Session] = []
    public var codebooks: [Codebook] = []
    public var insightCollections: [InsightCollection] = []
    public var commentCollections: [CommentCollection] = []

    public init(elements: [Element] = []) {
        for element in elements { add(element) }
    }

    public mutating func add(_ element: Element) {
        switch element {
        case .workspace(let manifest): manifests.append(manifest)
        case .blueprint(let blueprint): blueprints.append(blueprint)
        case .persona(let persona): personas.append(persona)
        case .stories(let collection): storyCollections.append(collection)
        case .study(let study): studies.append(study)
        case .participants(let list): participantLists.append(list)
        case .notes(let session): sessions.append(session)
        case .codebook(let codebook): codebooks.append(codebook)
        case .insights(let collection): insightCollections.append(collection)
        case .comments(let collection): commentCollections.append(collection)
        }
    }

    // Flattened views, in file order: most tools want every story or excerpt, not documents.

    public var epics: [Epic] { storyCollections.flatMap(\.epics) }
    public var stories: [Story] { storyCollections.flatMap(\.stories) }
    public var roles: [StoryRole] { storyCollections.flatMap(\.roles) }
    public var participants: [Participant] { participantLists.flatMap(\.participants) }
    public var excerpts: [Excerpt] { sessions.flatMap(\.excerpts) }
    public var themes: [Theme] { codebooks.flatMap(\.allThemes) }
    public var tags: [Tag] { codebooks.flatMap { $0.allTags.map(\.tag) } }
    public var insights: [Insight] { insightCollections.flatMap(\.insights) }
    public var recommendations: [Recommendation] { insightCollections.flatMap(\.recommendations) }
    public var comments: [Comment] { commentCollections.flatMap(\.comments) }

    /// The first story with this ID.
    public func story(_ id: String) -> Story? { stories.first { $0.id.value == id } }

    /// The first participant with this ID.
    public func participant(_ id: String) -> Participant? { participants.first { $0.id.value == id } }

    /// The first study with this ID.
    public func study(_ id: String) -> Study? { studies.first { $0.id.value == id } }

    /// The first blueprint with this ID (a duplicate is reported by `check`).
    public func blueprint(_ id: String) -> Blueprint? { blueprints.first { $0.id.value == id } }

    /// The first persona with this ID.
    public func persona(_ id: String) -> Persona? { personas.first { $0.id.value == id } }

    /// The IDs and references of every element, for linking rules and tools like `trace`.
    public var symbols: SymbolTable { SymbolTable(self) }
}
