import BlueprintDiagnostics
import BlueprintModel

/// A story that does not say why (the Quality User Story framework's "has a benefit").
struct StoryBenefitRule: Rule, StoryRule {
    static let description = RuleDescription(
        id: "BP043", name: "story-benefit", stage: .stories, severity: .warning,
        summary: "A story does not say why: it has no 'so that <benefit>'.",
        rationale: "The benefit (the ends) says why the role needs the means. It lets the team find a better way to meet the need, and drop a story nobody can justify. Add 'so that <benefit>' after the means; 'so' and 'in order to' are read too. Stories without a role or a means are reported by story-well-formed instead.",
        triggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin↓\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin ↓so that\n",
        ],
        nonTriggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n",
            "kind: stories\nid: s\nroles: [admin]\nstories:\n  - id: a\n    text: As an admin I want to see the log in order to fix errors\n",
        ])

    init() {}

    func check(_ stories: [StoryReading], in workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        stories.compactMap { reading -> Diagnostic? in
            let story = reading.story
            let parts = story.parts
            guard parts.isWellFormed, parts.ends == nil else { return nil }
            let help = "add 'so that <benefit>': why does the \(parts.role ?? "user") need it?"
            let spans = reading.spans
            if let marker = parts.endsMarker, let span = spans.endsMarker {
                return finding("\(story.named) says '\(marker)' but nothing after it", at: story.text.range(of: span), help: help)
            }
            // Point at the end of the means, where the benefit belongs.
            let end = spans.means?.upperBound ?? story.text.value.endIndex
            return finding("\(story.named) does not say why the \(parts.role ?? "user") needs it",
                           at: story.text.range(of: end..<end), help: help)
        }
    }
}
