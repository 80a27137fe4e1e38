import BlueprintDiagnostics
import BlueprintModel

/// A participant's value for a planned attribute that the plan does not list.
struct SamplingValueNotInPlanRule: Rule {
    static let description = RuleDescription(
        id: "BP068", name: "sampling-value-not-in-plan", stage: .research, severity: .warning,
        summary: "A participant's value for a planned attribute is not one of the plan's values.",
        rationale: """
            The research summary counts recruited participants against each planned value, matching values \
            without regard to case. A value the plan does not list (often a different spelling: \"65+\" for \
            \"65 and over\") counts towards no target, so the plan looks less met than it is. Correct the value, or \
            add it to the plan's targets (with 0% if it was not planned) so it is counted on purpose.
            """,
        triggering: [
            """
            kind: study
            id: discovery
            title: Discovery
            sampling:
              size: 10
              attributes:
                - name: age band
                  targets: { under 45: 50%, 45 and over: 50% }
            ---
            kind: participants
            study: discovery
            participants:
              - {id: P01, segment: citizen, attributes: {age band: ↓under-45}}

            """,
        ],
        nonTriggering: [
            """
            kind: study
            id: discovery
            title: Discovery
            sampling:
              size: 10
              segment: citizen
              attributes:
                - name: age band
                  targets: { under 45: 50%, 45 and over: 50% }
            ---
            kind: participants
            study: discovery
            participants:
              - {id: P01, segment: citizen, attributes: {age band: Under 45}}
              - {id: S01, segment: staff, attributes: {age band: 30s}}

            """,
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.studies.flatMap { study -> [Diagnostic] in
            guard let plan = study.sampling else { return [] }
            let targets = plan.attributes.filter { !$0.shares.isEmpty }
            return workspace.sampledParticipants(of: study).flatMap { participant in
                targets.compactMap { target -> Diagnostic? in
                    guard let written = participant.writtenAttribute(target.name.value),
                          target.share(for: written.value.value) == nil else { return nil }
                    let values = target.shares.map(\.value.value)
                    return finding(
                        "'\(written.value.value)' is not a value of '\(target.name.value)' in study '\(study.id.value)''s sampling plan, so participant '\(participant.id.value)' counts towards no target",
                        at: written.value.range,
                        notes: [.init("the plan's targets for '\(target.name.value)'", at: target.range)],
                        help: Suggestion.didYouMean(written.value.value, in: values)
                            ?? "use one of \(alternatives(values.map { "'\($0)'" })), or add '\(written.value.value)' to the plan's targets (0% if it was not planned)")
                }
            }
        }
    }
}
