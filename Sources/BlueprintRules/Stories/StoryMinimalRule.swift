import BlueprintDiagnostics
import BlueprintModel

/// A story with more than role, means and ends (the Quality User Story framework's "minimal").
struct StoryMinimalRule: Rule, StoryRule {
    static let description = RuleDescription(
        id: "BP042", name: "story-minimal", stage: .stories, severity: .warning,
        summary: "A story holds more than role, means and ends: a note in brackets, a second sentence, or a repeated 'I want' or 'so that'.",
        rationale: "A minimal story says who, what and why, and nothing else. Notes in brackets, extra sentences and examples belong in acceptance criteria, where they can be tested; a second 'I want' or 'so that' is usually a second story or a muddled one. Move the extra text into an acceptance criterion, or rephrase.",
        triggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin ↓(by phone too) so that it is collected\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected. ↓See the old form for the fields.\n",
            "kind: stories\nid: s\nroles: [consumer]\nstories:\n  - id: a\n    text: As a consumer, I want to view the data package, so that I can see whether ↓I want this dataset\n",
        ],
        nonTriggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin, e.g. by phone, so that it is collected.\n",
            "kind: stories\nid: s\nroles: [waste-loader]\nstories:\n  - id: a\n    text: As a waste loader I need to request my holiday online so that I can take leave when I want to\n",
        ])

    /// Words that end in a full stop without ending a sentence.
    static let abbreviations: Set = ["e.g.", "i.e.", "etc.", "eg.", "ie.", "vs.", "mr.", "mrs.", "ms.", "dr.", "no.", "approx.", "st.", "a.m.", "p.m."]

    init() {}

    func check(_ stories: [StoryReading], in workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        stories.flatMap { reading -> [Diagnostic] in
            let story = reading.story, text = reading.text
            var found: [Diagnostic] = []
            if let note = Self.bracketedNote(in: text) {
                found.append(finding("\(story.named) has a note in brackets: '\(text[note])'", at: story.text.range(of: note),
                                     help: "move the note into an acceptance criterion, or drop it; keep the story to who, what and why"))
            }
            if let extra = Self.extraSentence(in: reading) {
                found.append(finding("\(story.named) goes on after its sentence: '\(text[extra])'", at: story.text.range(of: extra),
                                     help: "move the extra sentence into an acceptance criterion, or drop it"))
            }
            if let (phrase, span) = Self.repeatedIndicator(in: reading) {
                found.append(finding("\(story.named) says '\(phrase)' twice", at: story.text.range(of: span),
                                     help: "say it once ('As a <role> I want <what> so that <why>'): rephrase the second, or split the story if it asks for two things"))
            }
            return found
        }
    }

    /// From the first opening bracket to its closing one (or the end of the text).
    static func bracketedNote(in text: String) -> Range<String.Index>? {
        guard let open = text.firstIndex(where: { $0 == "(" || $0 == "[" }) else { return nil }
        let closing: Character = text[open] == "(" ? ")" : "]"
        guard let close = text[open...].firstIndex(of: closing) else { return open..<text.endIndex }
        return open..<text.index(after: close)
    }

    /// The words after the first sentence, when more follow its full stop (or ! ? ;).
    static func extraSentence(in reading: StoryReading) -> Range<String.Index>? {
        let words = reading.words
        for (index, word) in words.enumerated().dropLast() {
            guard let last = word.written.last, ".!?;".contains(last) else { continue }
            if last == ".", abbreviations.contains(word.written.lowercased()) { continue }
            return words[index + 1].written.startIndex..<reading.text.endIndex
        }
        return nil
    }

    /// A second "I want" (the story's own indicator) or a second "so that", and where it is.
    static func repeatedIndicator(in reading: StoryReading) -> (String, Range<String.Index>)? {
        let story = reading.story, spans = reading.spans, words = reading.words
        for (phrase, first) in [(story.parts.verb.map { "I \($0)" }, spans.indicator), (story.parts.endsMarker, spans.endsMarker)] {
            guard let phrase, let first else { continue }
            let phraseWords = phrase.lowercased().split(separator: " ").map(String.init)
            let from = words.firstIndex { $0.span.lowerBound >= first.upperBound } ?? words.count
            if let again = words.firstIndex(of: phraseWords, from: from) {
                return (phrase, words[again].span.lowerBound..<words[again + phraseWords.count - 1].span.upperBound)
            }
        }
        return nil
    }
}
