import BlueprintModel

/// How much an insight rests on: excerpts, the people and segments behind them, and comments.
public struct EvidenceStrength: Sendable, Hashable, Codable {
    public var insight: String
    /// Distinct excerpts cited.
    public var excerpts: Int
    /// Distinct comments cited: anonymous, so they add no participant.
    public var comments: Int
    /// The participants who said the cited excerpts, in the order cited.
    public var participants: [String]
    /// Their segments, in `Participant.Segment` order.
    public var segments: [String]
    /// Sessions the cited excerpts come from.
    public var sessions: Int
    /// Cited IDs that are neither an excerpt nor a comment (`check` reports them).
    public var unresolved: Int
    /// True when every cited excerpt comes from one person: a finding to corroborate.
    public var singleParticipant: Bool
    /// The weakness in words, if any: "no evidence", "one participant", "comments only", or
    /// "no participant recorded" (excerpts whose speaker is unknown).
    public var flag: String?

    init(insight: String, excerpts: Int, comments: Int, participants: [String], segments: [String], sessions: Int, unresolved: Int) {
        self.insight = insight
        self.excerpts = excerpts
        self.comments = comments
        self.participants = participants
        self.segments = segments
        self.sessions = sessions
        self.unresolved = unresolved
        singleParticipant = participants.count == 1
        flag = if excerpts + comments == 0 { "no evidence" }
            else if participants.count == 1 { "one participant" }
            else if participants.isEmpty { excerpts == 0 ? "comments only" : "no participant recorded" }
            else { nil }
    }
}

extension ResearchScope {
    func evidenceStrength() -> [EvidenceStrength] {
        insights.map { insight in
            var excerpts: [Excerpt] = []
            var comments = 0
            var unresolved = 0
            for id in insight.evidence.map(\.value).uniqued() {
                if let excerpt = excerpt(id) {
                    excerpts.append(excerpt)
                } else if comment(id) != nil {
                    comments += 1
                } else {
                    unresolved += 1
                }
            }
            let participants = excerpts.compactMap { $0.participant?.value }.uniqued()
            let present = Set(excerpts.compactMap { segment(of: $0) })
            return EvidenceStrength(
                insight: insight.id.value, excerpts: excerpts.count, comments: comments, participants: participants,
                segments: Participant.Segment.allCases.map(\.rawValue).filter(present.contains),
                sessions: Set(excerpts.map(\.session)).count, unresolved: unresolved)
        }
    }
}
