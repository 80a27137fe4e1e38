import BlueprintDiagnostics
import BlueprintModel

/// `improves` links a future state to the current state it improves, and nothing else.
struct ImprovesRule: Rule {
    static let description = RuleDescription(
        id: "BP025", name: "improves-current-state", stage: .linking, severity: .error,
        summary: "`improves` is written on a current state, or names a blueprint that is not a current state.",
        rationale: "`compare` measures a future state against the current state it improves; the link only makes sense from a future state to a current one.",
        triggering: [
            "kind: blueprint\nid: today\ntitle: Today\nstate: current\nimproves: ↓tomorrow\nstages:\n  - id: issue\n    name: Issue\n---\nkind: blueprint\nid: tomorrow\ntitle: Tomorrow\nstate: future\nstages:\n  - id: issue\n    name: Issue\n",
        ],
        nonTriggering: [
            "kind: blueprint\nid: today\ntitle: Today\nstages:\n  - id: issue\n    name: Issue\n---\nkind: blueprint\nid: tomorrow\ntitle: Tomorrow\nstate: future\nimproves: today\nstages:\n  - id: issue\n    name: Issue\n",
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.blueprints.compactMap { blueprint in
            guard let improves = blueprint.improves else { return nil }
            if blueprint.state == .current {
                return finding("blueprint '\(blueprint.id.value)' is a current state, so it cannot improve another",
                               at: improves.range, help: "add 'state: future', or remove 'improves'")
            }
            if improves.value == blueprint.id.value {
                return finding("blueprint '\(blueprint.id.value)' cannot improve itself", at: improves.range,
                               help: "name the current-state blueprint this future state improves")
            }
            guard let target = workspace.blueprint(improves.value), target.state != .current else { return nil }
            return finding("'\(improves.value)' is a future state; 'improves' names the current state this one improves",
                           at: improves.range, notes: [.init("'\(improves.value)' is defined here", at: target.id.range)],
                           help: "name a blueprint with 'state: current'")
        }
    }
}
