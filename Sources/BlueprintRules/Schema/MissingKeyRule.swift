import BlueprintModel

/// Reported by the decoders (`Model/Decoding/Fields.swift`).
struct MissingKeyRule: DescribedRule {
    static let description = RuleDescription(
        id: SchemaRuleID.missingKey, name: "missing-key", stage: .schema, severity: .error,
        summary: "A required key is missing.",
        rationale: "Every element needs an 'id' so others can point at it, and the few keys that give it meaning (a step's 'lane' and 'text', a stage's 'name'). The message names the element and the key.",
        triggering: [
            "↓kind: persona\nid: hayley\nrole: customer\n",
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - ↓id: s1\n        text: Notices a problem\n",
        ],
        nonTriggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n",
        ])
}
