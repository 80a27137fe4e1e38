import BlueprintDiagnostics
import BlueprintModel

/// Vague words nobody can test (the Quality User Story framework's "unambiguous").
struct StoryUnambiguousRule: Rule, StoryRule {
    /// Words and phrases that promise a quality without saying how much of it.
    static let vaguePhrases: [String] = [
        "as soon as possible", "asap", "wherever possible", "where possible", "if possible",
        "user-friendly", "user friendly", "easy", "easily", "easier", "simple", "simpler", "quick", "quickly",
        "fast", "faster", "efficient", "efficiently", "effective", "effectively", "appropriate", "appropriately",
        "flexible", "flexibility", "intuitive", "seamless", "seamlessly", "properly", "timely", "adequate",
        "sufficient", "reasonable", "reliable", "reliably", "better", "etc",
    ]

    static let description = RuleDescription(
        id: "BP047", name: "story-unambiguous", stage: .stories, severity: .warning,
        summary: "A story's means, or a criterion's outcome, uses a vague word ('easy', 'quickly', 'user-friendly' …) without a measure.",
        rationale: "Vague words mean something different to everyone, and nobody can test them: how quick is 'quickly'? Say it with a measure ('within 2 working days', 'in 3 steps or fewer', 'for 95% of reports'); a number within a few words of the vague word counts as one. Checked in the means (what is asked for) and in acceptance criteria outcomes, not in the benefit. The words: " + vaguePhrases.map { "'\($0)'" }.joined(separator: ", ") + ".",
        triggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need an ↓easy way to pay the charge so that I don't get fined\n",
            "kind: stories\nid: s\nroles: [tenant]\nstories:\n  - id: a\n    text: As a tenant I need repairs to be fixed ↓as soon as possible so that the fault does not cause more damage\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n    acceptance:\n      - given: a missed bin is reported\n        when: the report is sent\n        then: the customer gets a reply ↓quickly\n",
        ],
        nonTriggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to pay the charge in 3 steps or fewer so that I don't get fined\n",
            "kind: stories\nid: s\nroles: [tenant]\nstories:\n  - id: a\n    text: As a tenant I need urgent repairs fixed quickly, within 24 hours, so that the fault does not cause more damage\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to know my collection day so that I can get rid of my rubbish easily\n",
        ])

    /// How many words either side a measure may be to count.
    static let measureDistance = 5

    /// Number words that make a measure as well as digits do.
    static let numberWords: Set = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "half", "twice", "percent",
    ]

    init() {}

    func check(_ stories: [StoryReading], in workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        let phrases = Self.vaguePhrases.map { $0.split(separator: " ").map(String.init) }
        return stories.flatMap { reading -> [Diagnostic] in
            let story = reading.story
            var found: [Diagnostic] = []
            if let means = reading.spans.means {
                found += vagueWords(in: reading.words(in: means), phrases: phrases).map { phrase, span in
                    finding("\(story.named) says '\(phrase)', \(problem(phrase))",
                            at: story.text.range(of: span), help: help(phrase))
                }
            }
            for criterion in story.acceptance {
                let outcomes: [Text] = switch criterion.form {
                case .checklist(let text): [text]
                case .scenario(_, _, let then, let and): [then].compactMap { $0 } + and
                }
                for outcome in outcomes {
                    found += vagueWords(in: outcome.value.words(), phrases: phrases).map { phrase, span in
                        finding("\(criterion.named) says '\(phrase)', \(problem(phrase))",
                                at: outcome.range(of: span), help: help(phrase))
                    }
                }
            }
            return found
        }
    }

    private func problem(_ phrase: String) -> String {
        phrase == "etc" ? "which leaves the rest unsaid" : "which nobody can test without a measure"
    }

    private func help(_ phrase: String) -> String {
        phrase == "etc"
            ? "list everything that is meant, or write one story or criterion for each"
            : "replace '\(phrase)' with a measure, e.g. 'within 2 working days', 'in 3 steps or fewer', 'for 95% of reports'"
    }

    /// The vague phrases in the text (or a part of it) with no measure within a few words.
    private func vagueWords(in words: [Word], phrases: [[String]]) -> [(String, Range<String.Index>)] {
        var found: [(String, Range<String.Index>)] = []
        var index = 0
        while index < words.count {
            guard let phrase = phrases.first(where: { words.hasPhrase($0, at: index) }) else {
                index += 1
                continue
            }
            let end = index + phrase.count
            let nearby = words[max(0, index - Self.measureDistance)..<min(words.count, end + Self.measureDistance)]
            if !nearby.contains(where: Self.isMeasure) {
                found.append((phrase.joined(separator: " "), words[index].span.lowerBound..<words[end - 1].span.upperBound))
            }
            index = end
        }
        return found
    }

    /// A number, a percentage or a number word.
    static func isMeasure(_ word: Word) -> Bool {
        word.written.contains(where: \.isNumber) || numberWords.contains(word.lower)
    }
}
