import BlueprintModel

/// How often something occurs among one segment's participants.
public struct SegmentFrequency: Sendable, Hashable, Codable {
    public var segment: String
    /// Excerpts said by participants of the segment.
    public var excerpts: Int
    /// Distinct participants of the segment.
    public var participants: Int
}

/// What one participant contributed.
public struct ParticipantActivity: Sendable, Hashable, Codable {
    public var participant: String
    public var study: String
    public var segment: String?
    /// Sessions that list them.
    public var sessions: Int
    /// Excerpts attributed to them.
    public var excerpts: Int
    /// Distinct tags on their excerpts.
    public var tags: Int
}

/// The participants of one segment, and how many took part in a session.
public struct SegmentCount: Sendable, Hashable, Codable {
    public var segment: String
    public var participants: Int
    /// Participants listed by at least one session.
    public var interviewed: Int
    public var excerpts: Int
}

/// How often a tag was used: on excerpts, by how many people, and on comments.
public struct TagFrequency: Sendable, Hashable, Codable {
    public var tag: String
    public var name: String
    /// The theme it sits in (the innermost, for nested themes).
    public var theme: String?
    public var excerpts: Int
    /// Distinct participants whose excerpts carry it.
    public var participants: Int
    /// One entry per segment of the summary, zeros included, so the columns line up.
    public var bySegment: [SegmentFrequency]
    public var comments: Int
}

/// How often a theme came up: through its tags and those of its nested themes, through comments
/// assigned to it, and in insights.
public struct ThemeFrequency: Sendable, Hashable, Codable {
    public var theme: String
    public var name: String
    public var parent: String?
    /// 0 for a top-level theme, 1 for a theme nested in it, and so on.
    public var depth: Int
    /// Tags in the theme and its nested themes.
    public var tags: Int
    /// Excerpts carrying any of those tags, each counted once.
    public var excerpts: Int
    public var participants: Int
    public var bySegment: [SegmentFrequency]
    /// Comments assigned to the theme (or a nested one) or carrying one of its tags. Counted
    /// apart from excerpts: comments are anonymous, so they add no participants.
    public var comments: Int
    /// Insights that name the theme or a nested one.
    public var insights: Int
}

/// An excerpt nobody has coded yet.
public struct UntaggedExcerpt: Sendable, Hashable, Codable {
    public var excerpt: String
    public var session: String
    public var participant: String?
    /// "file:line:column".
    public var location: String
}

/// A codebook tag no excerpt or comment uses.
public struct UnusedTag: Sendable, Hashable, Codable {
    public var tag: String
    public var theme: String?
    public var location: String
}

/// Counts excerpts and distinct participants, overall and by segment.
struct Tally {
    private var excerpts = Set<String>()
    private var participants = Set<String>()
    private var bySegment: [String: (excerpts: Set<String>, participants: Set<String>)] = [:]

    mutating func add(_ excerpt: Excerpt, in scope: ResearchScope) {
        excerpts.insert(excerpt.id.value)
        let speaker = excerpt.participant?.value
        if let speaker { participants.insert(speaker) }
        guard let segment = scope.segment(of: excerpt) else { return }
        bySegment[segment, default: ([], [])].excerpts.insert(excerpt.id.value)
        if let speaker { bySegment[segment, default: ([], [])].participants.insert(speaker) }
    }

    var excerptCount: Int { excerpts.count }
    var participantCount: Int { participants.count }

    func segments(_ names: [String]) -> [SegmentFrequency] {
        names.map { SegmentFrequency(segment: $0, excerpts: bySegment[$0]?.excerpts.count ?? 0,
                                     participants: bySegment[$0]?.participants.count ?? 0) }
    }
}

extension ResearchScope {
    /// The theme IDs a theme stands for: itself and every theme it is nested in.
    func themeChains() -> [String: [String]] {
        var parent: [String: String?] = [:]
        for theme in themes where parent[theme.id.value] == nil { parent[theme.id.value] = .some(theme.parent) }
        var chains: [String: [String]] = [:]
        for theme in themes where chains[theme.id.value] == nil {
            var chain = [theme.id.value]
            // Duplicate theme IDs (reported by check) could make a loop of parents; stop at a repeat.
            while case let next?? = parent[chain.last!], !chain.contains(next) { chain.append(next) }
            chains[theme.id.value] = chain
        }
        return chains
    }

    /// For each tag, the themes it counts towards: its own and their ancestors.
    func themesOfTags(_ chains: [String: [String]]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for (tag, theme) in tags where result[tag.id.value] == nil {
            result[tag.id.value] = theme.flatMap { chains[$0.id.value] } ?? []
        }
        return result
    }

