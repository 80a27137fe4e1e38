import BlueprintDiagnostics
import BlueprintSyntax

// The document kinds, declared once. A new kind is its keys in `Schema`, its types in
// `Elements/` (conforming to `WorkspaceDocument`: its free text and its IDs), its decoder in
// `Decoding/`, and its lines in this file: a case of `Element`, its decoder in
// `Element.decoders`, its list in `Workspace`, and that list in `documents` and `keeping`. The compiler
// points at each `switch` that misses it; `FreeTextCoverageTests` fails until its free text is
// walked and planted in the privacy fixture.

/// A decoded document of any kind.
public enum Element: Sendable, Hashable {
    case workspace(WorkspaceManifest)
    case blueprint(Blueprint)
    case persona(Persona)
    case stories(StoryCollection)
    case study(Study)
    case participants(ParticipantList)
    case notes(Session)
    case codebook(Codebook)
    case insights(InsightCollection)
    case comments(CommentCollection)
    /// Not a kind: the IDs spelled in what a document's own errors made the decoder leave out
    /// (`Problems.dropping`), carried beside its elements so every way from bytes to a workspace
    /// keeps them.
    case dropped([Identifier])

    /// Each kind's decoder, by the word written after `kind:`.
    static let decoders: [String: @Sendable (Node, Problems) -> Element?] = [
        "workspace": { WorkspaceDecoder.decode($0, problems: $1).map(Element.workspace) },
        "blueprint": { BlueprintDecoder.decode($0, problems: $1).map(Element.blueprint) },
        "persona": { PersonaDecoder.decode($0, problems: $1).map(Element.persona) },
        "stories": { StoriesDecoder.decode($0, problems: $1).map(Element.stories) },
        "study": { ResearchDecoder.study($0, problems: $1).map(Element.study) },
        "participants": { ResearchDecoder.participants($0, problems: $1).map(Element.participants) },
        "notes": { ResearchDecoder.notes($0, problems: $1).map(Element.notes) },
        "codebook": { ResearchDecoder.codebook($0, problems: $1).map(Element.codebook) },
        "insights": { ResearchDecoder.insights($0, problems: $1).map(Element.insights) },
        "comments": { ResearchDecoder.comments($0, problems: $1).map(Element.comments) },
    ]
}

/// What every kind of document tells the rest of the pipeline about itself.
protocol WorkspaceDocument: Sendable {
    /// Every piece of free text the document holds, for checks that read prose (personal data)
    /// and the redactor. A visitor rather than an array: a large workspace holds millions.
    func forEachFreeText(_ body: (Text) -> Void)
    /// Its IDs and the IDs it names, in source order.
    func declareSymbols(in symbols: inout SymbolTable)
    /// Where it is written: its file, for commands that leave out files with errors.
    var range: SourceRange { get }
}

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
    /// The IDs of elements left out because of their own errors (a step without `text`): no
    /// element has them, but the linker knows them, so references to them are not errors too.
    public var dropped: [Identifier] = []

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
        case .dropped(let ids): dropped += ids
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

    /// Every document that holds text or IDs, kind by kind (the order the symbol table lists
    /// definitions in, so the first of two duplicates is always the same one).
    private var documents: [[any WorkspaceDocument]] {
        [personas, blueprints, storyCollections, studies, participantLists, sessions, codebooks, insightCollections, commentCollections]
    }

    /// The documents whose file `keep` accepts, in the same order: what a command draws from
    /// when other files have errors. (Each list of `documents`, and the manifests.)
    public func keeping(files keep: (String) -> Bool) -> Workspace {
        var kept = self
        func filter<Document: WorkspaceDocument>(_ list: inout [Document]) { list.removeAll { !keep($0.range.file) } }
        kept.manifests.removeAll { !keep($0.range.file) }
        filter(&kept.personas)
        filter(&kept.blueprints)
        filter(&kept.storyCollections)
        filter(&kept.studies)
        filter(&kept.participantLists)
        filter(&kept.sessions)
        filter(&kept.codebooks)
        filter(&kept.insightCollections)
        filter(&kept.commentCollections)
        return kept
    }

    /// Every piece of free text in the workspace, of every kind: what BP034 reads and the
    /// redactor masks. `FreeTextCoverageTests` fails when the schema declares a text key this
    /// walk does not reach, so a new kind or key cannot slip past the privacy checks.
    public func forEachFreeText(_ body: (Text) -> Void) {
        for kind in documents { for document in kind { document.forEachFreeText(body) } }
    }

    func declareSymbols(in symbols: inout SymbolTable) {
        for kind in documents { for document in kind { document.declareSymbols(in: &symbols) } }
    }

    /// The IDs and references of every element, for linking rules and tools like `trace`.
    public var symbols: SymbolTable { SymbolTable(self) }
}
