import BlueprintDiagnostics
import BlueprintModel

/// A story written to a different template from the rest of the backlog (the Quality User Story framework's "uniform").
struct StoryUniformRule: Rule, StoryRule {
    static let description = RuleDescription(
        id: "BP045", name: "story-uniform", stage: .stories, severity: .warning,
        summary: "A story uses other words for its template than most of the workspace's stories ('I want' where most say 'I need', 'so' where most say 'so that').",
        rationale: "When every story follows one template, readers find the role, the means and the ends at a glance, and tools read them the same way. The template most of the workspace's stories use wins ('As a' and 'As an' count as one); a story that deviates is reported with the words to use. Stories without a role, a means or a benefit are left to story-well-formed and story-benefit.",
        triggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n  - id: b\n    text: As a customer I need to know my collection day so that my bin goes out on time\n  - id: c\n    text: As a customer ↓I want to order a new bin so that I have somewhere to put my rubbish\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n  - id: b\n    text: As a customer I need to know my collection day so that my bin goes out on time\n  - id: c\n    text: As a customer I need to order a new bin ↓so I have somewhere to put my rubbish\n",
        ],
        nonTriggering: [
            "kind: stories\nid: s\nroles: [customer, admin]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n  - id: b\n    text: As a customer I need to know my collection day so that my bin goes out on time\n  - id: c\n    text: As an admin, I need to see every report so that I can plan the rounds\n",
        ])

    /// The words of a story's template, compared across the workspace.
    struct Template: Hashable {
        var indicator: String?
        var endsMarker: String?

        init(_ parts: StoryText) {
            // "needs" and "need" are one template; "So that" and "so that" too.
            indicator = parts.verb.map { ["needs": "need", "wants": "want"][$0] ?? $0 }.map { "I \($0)" }
            endsMarker = parts.endsMarker
        }
    }

    init() {}

    func check(_ readings: [StoryReading], in workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        let readings = readings.filter(\.story.parts.isWellFormed)
        let templates = readings.map { Template($0.story.parts) }
        let indicator = Self.mostCommon(templates.compactMap(\.indicator))
        let marker = Self.mostCommon(templates.compactMap(\.endsMarker))
        let usual = "As a … \(indicator?.value ?? "I …") … \(marker?.value ?? "so that") …"
        return zip(readings, templates).compactMap { reading, template -> Diagnostic? in
            let story = reading.story, spans = reading.spans
            var deviations: [(written: String, usual: String, span: Range<String.Index>, count: Int)] = []
            if let indicator, let written = template.indicator, written != indicator.value, let span = spans.indicator {
                deviations.append((String(story.text.value[span]), indicator.value, span, indicator.count))
            }
            if let marker, let written = template.endsMarker, written != marker.value, let span = spans.endsMarker {
                deviations.append((String(story.text.value[span]), marker.value, span, marker.count))
            }
            guard let first = deviations.first else { return nil }
            let said = deviations.map { "'\($0.written)'" }.joined(separator: " and ")
            let instead = deviations.map { "'\($0.usual)' (\($0.count) of \(readings.count) stories)" }.joined(separator: " and ")
            return finding("\(story.named) says \(said) where most stories say \(instead)",
                           at: story.text.range(of: first.span),
                           help: "write it like the rest of the backlog: '\(usual)'")
        }
    }

    /// The most common value and how often it occurs, when one value is more common than every other.
    static func mostCommon(_ values: [String]) -> (value: String, count: Int)? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first, top.value >= 2, ranked.count == 1 || ranked[1].value < top.value else { return nil }
        return (top.key, top.value)
    }
}
