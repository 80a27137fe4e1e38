import BlueprintDiagnostics
import BlueprintModel

/// Two stories that are the same, or nearly (the Quality User Story framework's "unique").
struct StoryUniqueRule: Rule, StoryRule {
    static let description = RuleDescription(
        id: "BP046", name: "story-unique", stage: .stories, severity: .warning,
        summary: "A story repeats another: the same text, the same means for another benefit or another role, or nearly the same words.",
        rationale: "A backlog with duplicates gets estimated and built twice. Reported at the later story, with a note at its twin: the same text (ignoring case and punctuation); the same role asking for the same means with a different benefit (merge them into one story with both benefits, or say what differs); the same means and benefit for another role; or 85% or more of the words of means and ends shared (Jaccard similarity of their word sets).",
        triggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n  - id: b\n    text: ↓As a customer, I need to report a missed bin, so that it is collected.\n",
            "kind: stories\nid: s\nroles: [tenant]\nstories:\n  - id: a\n    text: As a tenant I want the council to take ownership of the process so that I know where to go\n  - id: b\n    text: ↓As a tenant I want the council to take ownership of the process so that it does not happen again\n",
            "kind: stories\nid: s\nroles: [author, reviewer]\nstories:\n  - id: a\n    text: As an author I want an autosave function so that I do not lose my work\n  - id: b\n    text: ↓As a reviewer I want an autosave function so that I do not lose my work\n",
            "kind: stories\nid: s\nroles: [publisher]\nstories:\n  - id: a\n    text: As a publisher I want to publish a data package in the web app so that it is available and published\n  - id: b\n    text: ↓As a publisher I want to publish the data package in the web app so that it is available and published\n",
        ],
        nonTriggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n  - id: b\n    text: As a customer I need to know when my missed bin will be collected so that I can leave it out\n",
        ])

    /// Jaccard similarity, in percent, from which two stories are near duplicates.
    static let nearPercent = 85

    init() {}

    func check(_ readings: [StoryReading], in workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        let readings = readings.filter { !$0.text.isEmpty }
        let stories = readings.map(\.story)
        var byText: [String: Int] = [:]
        var byMeans: [String: Int] = [:]
        var byRequest: [String: Int] = [:]
        var found: [Diagnostic] = []
        let words = readings.map { reading in
            Set([reading.spans.means, reading.spans.ends].compactMap { $0 }.flatMap { reading.words(in: $0).map(\.lower) }.filter { !$0.isEmpty })
        }
        var similar = SimilarWordSets(words, percent: Self.nearPercent)
        for (index, reading) in readings.enumerated() {
            let story = reading.story, spans = reading.spans
            let text = reading.normalisedText
            let means = story.parts.means.map { _ in "\(reading.normalised(spans.role))|\(reading.normalised(spans.means))" }
            let request = story.parts.means.map { _ in "\(reading.normalised(spans.means))|\(reading.normalised(spans.ends))" }
            let near = similar.earliestMatch(of: index)
            if let twin = byText[text] {
                found.append(report(story, "is the same as", stories[twin],
                                    help: "remove one of them, keeping the better acceptance criteria"))
            } else if let means, let twin = byMeans[means] {
                found.append(report(story, "asks for the same thing as", stories[twin], detail: " ('\(story.parts.means ?? "")'), for another benefit",
                                    help: "make them one story with both benefits, or say in the means what differs"))
            } else if let request, let twin = byRequest[request] {
                found.append(report(story, "is", stories[twin], detail: " for another role ('\(story.parts.role ?? "")' rather than '\(stories[twin].parts.role ?? "")')",
                                    help: "if both roles need the same, write one story for a role that covers both; if they need different things, say what differs"))
            } else if let (twin, percent) = near {
                found.append(report(story, "is nearly the same as", stories[twin], detail: " (\(percent)% of the words of their means and ends are shared)",
                                    help: "if they are the same need, merge them; if not, make the difference clear in the text"))
            }
            if byText[text] == nil { byText[text] = index }
            if let means, byMeans[means] == nil { byMeans[means] = index }
            if let request, byRequest[request] == nil { byRequest[request] = index }
        }
        return found
    }

    private func report(_ story: Story, _ relation: String, _ twin: Story, detail: String = "", help: String) -> Diagnostic {
        finding("\(story.named) \(relation) \(twin.named)\(detail)", at: story.text.range,
                notes: [.init("\(twin.named) is here", at: twin.text.range)], help: help)
    }
}

