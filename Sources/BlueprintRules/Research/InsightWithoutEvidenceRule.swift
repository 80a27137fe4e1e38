import BlueprintDiagnostics
import BlueprintModel

/// An insight that cites nothing: a belief, not a finding.
struct InsightWithoutEvidenceRule: Rule {
    static let description = RuleDescription(
        id: "BP060", name: "insight-without-evidence", stage: .research, severity: .warning,
        summary: "An insight cites no evidence.",
        rationale: """
            An insight is a claim about what the research showed; without excerpts or comments behind it nobody can \
            judge how strong it is, and the research summary counts it as resting on nobody. Add `evidence:` with \
            the excerpt or comment IDs it rests on. A warning, not an error: insights are often written in a \
            synthesis session before their evidence is linked, and an error would stop `render` and `report` for \
            everyone working in the workspace until then.
            """,
        triggering: [
            Example(ResearchExamples.session + """
                ---
                kind: insights
                id: findings
                insights:
                  - id: ↓insight-1
                    statement: Customers are not sure their report was received

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

                """),
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.insights.filter(\.evidence.isEmpty).map { insight in
            finding("insight '\(insight.id.value)' cites no evidence", at: insight.id.range,
                    help: "add 'evidence:' with the IDs of the excerpts or comments it rests on")
        }
    }
}
