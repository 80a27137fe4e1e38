import BlueprintDiagnostics
import BlueprintModel

/// A recommendation that answers no insight.
struct RecommendationWithoutInsightRule: Rule {
    static let description = RuleDescription(
        id: "BP061", name: "recommendation-without-insight", stage: .research, severity: .warning,
        summary: "A recommendation names no insight.",
        rationale: """
            A recommendation is only as good as the insight it answers; one that names none cannot be traced back \
            to the research, and stories that address it inherit the gap. Add `insights:` with the IDs of the \
            insights it answers. A warning, like an insight without evidence: the chain is incomplete, not broken.
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
                recommendations:
                  - id: ↓rec-1
                    text: Confirm every report by e-mail

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
                recommendations:
                  - id: rec-1
                    insights: [insight-1]
                    text: Confirm every report by e-mail

                """),
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.recommendations.filter(\.insights.isEmpty).map { recommendation in
            finding("recommendation '\(recommendation.id.value)' names no insight", at: recommendation.id.range,
                    help: "add 'insights:' with the IDs of the insights it answers")
        }
    }
}
