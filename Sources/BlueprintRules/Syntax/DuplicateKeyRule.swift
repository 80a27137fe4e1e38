import BlueprintSyntax

/// Reported by the parser when a mapping closes (`Syntax/YAMLParser.swift`).
struct DuplicateKeyRule: DescribedRule {
    static let description = RuleDescription(
        id: SyntaxRuleID.duplicateKey, name: "duplicate-key", stage: .syntax, severity: .error,
        summary: "A key appears twice in the same mapping.",
        rationale: "Most YAML loaders silently keep the last value, so half of what was written disappears. The first value is kept and the second is reported, with a note at the first.",
        triggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n↓name: Hayley B\n",
        ],
        nonTriggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n",
        ])
}
