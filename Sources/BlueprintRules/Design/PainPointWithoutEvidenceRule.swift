import BlueprintDiagnostics
import BlueprintModel

/// A pain point nobody can trace back to research.
struct PainPointWithoutEvidenceRule: Rule {
    static let description = RuleDescription(
        id: "BP032", name: "pain-point-without-evidence", stage: .design, severity: .warning,
        summary: "A pain point cites no evidence.",
        rationale: "Pain points drive recommendations and stories; one without evidence is an assumption. Cite the research: an excerpt or insight ID, or a `{quote, source}`.",
        triggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    pains:\n      - id: ↓p1\n        text: Not sure the report was received\n",
        ],
        nonTriggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    pains:\n      - id: p1\n        text: Not sure the report was received\n        evidence:\n          - quote: I never heard anything back.\n            source: Citizen interview\n",
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.blueprints.flatMap { blueprint in
            blueprint.painPoints.filter(\.evidence.isEmpty).map { pain in
                finding("pain point '\(pain.id.value)' cites no evidence", at: pain.id.range,
                        help: "add 'evidence:' with an excerpt or insight ID, or a '{quote: …, source: …}'")
            }
        }
    }
}
