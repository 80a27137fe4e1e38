import BlueprintDiagnostics
import BlueprintModel

/// A story that asks for two things at once (the Quality User Story framework's "atomic").
struct StoryAtomicRule: Rule, StoryRule {
    static let description = RuleDescription(
        id: "BP041", name: "story-atomic", stage: .stories, severity: .warning,
        summary: "A story asks for two things, or is for two roles, joined by 'and', 'or', '&' or 'and/or'.",
        rationale: "An atomic story is about one feature for one role, so it can be estimated, built and accepted on its own. A conjunction in the means ('to report a fault and track it') usually joins two requests: split the story in two. Not counted: the benefit (after 'so that'), words in brackets or quotes, a choice and its negation ('can and can't'), two adverbs ('accurately and effectively'), 'or not', 'or more' and the like ('3 steps or fewer'), 'between … and …', and fixed pairs such as 'out and about' or 'terms and conditions'.",
        triggering: [
            "kind: stories\nid: s\nroles: [tenant]\nstories:\n  - id: a\n    text: As a tenant I need to report a fault ↓and track the repair so that it gets fixed\n",
            "kind: stories\nid: s\nroles: [tenant, leaseholder]\nstories:\n  - id: a\n    text: As a tenant ↓or leaseholder I need to report a fault so that it gets fixed\n",
        ],
        nonTriggering: [
            "kind: stories\nid: s\nroles: [tenant]\nstories:\n  - id: a\n    text: As a tenant I need to report a fault so that it is fixed and I can use my kitchen\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to know what I can and can't recycle so that I use the right bin\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a fallen tree whilst out and about so that it can be made safe\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to pay the charge in 3 steps or fewer so that I don't get fined\n",
        ])

    /// Words that join two requests.
    static let conjunctions: Set = ["and", "or", "&", "and/or", "+"]

    /// Pairs that name one thing: "out and about" asks for nothing twice.
    static let fixedPairs: Set = [
        "out and about", "terms and conditions", "health and safety", "pros and cons", "trial and error",
        "up and running", "back and forth", "more and more", "black and white", "bed and breakfast",
        "wear and tear", "safe and sound", "by and large", "now and then", "first and foremost",
        "and so on", "or so", "or fewer", "or more", "or less", "or later", "or earlier", "or sooner", "or above",
        "or below", "or over", "or under",
    ]

    init() {}

    func check(_ stories: [StoryReading], in workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        stories.compactMap { reading -> Diagnostic? in
            let story = reading.story, text = reading.text, spans = reading.spans
            if let role = spans.role, let join = Self.joiningWord(in: reading.words(in: role)) {
                let (first, second) = Self.halves(of: text, in: role, at: join)
                return finding("\(story.named) is for two roles joined by '\(join.lower)': '\(first)' and '\(second)'",
                               at: story.text.range(of: join.span),
                               help: "write one story for each role, or declare one role that covers both under 'roles:'")
            }
            if let means = spans.means, let join = Self.joiningWord(in: reading.words(in: means)) {
                let (first, second) = Self.halves(of: text, in: means, at: join)
                return finding("\(story.named) asks for two things joined by '\(join.lower)'",
                               at: story.text.range(of: join.span),
                               help: "split it into two stories: '\(first)' and '\(second)'")
            }
            return nil
        }
    }

    /// The first conjunction that joins two requests, if any.
    static func joiningWord(in words: [Word]) -> Word? {
        var quoted = false, bracketed = 0
        for (index, word) in words.enumerated() {
            let opensQuote = word.written.first.map { "'\"‘“".contains($0) } ?? false
            let closesQuote = word.written.last.map { "'\"’”".contains($0) } ?? false
            if opensQuote && !(closesQuote && word.written.count > 1) { quoted = true }
            bracketed += word.written.filter { $0 == "(" || $0 == "[" }.count
            defer {
                if closesQuote { quoted = false }
                bracketed = max(0, bracketed - word.written.filter { $0 == ")" || $0 == "]" }.count)
            }
            guard conjunctions.contains(word.lower), !quoted, bracketed == 0,
                  index > 0, index + 1 < words.count else { continue }
            let before = words[index - 1].lower, after = words[index + 1].lower
            let pair = "\(before) \(word.lower) \(after)"
            if fixedPairs.contains(pair) || fixedPairs.contains("\(word.lower) \(after)") { continue }
            // "can and can't", "do or do not": one choice, not two requests.
            if after.hasPrefix(before) && (after.hasSuffix("n't") || after.hasSuffix("not")) { continue }
            if after == "not" { continue }
            // "accurately and effectively": two ways of doing one thing.
            if before.hasSuffix("ly") && after.hasSuffix("ly") { continue }
            // "between 8 and 10": a range.
            if words[max(0, index - 4)..<index].contains(where: { $0.lower == "between" }) { continue }
            return word
        }
        return nil
    }

    /// The text before and after the conjunction, within `part`.
    static func halves(of text: String, in part: Range<String.Index>, at join: Word) -> (String, String) {
        let first = text[part.lowerBound..<join.written.startIndex]
        let second = text[join.written.endIndex..<part.upperBound]
        return (String(first).trimming(" ,;."), String(second).trimming(" ,;."))
    }
}
