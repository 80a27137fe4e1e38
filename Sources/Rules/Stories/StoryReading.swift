import Diagnostics
import Model

// What the story-quality rules share: the words of a text with where they are, where the
// parts of a story sit in its text, and one way of comparing texts.

/// A word of a text and where it is, so a finding can point at it.
struct Word {
    /// The word without punctuation at either end, as a range of the text it was read from.
    var span: Range<String.Index>
    /// Lower-cased, without punctuation at either end: "Customer," → "customer".
    var lower: String
    /// As written between spaces, punctuation included: "(bins),".
    var written: Substring
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
            let written = self[start..<index]
            // "&" and "—" are all punctuation: they stay words of their own.
            if let first = written.firstIndex(where: { !$0.isPunctuation }),
               let last = written.lastIndex(where: { !$0.isPunctuation }) {
                let span = first..<self.index(after: last)
                words.append(Word(span: span, lower: self[span].lowercased(), written: written))
            } else {
                words.append(Word(span: start..<index, lower: written.lowercased(), written: written))
            }
        }
        return words
    }

    /// The text reduced to what a reader compares: lower-case words without punctuation at
    /// either end, one space apart ("As a Customer,  I need…" → "as a customer i need…").
    var normalisedForComparison: String {
        words().map(\.lower).filter { !$0.isEmpty }.joined(separator: " ")
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

/// Where the role, the "I need", the means and the ends of a story sit in its text: the text
/// as `StoryText` read it, located so that findings can point at the words.
struct StorySpans {
    var role: Range<String.Index>?
    /// "I need", "I would like": the words that join the role and the means.
    var indicator: Range<String.Index>?
    var means: Range<String.Index>?
    /// "so that", "so", "in order to".
    var endsMarker: Range<String.Index>?
    var ends: Range<String.Index>?

    init(_ text: String, _ parts: StoryText) {
        let words = text.words()
        var cursor = text.startIndex
        // Each part comes after the one before, so each is searched for from there.
        func locate(_ part: String?) -> Range<String.Index>? {
            guard let part, !part.isEmpty, let found = text[cursor...].firstRange(of: part) else { return nil }
            cursor = found.upperBound
            return found
        }
        func locate(phrase: [String]) -> Range<String.Index>? {
            let from = words.firstIndex { $0.span.lowerBound >= cursor } ?? words.count
            guard let start = words.firstIndex(of: phrase, from: from) else { return nil }
            let found = words[start].span.lowerBound..<words[start + phrase.count - 1].span.upperBound
            cursor = found.upperBound
            return found
        }
        role = locate(parts.role)
        if let verb = parts.verb {
            let verbWords = verb.split(separator: " ").map(String.init)
            indicator = locate(phrase: ["i"] + verbWords) ?? locate(phrase: ["we"] + verbWords)
        }
        means = locate(parts.means)
        if let marker = parts.endsMarker { endsMarker = locate(phrase: marker.split(separator: " ").map(String.init)) }
        ends = locate(parts.ends)
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
