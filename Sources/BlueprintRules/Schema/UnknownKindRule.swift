import BlueprintModel

/// Reported by `DocumentDecoder`.
struct UnknownKindRule: DescribedRule {
    static let description = RuleDescription(
        id: SchemaRuleID.unknownKind, name: "unknown-kind", stage: .schema, severity: .error,
        summary: "A document has no 'kind', or one this version does not know.",
        rationale: "The kind decides how a document is read. Without it the document cannot be checked at all, so it is an error rather than a silent skip.",
        triggering: [
            "kind: ↓blueprnt\nid: x\n",
            "↓id: hayley\nname: Hayley\n",
        ],
        nonTriggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n",
        ])
}
