import BlueprintModel

/// How often two tags occur together: a symmetric matrix over the tags used at least once, in
/// codebook order. The diagonal holds each tag's own count.
public struct TagMatrix: Sendable, Hashable, Codable {
    /// What a count counts: "excerpts" or "participants".
    public var unit: String
    public var tags: [String]
    /// `counts[i][j]`: how many excerpts (or participants) carry both `tags[i]` and `tags[j]`.
    public var counts: [[Int]]

    /// Two tags and how often they occur together.
    public struct Pair: Sendable, Hashable {
        public var first: String
        public var second: String
        public var count: Int
    }

    /// Every pair of different tags that occur together, each once, in matrix order.
    public var pairs: [Pair] {
        tags.indices.flatMap { i in
            tags.indices.filter { j in j > i && counts[i][j] > 0 }.map { j in Pair(first: tags[i], second: tags[j], count: counts[i][j]) }
        }
    }

    /// The pairs, most frequent first; ties stay in matrix order.
    public var mostFrequentPairs: [Pair] {
        pairs.enumerated().sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }.map(\.element)
    }

    /// A matrix over `tags` from groups of tags that count as together (an excerpt's tags, or
    /// everything one participant's excerpts carry). Tags of a group that are not in `tags` are
    /// left out.
    init(unit: String, tags: [String], groups: [Set<String>]) {
        self.unit = unit
        self.tags = tags
        let index = Dictionary(tags.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var counts = [[Int]](repeating: [Int](repeating: 0, count: tags.count), count: tags.count)
        for group in groups {
            let members = group.compactMap { index[$0] }
            for i in members { for j in members { counts[i][j] += 1 } }
        }
        self.counts = counts
    }
}

extension ResearchScope {
    /// Tags on the same excerpt, and tags on the same participant (across all their excerpts).
    func cooccurrence() -> (excerpts: TagMatrix, participants: TagMatrix) {
        let byExcerpt = excerpts.map { Set($0.tags.map(\.value)) }
        var byParticipant: [String: Set<String>] = [:]
        var speakers: [String] = []
        for excerpt in excerpts {
            guard let speaker = excerpt.participant?.value else { continue }
            if byParticipant[speaker] == nil { speakers.append(speaker) }
            byParticipant[speaker, default: []].formUnion(excerpt.tags.map(\.value))
        }
        let used = Set(byExcerpt.joined())
        let tags = self.tags.map(\.tag.id.value).uniqued().filter(used.contains)
        return (TagMatrix(unit: "excerpts", tags: tags, groups: byExcerpt),
                TagMatrix(unit: "participants", tags: tags, groups: speakers.map { byParticipant[$0]! }))
    }
}
