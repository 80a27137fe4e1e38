import Model

/// Reported by the decoders (`Model/Decoding/Readers.swift`, `Model/Elements/Duration.swift`).
public struct InvalidValueRule: DescribedRule {
    public static let description = RuleDescription(
        id: SchemaRuleID.invalidValue, name: "invalid-value", stage: .schema, severity: .error,
        summary: "A value of the right shape but not an allowed one: an unknown choice, an out-of-range number, a malformed ID or duration.",
        rationale: "Emotions run from −2 to 2, severities are low/medium/high/critical, durations are a number and a unit, IDs have no spaces. The help names the allowed values.",
        triggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: ↓citizen\n",
            "kind: persona\nid: ↓Hayley Smith\nname: Hayley\nrole: customer\n",
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: s1\n        lane: customer\n        text: Waits\n        emotion: ↓-5\n",
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: s1\n        lane: customer\n        text: Waits\n        wait: ↓a while\n",
        ],
        nonTriggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: s1\n        lane: customer\n        text: Waits\n        emotion: -2\n        wait: 3 days\n",
        ])
}
