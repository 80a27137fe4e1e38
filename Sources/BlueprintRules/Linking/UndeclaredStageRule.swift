import BlueprintDiagnostics
import BlueprintModel

/// A change or measure written outside the stages that names a stage that does not exist.
struct UndeclaredStageRule: Rule {
    static let description = RuleDescription(
        id: "BP024", name: "undeclared-stage", stage: .linking, severity: .error,
        summary: "A change or measure names a stage its blueprint does not have.",
        rationale: "Changes and measures written at the blueprint level are drawn in the column of their `stage`; a stage that does not exist would leave them nowhere.",
        triggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: confirm\n    name: Confirm\nmeasures:\n  - id: m1\n    stage: ↓confirmation\n    text: Share of requests acknowledged in writing\n",
        ],
        nonTriggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: confirm\n    name: Confirm\nmeasures:\n  - id: m1\n    stage: confirm\n    text: Share of requests acknowledged in writing\n",
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.blueprints.flatMap { blueprint in
            let stages = blueprint.stages.map(\.id.value)
            let named = blueprint.changes.map { ("change", $0.id, $0.stage) } + blueprint.measures.map { ("measure", $0.id, $0.stage) }
            return named.compactMap { what, id, stage -> Diagnostic? in
                guard let stage, !stages.contains(stage.value), !symbols.isDropped(stage.value) else { return nil }
                return finding(
                    "\(what) '\(id.value)' names stage '\(stage.value)', which blueprint '\(blueprint.id.value)' does not have",
                    at: stage.range,
                    help: Suggestion.didYouMean(stage.value, in: stages) ?? "use one of: \(stages.joined(separator: ", "))")
            }
        }
    }
}
