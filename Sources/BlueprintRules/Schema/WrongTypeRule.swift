import BlueprintModel

/// Reported by the decoders (`Model/Decoding/Readers.swift`).
struct WrongTypeRule: DescribedRule {
    static let description = RuleDescription(
        id: SchemaRuleID.wrongType, name: "wrong-type", stage: .schema, severity: .error,
        summary: "A value has the wrong shape: text where a list is expected, a mapping where text is.",
        rationale: "YAML reads `after: s1` as text and `after: [s1]` as a list; a value of the wrong shape would otherwise be dropped. The help shows the expected form.",
        triggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\nneeds: ↓To be kept informed\n",
            "kind: persona\nid: hayley\nname: ↓{first: Hayley}\nrole: customer\n",
        ],
        nonTriggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\nneeds: [To be kept informed]\n",
        ])
}
