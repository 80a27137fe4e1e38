import BlueprintDiagnostics
import BlueprintModel

// What the story-quality rules share: the words of a text with where they are, where the
// parts of a story sit in its text, and one way of comparing texts.

/// A word of a text and where it is, so a finding can point at it.
struct Word: Sendable {
    /// The word without punctuation at either end, as a range of the text it was read from.
    var span: Range<String.Index>
    /// Lower-cased, without punctuation at either end: "Customer," → "customer".
    var lower: String
    /// As written between spaces, punctuation included: "(bins),".
    var written: Substring

    /// The word written between two spaces.
    init(_ written: Substring) {
        self.written = written
        // "&" and "—" are all punctuation: they stay words of their own.
        if let core = written.withoutPunctuationAtEnds {
            span = core.startIndex..<core.endIndex
            lower = core.lowercased()
        } else {
            span = written.startIndex..<written.endIndex
            lower = written.lowercased()
        }
    }
}

extension String {
    /// White space, as `Character.isWhitespace` has it, with ASCII decided without a lookup.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (9...13).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// The words of the text (or of a part of it), split at white space.
    func words(in bounds: Range<String.Index>? = nil) -> [Word] {
        let bounds = bounds ?? startIndex..<endIndex
        // Scalar by scalar, ASCII first: the hot loop of every story rule on a large backlog.
        // Grapheme-by-grapheme `Character.isWhitespace` cost a Unicode property lookup a letter.
        let scalars = unicodeScalars
        var words: [Word] = []
        var index = bounds.lowerBound
        while index < bounds.upperBound {
            guard !Self.isSpace(scalars[index]) else { scalars.formIndex(after: &index); continue }
            let start = index
            while index < bounds.upperBound, !Self.isSpace(scalars[index]) { scalars.formIndex(after: &index) }
            words.append(Word(self[start..<index]))
        }
        return words
    }
}

extension String {
    /// Without these characters at either end.
    func trimming(_ characters: String) -> String {
        guard let first = firstIndex(where: { !characters.contains($0) }),
              let last = lastIndex(where: { !characters.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension Array where Element == Word {
    /// Where `phrase` (lower-case words) starts among the words from `start` on, if anywhere.
    func firstIndex(of phrase: [String], from start: Int = 0) -> Int? {
        guard !phrase.isEmpty, count >= phrase.count, start <= count - phrase.count else { return nil }
        return (start...(count - phrase.count)).first { hasPhrase(phrase, at: $0) }
    }

    /// Whether `phrase` (lower-case words) starts at the word at `index`.
    func hasPhrase(_ phrase: [String], at index: Int) -> Bool {
        index >= 0 && index + phrase.count <= count && phrase.indices.allSatisfy { self[index + $0].lower == phrase[$0] }
    }
}

/// Where the role, the "I need", the means and the ends of a story sit in its text: the
/// offsets `StoryText` found while reading it, as indices of the text.
struct StorySpans {
    var role: Range<String.Index>?
    /// "I need", "I would like": the words that join the role and the means.
    var indicator: Range<String.Index>?
    var means: Range<String.Index>?
    /// "so that", "so", "in order to".
    var endsMarker: Range<String.Index>?
    var ends: Range<String.Index>?

    init(_ text: String, _ parts: StoryText) {
        let utf8 = text.utf8
        // A story assembled by hand could pair parts with another text: stay inside this one.
        func located(_ offsets: Range<Int>?) -> Range<String.Index>? {
            guard let offsets, offsets.upperBound <= utf8.count else { return nil }
            return utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: offsets.upperBound)
        }
        role = located(parts.spans.role)
        indicator = located(parts.spans.indicator)
        means = located(parts.spans.means)
        endsMarker = located(parts.spans.endsMarker)
        ends = located(parts.spans.ends)
    }
}

/// A story as the story-quality rules read it: its words and where its parts are, worked out
/// once for all of them (splitting every story into words once a rule was a third of the time
/// `check` took on a large backlog).
struct StoryReading: Sendable {
    let story: Story
    let spans: StorySpans
    /// The words of the whole text.
    let words: [Word]

    init(_ story: Story) {
        self.story = story
        spans = story.spans
        words = story.text.value.words()
    }

    var text: String { story.text.value }

    /// Every story read, in order, a slice of them on each core.
    static func concurrently(_ stories: [Story]) async -> [StoryReading] {
        let slice = max(256, stories.count / 8)
        return await withTaskGroup(of: (Int, [StoryReading]).self) { group in
            for start in stride(from: 0, to: stories.count, by: slice) {
                group.addTask { (start, stories[start..<min(start + slice, stories.count)].map(StoryReading.init)) }
            }
            var slices: [Int: [StoryReading]] = [:]
            for await (start, read) in group { slices[start] = read }
            return slices.keys.sorted().flatMap { slices[$0]! }
        }
    }

    /// The words of a part of the text, as `text.words(in: bounds)` gives them: a word that the
    /// bounds cut is cut there too.
    func words(in bounds: Range<String.Index>) -> [Word] {
        words.compactMap { word in
            let start = max(word.written.startIndex, bounds.lowerBound), end = min(word.written.endIndex, bounds.upperBound)
            guard start < end else { return nil }
            return start == word.written.startIndex && end == word.written.endIndex ? word : Word(text[start..<end])
        }
    }

    /// The text reduced to what a reader compares: lower-case words without punctuation at
    /// either end, one space apart ("As a Customer,  I need…" → "as a customer i need…").
    var normalisedText: String { Self.normalised(words) }

    /// A part of the text reduced like `normalisedText`; no part, no words.
    func normalised(_ part: Range<String.Index>?) -> String {
        part.map { Self.normalised(words(in: $0)) } ?? ""
    }

    private static func normalised(_ words: [Word]) -> String {
        words.map(\.lower).filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// A rule over stories' words: they are read once (`StoryReading`) for all such rules.
protocol StoryRule: Rule {
    func check(_ stories: [StoryReading], in workspace: Workspace, symbols: SymbolTable) -> [Diagnostic]
}

extension StoryRule {
    public func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        check(workspace.stories.map(StoryReading.init), in: workspace, symbols: symbols)
    }
}

extension Story {
    /// Where the parts of the story's text are.
    var spans: StorySpans { StorySpans(text.value, parts) }

    /// "story 'missed-bin-eta'", for messages.
    var named: String { "story '\(id.value)'" }
}

extension AcceptanceCriterion {
    /// "criterion 'missed-bin-eta.1'", for messages.
    var named: String { "criterion '\(id.value)'" }

    /// What the criterion says should happen: its `then`, or the checklist item.
    var outcome: Text? {
        switch form {
        case .checklist(let text): text
        case .scenario(_, _, let then, _): then
        }
    }
}
