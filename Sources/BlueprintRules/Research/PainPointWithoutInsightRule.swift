import BlueprintDiagnostics
import BlueprintModel

/// A pain point resting on the workspace's own research that no insight explains.
struct PainPointWithoutInsightRule: Rule {
    static let description = RuleDescription(
        id: "BP062", name: "pain-point-without-insight", stage: .research, severity: .warning,
        summary: "A pain point cites excerpts of the workspace's research, but no insight explains it.",
        rationale: """
            A pain point that cites an excerpt (or a comment) of the workspace's research rests on what people \
            said; once that research is synthesised into insights, one of them should explain it: that is the \
            chain from what people said to what the service changes. List the pain point in an insight's \
            `pains:`, or cite an insight in the pain point's `evidence:`; the note names the insights that rest \
            on the same excerpts, where it most likely belongs. The rule asks this only of pain points whose \
            evidence is in the research: a pain point cited from a report (`{quote, source}`) or with no \
            evidence yet (BP032) was not part of the synthesis, so an insight somewhere else in the workspace \
            (the starter's, or another service's) does not make every new pain point warn. It is silent in a \
            workspace with no insights at all.
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
            // The starter's case: the workspace has an insight, and the designer adds pain points
            // cited from a report or not cited yet. Neither rests on the research, so neither warns.
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
                      - {id: s1, lane: customer, text: Applies for a badge}
                    pains:
                      - id: p1
                        text: The form asks for the same details twice
                        evidence:
                          - quote: I filled in my address three times.
                            source: Blue badge survey 2025
                      - id: p2
                        text: No idea how long the decision takes

                """),
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        guard !workspace.insights.isEmpty else { return [] }
        let explained = workspace.painPointsWithInsight
        let research = Set(workspace.excerpts.map(\.id.value) + workspace.comments.map(\.id.value))
        // The insights that rest on each excerpt: where an unexplained pain point most likely belongs.
        var resting: [String: [Insight]] = [:]
        for insight in workspace.insights {
            for evidence in Set(insight.evidence.map(\.value)) { resting[evidence, default: []].append(insight) }
        }
        return workspace.blueprints.flatMap { blueprint in
            blueprint.painPoints.compactMap { pain -> Diagnostic? in
                guard !explained.contains(pain.id.value) else { return nil }
                let cited = pain.evidence.compactMap { evidence -> String? in
                    guard case .reference(let target) = evidence, research.contains(target.value) else { return nil }
                    return target.value
                }
                guard let first = cited.first else { return nil }
                var seen: Set<String> = []
                let candidates = cited.flatMap { resting[$0] ?? [] }.filter { seen.insert($0.id.value).inserted }
                let notes = candidates.prefix(3).map { insight in
                    Diagnostic.Note("insight '\(insight.id.value)' rests on the same evidence", at: insight.id.range)
                }
                let help = candidates.first.map { "list '\(pain.id.value)' in the 'pains:' of insight '\($0.id.value)', or cite an insight in its 'evidence:'" }
                    ?? "list '\(pain.id.value)' in an insight's 'pains:', or cite an insight in its 'evidence:'"
                return finding("pain point '\(pain.id.value)' rests on research ('\(first)') but no insight explains it",
                               at: pain.id.range, notes: Array(notes), help: help)
            }
        }
    }
}
