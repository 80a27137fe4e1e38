import BlueprintDiagnostics
import BlueprintModel

/// An emotion on a step the customer does not take.
struct EmotionOutsideCustomerLaneRule: Rule {
    static let description = RuleDescription(
        id: "BP033", name: "emotion-outside-customer-lane", stage: .design, severity: .warning,
        summary: "A step outside the customer lane has an `emotion`.",
        rationale: "The emotion curve is the customer's; it is drawn above the customer row and an emotion elsewhere is not shown. Move it to the customer step it describes.",
        triggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: contact\n    name: Contact\n    steps:\n      - id: s1\n        lane: backstage\n        text: Back office reassigns the job\n        emotion: ↓-1\n",
        ],
        nonTriggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: contact\n    name: Contact\n    steps:\n      - id: s1\n        lane: customer\n        text: Waits for a call back\n        emotion: -1\n",
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.blueprints.flatMap { blueprint in
            blueprint.steps.compactMap { step -> Diagnostic? in
                guard let emotion = step.emotion, let lane = blueprint.lane(step.lane.value), lane.kind != .customer else { return nil }
                return finding("step '\(step.id.value)' in lane '\(lane.id.value)' has an emotion, but only the customer's emotions are drawn",
                               at: emotion.range, help: "move 'emotion' to the customer step it describes")
            }
        }
    }
}
