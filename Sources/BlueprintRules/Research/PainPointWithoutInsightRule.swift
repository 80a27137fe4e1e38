import BlueprintDiagnostics
import BlueprintModel

/// A pain point no insight explains, in a workspace that has insights.
struct PainPointWithoutInsightRule: Rule {
    static let description = RuleDescription(
        id: "BP062", name: "pain-point-without-insight", stage: .research, severity: .warning,
        summary: "A pain point is explained by no insight, though the workspace has insights.",
        rationale: """
            Once research is synthesised into insights, every pain point on a blueprint should be explained by one: \
            that is the chain from what people said to what the service changes. List the pain point in an \
            insight's `pains:`, or cite an insight in the pain point's `evidence:`. The rule stays silent in a \
            workspace with no insights at all, so a team that draws blueprints without a research repository gets \
            no noise from it.
            """,
        triggering: [
            Example(ResearchExamples.session + """
                ---
                kind: insights
                id: findings
                insights:
                  - id: insight-1
                    statement: Customers are not sure their report was received
                    evidence: [q-black-hole]
                ---
                kind: blueprint
                id: b
                title: B
                stages:
                  - id: issue
                    name: Issue
                    steps:
                      - {id: s1, lane: customer, text: Reports a missed bin}
                    pains:
                      - id: ↓p1
                        text: Not sure the report was received
                        evidence: [q-black-hole]

                """),
        ],
        nonTriggering: [
            Example(ResearchExamples.session + """
                ---
                kind: insights
                id: findings
                insights:
                  - id: insight-1
                    statement: Customers are not sure their report was received
                    evidence: [q-black-hole]
                    pains: [p1]
                ---
                kind: blueprint
                id: b
                title: B
                stages:
                  - id: issue
                    name: Issue
                    steps:
                      - {id: s1, lane: customer, text: Reports a missed bin}
                    pains:
                      - id: p1
                        text: Not sure the report was received
                        evidence: [q-black-hole]

                """),
            Example(ResearchExamples.session + """
                ---
                kind: insights
                id: findings
                insights:
                  - id: insight-1
                    statement: Customers are not sure their report was received
                    evidence: [q-black-hole]
                ---
                kind: blueprint
                id: b
                title: B
                stages:
                  - id: issue
                    name: Issue
                    steps:
                      - {id: s1, lane: customer, text: Reports a missed bin}
                    pains:
                      - id: p1
                        text: Not sure the report was received
                        evidence: [insight-1]

                """),
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - {id: s1, lane: customer, text: Reports a missed bin}\n    pains:\n      - id: p1\n        text: Not sure the report was received\n        evidence:\n          - quote: I never heard anything back.\n            source: Citizen interview\n",
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        guard !workspace.insights.isEmpty else { return [] }
        let explained = workspace.painPointsWithInsight
        return workspace.blueprints.flatMap { blueprint in
            blueprint.painPoints.filter { !explained.contains($0.id.value) }.map { pain in
                finding("pain point '\(pain.id.value)' is explained by no insight", at: pain.id.range,
                        help: "list '\(pain.id.value)' in an insight's 'pains:', or cite an insight in its 'evidence:'")
            }
        }
    }
}
