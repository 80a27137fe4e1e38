import BlueprintDiagnostics
import BlueprintModel

/// A sampling plan's attribute that none of the study's participants records.
struct SamplingAttributeNotRecordedRule: Rule {
    static let description = RuleDescription(
        id: "BP067", name: "sampling-attribute-not-recorded", stage: .research, severity: .warning,
        summary: "A sampling attribute is recorded for none of the participants the plan counts.",
        rationale: """
            The plan's attribute names must be spelt as in participants' `attributes:`; otherwise every participant \
            counts as \"not recorded\" and the plan looks wholly unmet. Usually the name is misspelt (the help \
            suggests the closest attribute participants do record); otherwise record the attribute for them. \
            Silent while the study has no participants yet.
            """,
        triggering: [
            """
            kind: study
            id: discovery
            title: Discovery
            sampling:
              size: 10
              attributes:
                - name: ↓age-band
                  targets: { under 45: 50%, 45 and over: 50% }
            ---
            kind: participants
            study: discovery
            participants:
              - {id: P01, segment: citizen, attributes: {age band: under 45}}

            """,
        ],
        nonTriggering: [
            """
            kind: study
            id: discovery
            title: Discovery
            sampling:
              size: 10
              attributes:
                - name: Age Band
                  targets: { under 45: 50%, 45 and over: 50% }
            ---
            kind: participants
            study: discovery
            participants:
              - {id: P01, segment: citizen, attributes: {age band: under 45}}

            """,
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.studies.flatMap { study -> [Diagnostic] in
            guard let plan = study.sampling else { return [] }
            let sampled = workspace.sampledParticipants(of: study)
            guard !sampled.isEmpty else { return [] }
            var recorded: [String] = []
            for participant in sampled {
                for attribute in participant.attributes where !recorded.contains(attribute.name.value) {
                    recorded.append(attribute.name.value)
                }
            }
            return plan.attributes.compactMap { attribute -> Diagnostic? in
                guard !sampled.contains(where: { $0.writtenAttribute(attribute.name.value) != nil }) else { return nil }
                let segment = plan.segment.map { " \($0.value.rawValue)" } ?? ""
                let who = sampled.count == 1 ? "its one\(segment) participant" : "any of its \(sampled.count)\(segment) participants"
                return finding(
                    "study '\(study.id.value)' plans by '\(attribute.name.value)', but it is not recorded for \(who)",
                    at: attribute.name.range,
                    help: Suggestion.didYouMean(attribute.name.value, in: recorded)
                        ?? "record '\(attribute.name.value)' in the participants' 'attributes:', spelt as in the plan")
            }
        }
    }
}
