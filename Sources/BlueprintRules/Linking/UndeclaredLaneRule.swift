import BlueprintDiagnostics
import BlueprintModel

/// A step in a lane its blueprint does not declare: it would have no row to sit in.
struct UndeclaredLaneRule: Rule {
    static let description = RuleDescription(
        id: "BP023", name: "undeclared-lane", stage: .linking, severity: .error,
        summary: "A step names a lane its blueprint does not declare.",
        rationale: "Lanes are the blueprint's rows. Without `lanes:` a blueprint has evidence, customer, frontstage, backstage and support; a custom row must be declared before steps can use it.",
        triggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: s1\n        lane: ↓front-stage\n        text: Answers the call\n",
        ],
        nonTriggering: [
            "kind: blueprint\nid: b\ntitle: B\nlanes: [customer, frontstage, {id: crew, name: Collection crew, type: backstage}]\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: s1\n        lane: crew\n        text: Empties the bin\n",
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.blueprints.flatMap { blueprint in
            let lanes = blueprint.lanes.map(\.id.value)
            return blueprint.steps.compactMap { step -> Diagnostic? in
                guard !step.lane.value.isEmpty, !lanes.contains(step.lane.value) else { return nil }
                return finding(
                    "step '\(step.id.value)' is in lane '\(step.lane.value)', which blueprint '\(blueprint.id.value)' does not declare",
                    at: step.lane.range,
                    notes: [.init("its lanes are: \(lanes.joined(separator: ", "))")],
                    help: Suggestion.didYouMean(step.lane.value, in: lanes)
                        ?? "use one of its lanes, or add '{ id: \(step.lane.value), name: …, type: custom }' to 'lanes'")
            }
        }
    }
}
