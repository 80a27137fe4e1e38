import BlueprintDiagnostics
import BlueprintModel

/// An acceptance criterion that says what another of the same story says.
struct CriterionDuplicateRule: Rule, StoryRule {
    static let description = RuleDescription(
        id: "BP050", name: "criterion-duplicate", stage: .stories, severity: .warning,
        summary: "Two acceptance criteria of one story say the same thing.",
        rationale: "Each criterion should test something the others do not; a repeated one is usually a copy that was meant to be edited. Criteria are compared ignoring case, punctuation and the words given, when, then and and, so a scenario and a checklist item with the same words are the same. Remove the copy, or make it test something else.",
        triggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n    acceptance:\n      - The customer is sent a reference number\n      - ↓the customer is sent a reference number.\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n    acceptance:\n      - given: a missed bin\n        when: the customer reports it\n        then: they are sent a reference number\n      - ↓Given a missed bin, when the customer reports it, then they are sent a reference number\n",
        ],
        nonTriggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n    acceptance:\n      - The customer is sent a reference number\n      - The customer is sent the collection date\n",
        ])

    /// Words that only label the parts of a scenario.
    static let labels: Set = ["given", "when", "then", "and"]

    init() {}

    func check(_ stories: [StoryReading], in workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        stories.flatMap { reading in
            let story = reading.story
            var seen: [String: AcceptanceCriterion] = [:]
            return story.acceptance.compactMap { criterion -> Diagnostic? in
                let key = criterion.summary.words().map(\.lower).filter { !$0.isEmpty && !Self.labels.contains($0) }.joined(separator: " ")
                guard !key.isEmpty else { return nil }
                guard let first = seen[key] else {
                    seen[key] = criterion
                    return nil
                }
                return finding("\(criterion.named) of \(story.named) repeats \(first.named)", at: criterion.range,
                               notes: [.init("\(first.named) is here", at: first.range)],
                               help: "remove it, or change it to test something the other does not")
            }
        }
    }
}
