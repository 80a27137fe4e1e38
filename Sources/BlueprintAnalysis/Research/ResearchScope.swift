import BlueprintDiagnostics
import BlueprintModel

/// The part of a workspace a research summary covers, with the look-ups every figure needs.
///
/// With a study, documents that name that study are in scope and documents that may leave the
/// study out (codebooks, insights, comments) and do are shared by every study; sessions and
/// participants always name theirs. Tags and themes of another study's codebook are borrowed
/// when the study's excerpts, comments or insights use them (a webinar's comments coded with the
/// discovery's themes), so nothing the study used goes uncounted, and nothing it did not use is
/// listed as unused. Without a study, everything is in scope.
struct ResearchScope {
    let studies: [Study]
    let participants: [Participant]
    let sessions: [Session]
    let excerpts: [Excerpt]
    /// Every tag in scope, in codebook order, with the theme it sits in.
    let tags: [(tag: Tag, theme: Theme?)]
    /// Every theme in scope, nested ones after their parent.
    let themes: [Theme]
    let insights: [Insight]
    let recommendations: [Recommendation]
    let comments: [Comment]
    /// Segments that occur among the participants in scope and the speakers of its excerpts,
    /// in the order `Participant.Segment` declares them: the columns of every by-segment figure.
    let segments: [String]

    /// Every participant of the workspace by ID (the first, if an ID is duplicated), so an
    /// excerpt attributed to someone of another study still counts them.
    private let participantByID: [String: Participant]
    private let excerptByID: [String: Excerpt]
    private let commentByID: [String: Comment]

    init(_ workspace: Workspace, study: String?) {
        func inScope(_ owner: Identifier?) -> Bool { study == nil || owner == nil || owner?.value == study }
        studies = workspace.studies.filter { study == nil || $0.id.value == study }
        participants = workspace.participants.filter { inScope($0.study) }
        sessions = workspace.sessions.filter { inScope($0.study) }
        excerpts = sessions.flatMap(\.excerpts)
        let collections = workspace.insightCollections.filter { inScope($0.study) }
        insights = collections.flatMap(\.insights)
        recommendations = collections.flatMap(\.recommendations)
        comments = workspace.commentCollections.filter { inScope($0.study) }.flatMap(\.comments)
        (tags, themes) = Self.codes(of: workspace, own: { inScope($0.study) }, excerpts: excerpts, comments: comments, insights: insights)

        var participantByID: [String: Participant] = [:]
        for participant in workspace.participants where participantByID[participant.id.value] == nil {
            participantByID[participant.id.value] = participant
        }
        self.participantByID = participantByID
        var excerptByID: [String: Excerpt] = [:]
        for excerpt in workspace.excerpts where excerptByID[excerpt.id.value] == nil { excerptByID[excerpt.id.value] = excerpt }
        self.excerptByID = excerptByID
        var commentByID: [String: Comment] = [:]
        for comment in workspace.comments where commentByID[comment.id.value] == nil { commentByID[comment.id.value] = comment }
        self.commentByID = commentByID

        let speakers = excerpts.compactMap { $0.participant.flatMap { participantByID[$0.value] } }
        let present = Set((participants + speakers).compactMap { $0.segment?.value })
        segments = Participant.Segment.allCases.filter(present.contains).map(\.rawValue)
    }

    func participant(_ id: String) -> Participant? { participantByID[id] }
    func excerpt(_ id: String) -> Excerpt? { excerptByID[id] }
    func comment(_ id: String) -> Comment? { commentByID[id] }

    /// The segment of whoever said an excerpt, if known.
    func segment(of excerpt: Excerpt) -> String? {
        excerpt.participant.flatMap { participantByID[$0.value]?.segment?.value.rawValue }
    }

    /// The tags and themes of the codebooks in scope, and those of other codebooks that the
    /// excerpts, comments or insights in scope use (with the themes around them).
    private static func codes(of workspace: Workspace, own: (Codebook) -> Bool, excerpts: [Excerpt], comments: [Comment],
                              insights: [Insight]) -> ([(tag: Tag, theme: Theme?)], [Theme]) {
        let used = Set(excerpts.flatMap { $0.tags.map(\.value) } + comments.flatMap { $0.tags.map(\.value) })
        var parent: [String: String] = [:]
        for theme in workspace.themes where parent[theme.id.value] == nil { parent[theme.id.value] = theme.parent }
        var reached = Set<String>()
        func reach(_ id: String) {
            var current: String? = id
            // Stops at a theme already reached: its parents are too (and a loop of duplicates ends).
            while let theme = current, reached.insert(theme).inserted { current = parent[theme] }
        }
        for codebook in workspace.codebooks where !own(codebook) {
            for (tag, theme) in codebook.allTags where used.contains(tag.id.value) { theme.map { reach($0.id.value) } }
        }
        for id in comments.flatMap(\.themes) + insights.flatMap(\.themes) { reach(id.value) }
        let tags = workspace.codebooks.flatMap { codebook in
            codebook.allTags.filter { own(codebook) || used.contains($0.tag.id.value) }
        }
        let themes = workspace.codebooks.flatMap { codebook in
            codebook.allThemes.filter { own(codebook) || reached.contains($0.id.value) }
        }
        return (tags, themes)
    }
}

/// "file:line:column", the way diagnostics and editors name a place.
func location(_ range: SourceRange) -> String {
    "\(range.file):\(range.start.line):\(range.start.column)"
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrence kept: figures count each thing once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
