import BlueprintDiagnostics
import BlueprintModel

/// A stage with no steps: an empty column.
struct EmptyStageRule: Rule {
    static let description = RuleDescription(
        id: "BP031", name: "empty-stage", stage: .design, severity: .warning,
        summary: "A stage has no steps.",
        rationale: "An empty column is usually a stage not mapped yet. Map at least what the customer does in it, or remove the stage.",
        triggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: ↓issue\n    name: Issue\n",
        ],
        nonTriggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: s1\n        lane: customer\n        text: Notices the bin was not emptied\n",
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.blueprints.flatMap { blueprint in
            blueprint.stages.filter(\.steps.isEmpty).map { stage in
                finding("stage '\(stage.id.value)' of blueprint '\(blueprint.id.value)' has no steps", at: stage.id.range,
                        help: "add the steps of this stage, starting with what the customer does")
            }
        }
    }
}
