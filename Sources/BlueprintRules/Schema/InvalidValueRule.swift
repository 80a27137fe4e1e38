import BlueprintModel

/// Reported by the decoders (`Model/Decoding/Readers.swift`, `Model/Elements/Duration.swift`).
struct InvalidValueRule: DescribedRule {
    static let description = RuleDescription(
        id: SchemaRuleID.invalidValue, name: "invalid-value", stage: .schema, severity: .error,
        summary: "A value of the right shape but not an allowed one: an unknown choice, an out-of-range number, a malformed or over-long ID, a date that does not exist, an end before its start, a malformed duration.",
        rationale: "Emotions run from −2 to 2, severities are low/medium/high/critical, durations are a number and a unit, IDs have no spaces and at most 100 characters (they become file names in the report), dates are YYYY-MM-DD (or YYYY-MM, YYYY) and real days, and a study ends no earlier than it starts. The help names the allowed values.",
        triggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: ↓citizen\n",
            "kind: persona\nid: ↓Hayley Smith\nname: Hayley\nrole: customer\n",
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: s1\n        lane: customer\n        text: Waits\n        emotion: ↓-5\n",
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: s1\n        lane: customer\n        text: Waits\n        wait: ↓a while\n",
            Example("kind: persona\nid: ↓\(String(repeating: "a", count: 101))\nname: Hayley\nrole: customer\n"),
            "kind: study\nid: st\ntitle: Bins\nstart: ↓2022-02-30\n",
            "kind: study\nid: st\ntitle: Bins\nstart: 2024-03-15\nend: ↓2024-03-04\n",
        ],
        nonTriggering: [
            "kind: study\nid: st\ntitle: Bins\nstart: 2024-02-29\nend: 2024-03\n",
            Example("kind: persona\nid: \(String(repeating: "a", count: 100))\nname: Hayley\nrole: customer\n"),
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: s1\n        lane: customer\n        text: Waits\n        emotion: -2\n        wait: 3 days\n",
        ])
}
