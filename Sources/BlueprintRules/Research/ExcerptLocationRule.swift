import BlueprintDiagnostics
import BlueprintModel

/// An excerpt placed at a stage or step that is not where it says.
struct ExcerptLocationRule: Rule {
    static let description = RuleDescription(
        id: "BP069", name: "excerpt-location", stage: .research, severity: .error,
        summary: "An excerpt's `stage` is not a stage of its `blueprint` (or has no blueprint), or its `step` is in another blueprint.",
        rationale: """
            Stage IDs are local to a blueprint, so an excerpt names a stage together with its `blueprint:`; a stage \
            without one, or one the blueprint does not have, places the words nowhere, and the blueprint's \
            evidence at that stage is missing them. A `step:` already belongs to one blueprint: when the excerpt \
            also names a blueprint, it must be that one. Add or correct `blueprint:`, or correct the stage or step ID.
            """,
        triggering: [
            Example(ResearchExamples.study + """
                ---
                kind: blueprint
                id: missed-bin
                title: Missed bin
                stages:
                  - id: issue
                    name: Issue
                    steps:
                      - {id: mb-notices, lane: customer, text: Notices the bin was missed}
                ---
                kind: notes
                id: session-p01
                study: discovery
                participants: [P01]
                excerpts:
                  - id: q-black-hole
                    text: Things just go into a big black hole
                    blueprint: missed-bin
                    stage: ↓contact

                """),
            Example(ResearchExamples.study + """
                ---
                kind: notes
                id: session-p01
                study: discovery
                participants: [P01]
                excerpts:
                  - id: q-black-hole
                    text: Things just go into a big black hole
                    stage: ↓contact

                """),
            Example(ResearchExamples.study + """
                ---
                kind: blueprint
                id: missed-bin
                title: Missed bin
                stages:
                  - id: contact
                    name: Contact
                    steps:
                      - {id: mb-calls, lane: customer, text: Calls the council}
                ---
                kind: blueprint
                id: pothole
                title: Pothole
                stages:
                  - id: contact
                    name: Contact
                    steps:
                      - {id: ph-reports, lane: customer, text: Reports a pothole}
                ---
                kind: notes
                id: session-p01
                study: discovery
                participants: [P01]
                excerpts:
                  - id: q-black-hole
                    text: Things just go into a big black hole
                    blueprint: pothole
                    step: ↓mb-calls

                """),
        ],
        nonTriggering: [
            Example(ResearchExamples.study + """
                ---
                kind: blueprint
                id: missed-bin
                title: Missed bin
                stages:
                  - id: contact
                    name: Contact
                    steps:
                      - {id: mb-calls, lane: customer, text: Calls the council}
                ---
                kind: notes
                id: session-p01
                study: discovery
                participants: [P01]
                excerpts:
                  - id: q-black-hole
                    text: Things just go into a big black hole
                    blueprint: missed-bin
                    stage: contact
                    step: mb-calls

                """),
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        // Looked up once per excerpt: a dictionary, not `workspace.blueprint(_:)`'s scan, keeps
        // thousands of excerpts over thousands of blueprints linear. A duplicate ID keeps the
        // first, as that scan did.
        let blueprints = Dictionary(workspace.blueprints.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        return workspace.excerpts.flatMap { excerpt -> [Diagnostic] in
            var findings: [Diagnostic] = []
            if let stage = excerpt.stage, excerpt.blueprint == nil {
                findings.append(finding(
                    "excerpt '\(excerpt.id.value)' names stage '\(stage.value)' but no blueprint", at: stage.range,
                    help: "stage IDs belong to a blueprint: add 'blueprint:' with the ID of the blueprint that has stage '\(stage.value)'"))
            }
            // An unknown blueprint is an unknown-reference finding already.
            guard let named = excerpt.blueprint, let blueprint = blueprints[named.value] else { return findings }
            if let stage = excerpt.stage, !blueprint.stages.contains(where: { $0.id.value == stage.value }) {
                let stages = blueprint.stages.map(\.id.value)
                findings.append(finding(
                    "blueprint '\(blueprint.id.value)' has no stage '\(stage.value)'", at: stage.range,
                    notes: [.init("blueprint '\(blueprint.id.value)' is defined here", at: blueprint.id.range)],
                    help: Suggestion.didYouMean(stage.value, in: stages)
                        ?? "use one of its stages: \(stages.joined(separator: ", "))"))
            }
            // A future state's step that reuses a current state's ID is the one its blueprint names.
            if let step = excerpt.step,
               let owner = symbols.definition(of: "\(blueprint.id.value)/\(step.value)") ?? symbols.definition(of: step.value), owner.kind == .step,
               let home = owner.blueprint, home != blueprint.id.value {
                findings.append(finding(
                    "step '\(step.value)' is in blueprint '\(home)', not in '\(blueprint.id.value)'", at: step.range,
                    notes: [.init("step '\(step.value)' is defined here", at: owner.id.range)],
                    help: "correct 'blueprint:' to '\(home)', or name a step of '\(blueprint.id.value)'"))
            }
            return findings
        }
    }
}
