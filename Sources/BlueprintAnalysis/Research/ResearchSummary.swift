import BlueprintModel

/// The figures of `blueprint research summary`: who took part, how often each tag and theme came
/// up (by segment), what is not coded yet, which tags go together, how much each insight rests
/// on, and how recruitment compares with each sampling plan.
///
/// Pure and deterministic: the same workspace always gives the same summary, in codebook, file
/// and written order. It holds IDs and counts, never excerpt or comment text, so it can be shared
/// without exposing anyone's words (participants with `consent: paraphrase` are never quoted).
public struct ResearchSummary: Sendable, Hashable, Codable {
    /// How much research the summary covers.
    public struct Totals: Sendable, Hashable, Codable {
        public var studies: Int
        public var participants: Int
        public var sessions: Int
        public var excerpts: Int
        public var comments: Int
        public var insights: Int
        public var recommendations: Int
    }

    /// The study the summary is limited to, if any.
    public var study: String?
    public var totals: Totals
    /// The segments that occur, in the order of every by-segment figure.
    public var segments: [SegmentCount]
    public var participants: [ParticipantActivity]
    public var tags: [TagFrequency]
    public var themes: [ThemeFrequency]
    public var untagged: [UntaggedExcerpt]
    public var unusedTags: [UnusedTag]
    /// Tags on the same excerpt.
    public var excerptCooccurrence: TagMatrix
    /// Tags on the same participant, across all their excerpts.
    public var participantCooccurrence: TagMatrix
    public var evidence: [EvidenceStrength]
    /// One per study (in scope) with a sampling plan.
    public var sampling: [SamplingReport]

    /// The summary of a workspace, or of one study's documents and the documents that name no
    /// study (a shared codebook, say). An unknown study gives an empty summary; callers check
    /// the ID first.
    public init(_ workspace: Workspace, study: String? = nil) {
        let scope = ResearchScope(workspace, study: study)
        self.study = study
        totals = Totals(studies: scope.studies.count, participants: scope.participants.count, sessions: scope.sessions.count,
                        excerpts: scope.excerpts.count, comments: scope.comments.count, insights: scope.insights.count,
                        recommendations: scope.recommendations.count)
        participants = scope.participantActivity()
        segments = scope.segmentCounts(participants)
        tags = scope.tagFrequencies()
        themes = scope.themeFrequencies()
        untagged = scope.untaggedExcerpts()
        unusedTags = scope.unusedTags()
        (excerptCooccurrence, participantCooccurrence) = scope.cooccurrence()
        evidence = scope.evidenceStrength()
        sampling = scope.studies.compactMap { study in
            study.sampling.map { SamplingReport(study, plan: $0, participants: workspace.sampledParticipants(of: study)) }
        }
    }

    /// Insights whose excerpts all come from one participant.
    public var singleParticipantInsights: [EvidenceStrength] { evidence.filter(\.singleParticipant) }
}