    func participantActivity() -> [ParticipantActivity] {
        var sessionCount: [String: Int] = [:]
        for session in sessions {
            for id in session.participants.map(\.value).uniqued() { sessionCount[id, default: 0] += 1 }
        }
        var excerptCount: [String: Int] = [:]
        var tagsUsed: [String: Set<String>] = [:]
        for excerpt in excerpts {
            guard let speaker = excerpt.participant?.value else { continue }
            excerptCount[speaker, default: 0] += 1
            tagsUsed[speaker, default: []].formUnion(excerpt.tags.map(\.value))
        }
        return participants.map { participant in
            let id = participant.id.value
            return ParticipantActivity(participant: id, study: participant.study.value, segment: participant.segment?.value.rawValue,
                                       sessions: sessionCount[id] ?? 0, excerpts: excerptCount[id] ?? 0, tags: tagsUsed[id]?.count ?? 0)
        }
    }

    func segmentCounts(_ activity: [ParticipantActivity]) -> [SegmentCount] {
        segments.map { segment in
            let members = activity.filter { $0.segment == segment }
            return SegmentCount(segment: segment, participants: members.count, interviewed: members.filter { $0.sessions > 0 }.count,
                                excerpts: excerpts.filter { self.segment(of: $0) == segment }.count)
        }
    }

    func tagFrequencies() -> [TagFrequency] {
        var tallies: [String: Tally] = [:]
        for excerpt in excerpts {
            for tag in excerpt.tags.map(\.value).uniqued() { tallies[tag, default: Tally()].add(excerpt, in: self) }
        }
        var commentCount: [String: Int] = [:]
        for comment in comments {
            for tag in comment.tags.map(\.value).uniqued() { commentCount[tag, default: 0] += 1 }
        }
        var seen = Set<String>()
        return tags.filter { seen.insert($0.tag.id.value).inserted }.map { tag, theme in
            let id = tag.id.value
            let tally = tallies[id] ?? Tally()
            return TagFrequency(tag: id, name: Redaction.displayText(tag.label), theme: theme?.id.value, excerpts: tally.excerptCount,
                                participants: tally.participantCount, bySegment: tally.segments(segments),
                                comments: commentCount[id] ?? 0)
        }
    }

    func themeFrequencies() -> [ThemeFrequency] {
        let chains = themeChains()
        let themesOfTag = themesOfTags(chains)
        func expand(_ ids: [Identifier]) -> Set<String> { Set(ids.flatMap { chains[$0.value] ?? [] }) }

        var tallies: [String: Tally] = [:]
        for excerpt in excerpts {
            for theme in Set(excerpt.tags.flatMap { themesOfTag[$0.value] ?? [] }) { tallies[theme, default: Tally()].add(excerpt, in: self) }
        }
        var commentCount: [String: Int] = [:]
        for comment in comments {
            let themes = expand(comment.themes).union(comment.tags.flatMap { themesOfTag[$0.value] ?? [] })
            for theme in themes { commentCount[theme, default: 0] += 1 }
        }
        var insightCount: [String: Int] = [:]
        for insight in insights {
            for theme in expand(insight.themes) { insightCount[theme, default: 0] += 1 }
        }
        var tagCount: [String: Int] = [:]
        for theme in themesOfTag.values.joined() { tagCount[theme, default: 0] += 1 }

        var seen = Set<String>()
        return themes.filter { seen.insert($0.id.value).inserted }.map { theme in
            let id = theme.id.value
            let tally = tallies[id] ?? Tally()
            return ThemeFrequency(theme: id, name: theme.name.shown, parent: theme.parent, depth: (chains[id]?.count ?? 1) - 1,
                                  tags: tagCount[id] ?? 0, excerpts: tally.excerptCount, participants: tally.participantCount,
                                  bySegment: tally.segments(segments), comments: commentCount[id] ?? 0,
                                  insights: insightCount[id] ?? 0)
        }
    }

    func untaggedExcerpts() -> [UntaggedExcerpt] {
        excerpts.filter(\.tags.isEmpty).map {
            UntaggedExcerpt(excerpt: $0.id.value, session: $0.session, participant: $0.participant?.value, location: location($0.id.range))
        }
    }

    func unusedTags() -> [UnusedTag] {
        let used = Set(excerpts.flatMap { $0.tags.map(\.value) } + comments.flatMap { $0.tags.map(\.value) })
        var seen = Set<String>()
        return tags.filter { !used.contains($0.tag.id.value) && seen.insert($0.tag.id.value).inserted }.map {
            UnusedTag(tag: $0.tag.id.value, theme: $0.theme?.id.value, location: location($0.tag.id.range))
        }
    }
}
