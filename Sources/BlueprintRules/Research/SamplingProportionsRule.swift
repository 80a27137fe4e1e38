import BlueprintDiagnostics
import BlueprintModel

/// A sampling attribute whose target shares do not add up to 100 %.
struct SamplingProportionsRule: Rule {
    static let description = RuleDescription(
        id: "BP065", name: "sampling-proportions", stage: .research, severity: .warning,
        summary: "A sampling attribute's targets do not add up to 100 % (within half a percent).",
        rationale: """
            A plan's shares divide the sample between an attribute's values; when they add up to more or less than \
            100 % a value was forgotten or mistyped. Half a percent of slack allows for rounded census figures. \
            Until the shares are fixed, `blueprint research summary` plans in proportion to them (each share \
            divided by their total), so the planned counts still add up to the sample size.
            """,
        triggering: [
            """
            kind: study
            id: discovery
            title: Discovery
            sampling:
              size: 10
              attributes:
                - name: ↓age band
                  targets: { under 45: 30%, 45 to 64: 50%, 65 and over: 10% }

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
                - name: age band
                  targets: { under 45: 30%, 45 to 64: 50%, 65 and over: 20% }
                - name: digital confidence
                  targets: { confident online: 33.3%, online with help: 33.3%, not online: 33.3% }

            """,
        ])

    /// How far from 100 % a total may be: rounded shares such as 33.3 % three times are fine.
    static let tolerance = 0.5

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.studies.flatMap { study in
            (study.sampling?.attributes ?? []).compactMap { attribute -> Diagnostic? in
                let total = attribute.totalPercent
                guard abs(total - 100) > Self.tolerance else { return nil }
                return finding(
                    "the targets for '\(attribute.name.value)' in study '\(study.id.value)' add up to \(SamplingTarget.percentText(total)), not 100%",
                    at: attribute.name.range,
                    help: attribute.shares.isEmpty
                        ? "add 'targets:' with each value's share, such as '{ under 45: 30%, 45 and over: 70% }'"
                        : "adjust the shares so they add up to 100%; until then the summary plans in proportion to them")
            }
        }
    }
}
