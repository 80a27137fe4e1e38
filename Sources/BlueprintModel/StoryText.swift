/// A user story's text read against the template "As a <role> I need <means> so that <ends>"
/// (Connextra, as seed 002 writes it). Reading never fails: what is missing stays nil, and the
/// story-quality rules say what to fix.
public struct StoryText: Sendable, Hashable {
    /// Who wants it: "customer", "tenant", "someone who isn't online".
    public var role: String?
    /// The verb joining role and means, lower-cased: "need", "want", "can", "would like".
    public var verb: String?
    /// What they want, without the verb: "to know when my bin is collected".
    public var means: String?
    /// Why: the text after "so that" (or "so"), if any.
    public var ends: String?
    /// The words joining means and ends, lower-cased: "so that", "so", "in order to".
    public var endsMarker: String?
    /// Which template the text follows ("as-a … i-verb … so-that"), for the uniformity rule.
    public var template: String
    /// Where each part sits in the text, so findings can point at its words.
    public var spans = Spans()

    /// Where the parts of a story sit in its text, as UTF-8 offsets (which stay meaningful
    /// however the text is copied, and are checked against it before use). Found while the
    /// text is read, so no rule has to search for a part again.
    public struct Spans: Sendable, Hashable {
        public var role: Range<Int>?
        /// "I need", "we would like": the words that join the role and the means.
        public var indicator: Range<Int>?
        public var means: Range<Int>?
        /// "so that", "so", "in order to".
        public var endsMarker: Range<Int>?
        public var ends: Range<Int>?

        public init() {}
    }

    /// Verbs accepted after the role; longest first so "would like" wins over "would".
    public static let verbs = ["would like", "should be able", "am able", "need", "needs", "want", "wants", "can", "must", "wish"]

    public init(_ text: String) {
        let words = StoryText.tokens(text)
        var index = 0
        var template: [String] = []

        // "As a / As an / As the / As" then the role up to the verb.
        if words.count > 1, words[0].lower == "as" {
            index = 1
            if ["a", "an", "the"].contains(words[1].lower) { index = 2 }
            template.append("as-a")
            let (verbStart, verb) = StoryText.findVerb(words, from: index)
            if let verbStart, verbStart > index {
                (role, spans.role) = StoryText.part(words[index..<verbStart], in: text, trimmed: true)
                self.verb = verb
                template.append("i-verb")
                let verbEnd = verbStart + (verb ?? "").split(separator: " ").count + 1
                spans.indicator = StoryText.part(words[verbStart..<verbEnd], in: text, trimmed: true).1
                index = verbEnd
            } else {
                // No verb: the whole rest is the role; the story is not well formed.
                if index < words.count { (role, spans.role) = StoryText.part(words[index...], in: text, trimmed: true) }
                index = words.count
            }
        }

        // The means runs to "so that" / "so" / "in order to"; the ends after it.
        let rest = index < words.count ? Array(words[index...]) : []
        if let (markerStart, marker) = StoryText.findEnds(rest) {
            if markerStart > 0 { (means, spans.means) = StoryText.part(rest[0..<markerStart], in: text, trimmed: true) }
            let after = markerStart + marker.split(separator: " ").count
            if after < rest.count { (ends, spans.ends) = StoryText.part(rest[after...], in: text, trimmed: false) }
            endsMarker = marker
            spans.endsMarker = StoryText.part(rest[markerStart..<after], in: text, trimmed: true).1
            template.append(String(marker.map { $0 == " " ? "-" : $0 }))
        } else if !rest.isEmpty {
            (means, spans.means) = StoryText.part(rest[...], in: text, trimmed: false)
        }
        self.template = template.joined(separator: " … ")
    }

    /// A word and where it sits in the text.
    struct Token {
        var text: Substring
        var lower: String
    }

    static func tokens(_ text: String) -> [Token] {
        // ASCII without a Unicode property lookup: this runs on every story of a backlog.
        text.split(whereSeparator: { $0.asciiValue.map { $0 == 32 || (9...13).contains($0) } ?? $0.isWhitespace })
            .map { Token(text: $0, lower: $0.lowercased().trimmingPunctuation) }
    }

    /// The text from the first to the last token, as written (spacing inside kept), or without
    /// punctuation at either end; and where that is in the text. Empty text has no span.
    static func part(_ tokens: ArraySlice<Token>, in text: String, trimmed: Bool) -> (String, Range<Int>?) {
        guard let first = tokens.first, let last = tokens.last else { return ("", nil) }
        let whole = text[first.text.startIndex..<last.text.endIndex]
        guard let written = trimmed ? whole.withoutPunctuationAtEnds : whole else { return ("", nil) }
        return (String(written), offsets(of: written, in: text))
    }

    static func offsets(of part: Substring, in text: String) -> Range<Int> {
        text.utf8.distance(from: text.startIndex, to: part.startIndex)..<text.utf8.distance(from: text.startIndex, to: part.endIndex)
    }

    /// The first "I <verb>" (or a bare verb) after the role.
    static func findVerb(_ words: [Token], from start: Int) -> (Int?, String?) {
        var index = start
        while index < words.count {
            if words[index].lower == "i" || words[index].lower == "we" {
                for verb in verbs {
                    let parts = verb.split(separator: " ").map(String.init)
                    if index + parts.count < words.count,
                       zip(parts, words[(index + 1)...(index + parts.count)]).allSatisfy({ $0 == $1.lower }) {
                        return (index, verb)
                    }
                }
            }
            index += 1
        }
        return (nil, nil)
    }

    static func findEnds(_ words: [Token]) -> (Int, String)? {
        for index in words.indices {
            let word = words[index].lower
            let next = index + 1 < words.count ? words[index + 1].lower : ""
            if word == "so", next == "that" { return (index, "so that") }
            if word == "so", index > 0, words[index - 1].text.hasSuffix(",") || ["i", "we", "my", "our", "the", "it", "they", "that"].contains(next) {
                return (index, "so")
            }
            if word == "in", next == "order", index + 2 < words.count, words[index + 2].lower == "to" { return (index, "in order to") }
        }
        return nil
    }

    /// Whether the text has a role and means: the minimum of a well-formed story.
    public var isWellFormed: Bool { role != nil && verb != nil && means != nil }
}

extension StringProtocol where SubSequence == Substring {
    /// Without punctuation at either end ("customer," → "customer").
    var trimmingPunctuation: String { String(self[...].withoutPunctuationAtEnds ?? "") }
}

extension Substring {
    /// The part without punctuation at either end, as a range of the same text
    /// ("(bins)," → "bins"); nil when it is all punctuation. The one trimming that story parts
    /// and the story rules' words share.
    public var withoutPunctuationAtEnds: Substring? {
        guard let first = firstIndex(where: { !$0.isPunctuationMark }),
              let last = lastIndex(where: { !$0.isPunctuationMark }) else { return nil }
        return self[first...last]
    }
}

extension Character {
    /// `isPunctuation`, with ASCII answered without a Unicode property lookup: it runs on every
    /// word of every story. (A test holds it to `isPunctuation` for every character tried.)
    @inlinable public var isPunctuationMark: Bool {
        guard let ascii = asciiValue else { return isPunctuation }
        switch ascii {
        case UInt8(ascii: "!"), UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "["),
             UInt8(ascii: "\\"), UInt8(ascii: "]"), UInt8(ascii: "_"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            return true
        default:
            return false
        }
    }
}