/// Finds, for each word set, the earliest earlier set with a Jaccard similarity of at least a
/// threshold, without comparing every pair: prefix filtering (Chaudhuri et al. 2006) in its
/// two-word form. Only words that occur in two sets or more can be shared, so each set's shared
/// words are ordered rarest first; two sets that similar have their first two common words in
/// each set's prefix of m − ⌈t·|x|⌉ + 2 of them (m: the set's words found elsewhere), when they
/// have two in common. Each set is indexed by the pairs of words of its prefix, and only sets sharing a pair are compared, first
/// by a bound on their sizes, then word by word. A set with too few words found elsewhere can
/// match nothing and is skipped. Pairs rather than single words, and words found once left out,
/// keep common words from making every story a candidate of every other: a backlog of stories
/// that differ by a case number and share the rest stays linear.
struct SimilarWordSets {
    /// Each set as numbers: every word is numbered by how many sets hold it, rarest first (ties
    /// by spelling, so runs are deterministic), and a set is its words' numbers in that order.
    /// Numbers make the pair keys and the overlap counts cheap: no string is built or hashed
    /// after this.
    private let sets: [[Int32]]
    private let percent: Int
    /// Each set's words found in another set too: a prefix of `sets`' numbers, rarest first.
    private let shareable: [ArraySlice<Int32>]
    /// The sets seen so far, by the pairs of words of their prefixes.
    private var seen: [Int64: [Int]] = [:]
    private var next = 0

    init(_ sets: [Set<String>], percent: Int) {
        self.percent = percent
        var frequency: [String: Int] = [:]
        for set in sets { for word in set { frequency[word, default: 0] += 1 } }
        let ranked = frequency.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        let number = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($0.element.key, Int32($0.offset)) })
        // Words held by one set only are numbered first, so they lead each set: skip them.
        let sharedFrom = Int32(ranked.firstIndex { $0.value > 1 } ?? ranked.count)
        self.sets = sets.map { set in set.map { number[$0]! }.sorted() }
        shareable = self.sets.map { numbers in numbers[(numbers.firstIndex { $0 >= sharedFrom } ?? numbers.count)...] }
    }

    /// The keys a set is indexed and looked up by; none when it cannot be similar to any set.
    /// Sets that may share only one word with a similar set (tiny sets, low thresholds) are
    /// also indexed by each word: the two-word argument needs two words in common.
    private func signatures(_ index: Int) -> [Int64] {
        let words = Array(shareable[index])
        let needed = max(1, (percent * sets[index].count + 99) / 100)
        guard !words.isEmpty, words.count >= needed else { return [] }
        var keys: [Int64] = []
        let prefix = words.prefix(words.count - needed + 2)
        for first in prefix.indices {
            for second in prefix.indices where second > first { keys.append(Int64(prefix[first]) << 32 | Int64(prefix[second])) }
        }
        // A single word's key is negative, apart from every pair's.
        if needed == 1 { keys += words.map { -Int64($0) - 1 } }
        return keys
    }

    /// Whether two sets could reach the threshold at all, given how many words each shares with
    /// anyone: the overlap is at most the smaller of those.
    private func mayBeSimilar(_ first: Int, _ second: Int) -> Bool {
        let overlap = min(shareable[first].count, shareable[second].count)
        return overlap * 100 >= percent * (sets[first].count + sets[second].count - overlap)
    }

    /// How many numbers two ascending lists share.
    private static func overlap(_ first: [Int32], _ second: [Int32]) -> Int {
        var shared = 0, i = 0, j = 0
        while i < first.count, j < second.count {
            if first[i] == second[j] {
                shared += 1
                i += 1
                j += 1
            } else if first[i] < second[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// The earliest set before `index` similar to it, and the similarity in whole percent.
    /// Call with 0, 1, 2 … in order: each call records the set for later ones.
    mutating func earliestMatch(of index: Int) -> (Int, Int)? {
        precondition(index == next, "sets are matched in order")
        next += 1
        let words = sets[index]
        let keys = signatures(index)
        var best: (Int, Int)?
        // Each list is in index order: its first similar set is its earliest; the best is the
        // earliest over all lists.
        for key in keys {
            for candidate in seen[key] ?? [] {
                if let found = best, candidate >= found.0 { break }
                guard mayBeSimilar(index, candidate) else { continue }
                let other = sets[candidate]
                let shared = Self.overlap(words, other)
                let union = words.count + other.count - shared
                if shared * 100 >= percent * union {
                    best = (candidate, shared * 100 / union)
                    break
                }
            }
        }
        for key in keys { seen[key, default: []].append(index) }
        return best
    }
}
