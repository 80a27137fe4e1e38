import BlueprintDiagnostics
import BlueprintModel

/// A story that does not read as one complete sentence (the Quality User Story framework's "full sentence").
struct StoryFullSentenceRule: Rule, StoryRule {
    static let description = RuleDescription(
        id: "BP044", name: "story-full-sentence", stage: .stories, severity: .warning,
        summary: "A story does not read as a complete sentence: no capital at the start, a word written twice, a bracket or quote left open, or it stops mid-phrase.",
        rationale: "Stories are read aloud in planning and by people outside the team; a full sentence is understood the same way by everyone. These are the slips a reader trips over: a lower-case start, 'the the', an unclosed '(' or '\"', and a text that stops after 'and', 'the' or a comma, which usually means something was cut off.",
        triggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: ↓as a customer I need to report a missed bin so that it is collected\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report the ↓the missed bin so that it is collected\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected and ↓the\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: \"As a customer I need to report a missed bin ↓(online so that it is collected\"\n",
        ],
        nonTriggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected.\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to know that that bin was collected so that I can stop worrying\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to know who my report is assigned to so that I can stop worrying\n",
        ])

    /// Words a sentence cannot end with.
    /// Words a sentence cannot end with: conjunctions, articles, possessives and subjects. Not
    /// prepositions, which end phrasal verbs ("attended to", "looked after").
    static let danglingWords: Set = [
        "and", "or", "but", "nor", "because", "whether", "than", "the", "a", "an", "my", "our", "your", "their", "its", "i", "we",
    ]

    /// Words that may rightly follow themselves ("that that", "had had").
    static let doubledWords: Set = ["that", "had", "is"]

    init() {}

    func check(_ stories: [StoryReading], in workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        stories.flatMap { reading -> [Diagnostic] in
            let story = reading.story, text = reading.text, words = reading.words
            guard let first = words.first, let last = words.last else { return [] }
            var found: [Diagnostic] = []
            if let initial = text[first.span].first, initial.isLowercase {
                found.append(finding("\(story.named) does not start with a capital letter", at: story.text.range(of: first.span),
                                     help: "write '\(initial.uppercased())\(text[first.span].dropFirst())'"))
            }
            for (previous, word) in zip(words, words.dropFirst())
            where word.lower == previous.lower && !word.lower.isEmpty && !Self.doubledWords.contains(word.lower)
                && word.lower.first?.isLetter == true && !previous.written.contains(where: { ",;:.".contains($0) }) {
                found.append(finding("\(story.named) has '\(text[word.span])' twice in a row", at: story.text.range(of: word.span),
                                     help: "remove the second '\(text[word.span])'"))
            }
            if let unclosed = Self.unclosedMark(in: text) {
                found.append(finding("\(story.named) opens '\(text[unclosed])' and never closes it", at: story.text.range(of: unclosed),
                                     help: "close it, or remove it"))
            }
            let stopsAfterComma = last.written.last.map { ",:;-".contains($0) } ?? false
            if Self.danglingWords.contains(last.lower) || stopsAfterComma {
                found.append(finding("\(story.named) stops mid-sentence, after '\(last.written)'", at: story.text.range(of: last.span),
                                     help: "finish the sentence, or remove the dangling '\(last.written)'"))
            }
            return found
        }
    }

    /// The first bracket or double quote that is not closed.
    static func unclosedMark(in text: String) -> Range<String.Index>? {
        var open: [String.Index] = []
        var quote: String.Index?
        for index in text.indices {
            switch text[index] {
            case "(", "[": open.append(index)
            case ")", "]": if !open.isEmpty { open.removeLast() }
            case "\"": quote = quote == nil ? index : nil
            case "“": quote = index
            case "”": quote = nil
            default: break
            }
        }
        guard let first = [open.first, quote].compactMap({ $0 }).min() else { return nil }
        return first..<text.index(after: first)
    }
}
